// profile list | show NAME: the profiles, and one profile's settings with its secrets only as
// set or not set.
#include "commandlineparts.h"
#include "format.h"
#include "output.h"
#include "profile/profilestore.h"
#include "profilecommand.h"
#include "profilecommands.h"
#include "secrets/secretstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mlr::cli {

namespace {

using detail::tool;

class ProfileListCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start() override
    {
        ProfileStore &store = ctx().profiles();
        QStringList names = store.names();
        if (!names.contains(Profile::localSandboxName()))
            names.prepend(Profile::localSandboxName());
        const QString lastUsed = store.lastUsed();
        if (out().isJson()) {
            QJsonArray array;
            for (const QString &name : std::as_const(names)) {
                array.append(QJsonObject { { QStringLiteral("name"), name },
                    { QStringLiteral("builtIn"), name == Profile::localSandboxName() },
                    { QStringLiteral("lastUsed"), name == lastUsed } });
            }
            out().json(array);
        } else {
            QList<QStringList> rows { { tr("NAME"), tr("NOTES") } };
            for (const QString &name : std::as_const(names)) {
                QStringList notes;
                if (name == Profile::localSandboxName())
                    notes << tr("built-in");
                if (name == lastUsed)
                    notes << tr("last used");
                rows.append({ name, notes.join(QStringLiteral(", ")) });
            }
            out().text(format::table(rows));
        }
        succeed();
    }
};

// ---------------------------------------------------------------------------------------

class ProfileShowCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start() override
    {
        const QString name = invocation().args.at(0);
        std::optional<Profile> profile = ctx().profiles().load(name);
        if (!profile) {
            failInput(tr("There is no profile named '%1' (see '%2 profile list').").arg(name, tool()));
            return;
        }
        m_profile = *profile;
        SecretStore &store = ctx().secrets();
        if (store.isSessionOnly()) {
            out().note(tr("secrets are shown as not set, because the keychain is unavailable: %1.")
                           .arg(keychainUnavailableText(store)));
        }
        readNext();
    }

private:
    void readNext()
    {
        if (m_index >= int(std::size(secretKeys))) {
            print();
            return;
        }
        if (m_job)
            m_job.release()->deleteLater();
        const SecretKind kind = secretKeys[m_index].kind;
        m_job.reset(ctx().secrets().read(m_profile.name, kind, nullptr));
        connect(
            m_job.get(), &SecretReadJob::finished, this, [this](const QString &value, const Error &error) {
                if (error) {
                    fail(error);
                    return;
                }
                // A value only this run's memory holds is not stored anywhere.
                m_set.append(!value.isEmpty() && !m_job->isSessionOnly());
                ++m_index;
                readNext();
            });
        m_job->start();
    }

    void print()
    {
        const QString setText = tr("set (keychain)");
        const QString notSetText = tr("not set");
        if (out().isJson()) {
            QJsonObject settings;
            for (const QString &key : Profile::keys())
                settings.insert(key, m_profile.value(key));
            QJsonArray secrets;
            for (int i = 0; i < int(std::size(secretKeys)); ++i) {
                // An array of {key, status}: never "accountKey": value, which reads like a secret.
                secrets.append(QJsonObject { { QStringLiteral("key"), QString::fromUtf16(secretKeys[i].key) },
                    { QStringLiteral("status"), m_set.at(i) ? setText : notSetText } });
            }
            out().json(QJsonObject { { QStringLiteral("name"), m_profile.name },
                { QStringLiteral("builtIn"), m_profile.builtIn }, { QStringLiteral("settings"), settings },
                { QStringLiteral("secrets"), secrets } });
        } else {
            QList<QStringList> rows { { tr("KEY"), tr("VALUE") } };
            rows.append({ tr("name"),
                m_profile.builtIn ? QString(m_profile.name + u' ' + tr("(built-in)")) : m_profile.name });
            for (const QString &key : Profile::keys()) {
                const QString value = m_profile.value(key);
                rows.append({ key, value.isEmpty() ? QStringLiteral("-") : value });
            }
            for (int i = 0; i < int(std::size(secretKeys)); ++i)
                rows.append({ QString::fromUtf16(secretKeys[i].key), m_set.at(i) ? setText : notSetText });
            out().text(format::table(rows));
        }
        succeed();
    }

    Profile m_profile;
    std::unique_ptr<SecretReadJob> m_job;
    QList<bool> m_set;
    int m_index = 0;
};

} // namespace

std::unique_ptr<Command> createProfileReadCommand(Context &context)
{
    const QString &name = context.invocation().command;
    if (name == u"list")
        return std::make_unique<ProfileListCommand>(context);
    if (name == u"show")
        return std::make_unique<ProfileShowCommand>(context);
    return nullptr;
}

} // namespace mlr::cli

#include "profilereadcommands.moc"
