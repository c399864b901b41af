// profile set NAME KEY=VALUE... | delete NAME: settings to the settings file, secrets to the
// keychain (never to a file).
#include "http/redaction.h"
#include "output.h"
#include "profile/profilestore.h"
#include "profilecommands.h"
#include "secrets/secretstore.h"
#include "stdinreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace mlr::cli {

namespace {

class ProfileSetCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start() override
    {
        const QString name = invocation().args.at(0);
        ProfileStore &store = ctx().profiles();

        // 1. Every value, stdin ones included, before anything changes.
        struct Pending
        {
            QString key;
            QString value;
        };
        QList<Pending> assignments;
        for (qsizetype i = 1; i < invocation().args.size(); ++i) {
            QString error;
            const std::optional<Assignment> a = parseAssignment(invocation().args.at(i), &error);
            if (!a) { // parsing already checked; kept for safety
                failInput(error);
                return;
            }
            Pending p { a->key, a->value };
            if (a->valueFromStdin) {
                const std::optional<QString> line = readStdinLine(tr("Value for %1: ").arg(a->key));
                if (!line) {
                    failInput(
                        tr("%1=- reads the value from standard input, but the input ended first. Nothing "
                           "was changed.")
                            .arg(a->key));
                    return;
                }
                p.value = *line;
            }
            if (Profile::secretKindForKey(p.key))
                redaction::registerSecret(p.value.trimmed());
            assignments.append(p);
        }

        // 2. The profile with its new settings; secrets are collected, not applied yet.
        std::optional<Profile> existing = store.load(name);
        m_created = !existing;
        if (m_created) {
            if (const Error e = ProfileStore::validateName(name)) {
                fail(e);
                return;
            }
        }
        m_profile = existing ? *existing : Profile();
        m_profile.name = name;
        for (const Pending &p : std::as_const(assignments)) {
            if (const std::optional<SecretKind> kind = Profile::secretKindForKey(p.key)) {
                const QString value = p.value.trimmed();
                if (const Error e = checkSecret(*kind, value)) {
                    fail(e);
                    return;
                }
                // The last assignment of a kind wins.
                m_secrets.removeIf([&](const auto &s) { return s.first == *kind; });
                m_secrets.append({ *kind, value });
                continue;
            }
            if (const Error e = m_profile.set(p.key, p.value)) {
                Error withWhere = e;
                fail(withWhere.withContext(tr("Nothing was changed")));
                return;
            }
            if (!m_changed.contains(p.key))
                m_changed.append(p.key);
        }

        // 3. Secrets only go to a real keychain: a session-only store would forget them at exit.
        if (!m_secrets.isEmpty() && ctx().secrets().isSessionOnly()) {
            failNoKeychain();
            return;
        }
        writeNext();
    }

private:
    static Error checkSecret(SecretKind kind, const QString &value)
    {
        if (value.isEmpty())
            return {}; // deletes the entry
        if (kind == SecretKind::StorageAccountKey) {
            static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
            if (!base64.match(value).hasMatch() || value.size() % 4 != 0)
                return Error::input(
                    tr("accountKey is not valid base64: copy the whole key (it usually ends "
                       "with '==') from the storage account's Access keys page. Nothing was changed."));
        } else if (kind == SecretKind::StorageSas) {
            QString sas = value;
            if (sas.startsWith(u'?'))
                sas.remove(0, 1);
            if (!QUrlQuery(sas).hasQueryItem(QStringLiteral("sig")))
                return Error::input(
                    tr("sas has no signature (sig=...): paste the whole SAS token. Nothing was changed."));
        }
        return {};
    }

    void failNoKeychain()
    {
        failInput(
            tr("Nothing was changed: secrets go only to the keychain, never to a file, and the keychain is "
               "unavailable: %1. Unlock or start a keyring (Secret Service), or pass the storage connection "
               "string in %2 instead.")
                .arg(keychainUnavailableText(ctx().secrets()),
                    QStringLiteral("AZURE_STORAGE_CONNECTION_STRING")));
    }

    void writeNext()
    {
        if (m_job)
            m_job.release()->deleteLater();
        if (m_index >= m_secrets.size()) {
            save();
            return;
        }
        const auto [kind, value] = m_secrets.at(m_index);
        m_job.reset(ctx().secrets().write(m_profile.name, kind, value, nullptr));
        connect(m_job.get(), &SecretWriteJob::finished, this, [this, kind, value](const Error &error) {
            if (error) {
                fail(error);
                return;
            }
            if (m_job->isSessionOnly()) {
                failNoKeychain();
                return;
            }
            (value.isEmpty() ? m_secretsDeleted : m_secretsStored).append(secretKeyName(kind));
            ++m_index;
            writeNext();
        });
        m_job->start();
    }

    void save()
    {
        if (!m_changed.isEmpty() || m_created) {
            if (const Error e = ctx().profiles().save(m_profile)) {
                fail(e);
                return;
            }
        }
        if (out().isJson()) {
            out().json(QJsonObject { { QStringLiteral("name"), m_profile.name },
                { QStringLiteral("created"), m_created },
                { QStringLiteral("changed"), QJsonArray::fromStringList(m_changed) },
                { QStringLiteral("secretsStored"), QJsonArray::fromStringList(m_secretsStored) },
                { QStringLiteral("secretsDeleted"), QJsonArray::fromStringList(m_secretsDeleted) } });
        } else {
            QStringList parts;
            if (!m_changed.isEmpty())
                parts << tr("settings changed: %1").arg(m_changed.join(QStringLiteral(", ")));
            if (!m_secretsStored.isEmpty())
                parts << tr("stored in the keychain: %1").arg(m_secretsStored.join(QStringLiteral(", ")));
            if (!m_secretsDeleted.isEmpty())
                parts << tr("deleted from the keychain: %1").arg(m_secretsDeleted.join(QStringLiteral(", ")));
            const QString head = m_created ? tr("Profile '%1' created").arg(m_profile.name)
                                           : tr("Profile '%1' updated").arg(m_profile.name);
            out().text(parts.isEmpty()
                    ? QString(head + u'.')
                    : QString(head + QStringLiteral("; ") + parts.join(QStringLiteral("; ")) + u'.'));
        }
        succeed();
    }

    Profile m_profile;
    bool m_created = false;
    QStringList m_changed;
    QList<std::pair<SecretKind, QString>> m_secrets;
    QStringList m_secretsStored;
    QStringList m_secretsDeleted;
    std::unique_ptr<SecretWriteJob> m_job;
    qsizetype m_index = 0;
};

// ---------------------------------------------------------------------------------------

class ProfileDeleteCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start() override
    {
        m_name = invocation().args.at(0);
        if (const Error e = ctx().profiles().remove(m_name)) {
            fail(e);
            return;
        }
        SecretStore &store = ctx().secrets();
        if (store.isSessionOnly()) {
            out().note(
                tr("the keychain is unavailable, so secrets of '%1' stored there earlier (if any) were not "
                   "deleted: %2.")
                    .arg(m_name, keychainUnavailableText(store)));
            printDeleted();
            return;
        }
        m_job.reset(store.removeProfile(m_name, nullptr));
        connect(m_job.get(), &SecretBatchJob::finished, this, [this](const Error &error) {
            if (error) {
                Error e = error;
                fail(e.withContext(
                    tr("Profile '%1' was deleted, but removing its secrets failed").arg(m_name)));
                return;
            }
            printDeleted();
        });
        m_job->start();
    }

private:
    void printDeleted()
    {
        if (out().isJson())
            out().json(
                QJsonObject { { QStringLiteral("name"), m_name }, { QStringLiteral("deleted"), true } });
        else
            out().text(tr("Profile '%1' was deleted.").arg(m_name));
        succeed();
    }

    QString m_name;
    std::unique_ptr<SecretBatchJob> m_job;
};

} // namespace

std::unique_ptr<Command> createProfileWriteCommand(Context &context)
{
    const QString &name = context.invocation().command;
    if (name == u"set")
        return std::make_unique<ProfileSetCommand>(context);
    if (name == u"delete")
        return std::make_unique<ProfileDeleteCommand>(context);
    return nullptr;
}

} // namespace mlr::cli

#include "profilewritecommands.moc"
