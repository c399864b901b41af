#include "serviceupdateresult.h"

#include "arm/definitiondiff.h"
#include "output.h"
#include "servicecommand.h"

#include <QJsonArray>

namespace mlr::cli {

using namespace mlr::arm;

QList<history::Event> updateEvents(const QString &profile, const GuardedUpdateResult &r, bool rollback,
    const QString &jobId, const QString &backupUsed, bool smokeFailed, const QString &smokeText)
{
    history::Event e = history::updateEvent(profile, r.update, rollback);
    e.jobId = jobId;
    if (rollback)
        e.details.insert(QStringLiteral("rolledBackTo"), backupUsed);
    if (!smokeText.isEmpty()) {
        e.details.insert(QStringLiteral("smoke"), smokeText);
        e.details.insert(QStringLiteral("smokePassed"), !smokeFailed);
    }
    QList<history::Event> events { e };
    if (r.rollback) {
        history::Event back = history::updateEvent(profile, *r.rollback, true);
        back.details.insert(QStringLiteral("rolledBackTo"), r.update.backupFile);
        back.details.insert(QStringLiteral("automatic"), true);
        events.append(back);
    }
    return events;
}

QJsonObject updateResultJson(const GuardedUpdateResult &r, bool smokeFailed, const QString &smokeText)
{
    const ModelUpdateResult &result = r.update;
    QJsonObject j { { QStringLiteral("service"), result.serviceName },
        { QStringLiteral("state"), serviceStateName(result.state) },
        { QStringLiteral("stateText"), result.stateText }, { QStringLiteral("oldUri"), result.oldUri },
        { QStringLiteral("newUri"), result.newUri }, { QStringLiteral("verifiedUri"), result.verifiedUri },
        { QStringLiteral("backupFile"), result.backupFile }, { QStringLiteral("smoke"), smokeText },
        { QStringLiteral("smokePassed"), !smokeFailed }, { QStringLiteral("identical"), result.identical },
        { QStringLiteral("refusals"), QJsonArray::fromStringList(result.guard.refusals) },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(result.guard.warnings) },
        { QStringLiteral("diff"), formatDiff(result.diff) } };
    if (r.rollback)
        j.insert(QStringLiteral("automaticRollback"),
            QJsonObject { { QStringLiteral("state"), serviceStateName(r.rollback->state) },
                { QStringLiteral("verifiedUri"), r.rollback->verifiedUri },
                { QStringLiteral("backupFile"), r.rollback->backupFile } });
    return j;
}

namespace {

// smoke NAME: the sample rows scored by the profile's predictive service, printed.
class SmokeCommand final : public ServiceCommand
{
public:
    using ServiceCommand::ServiceCommand;

protected:
    bool needsSignIn() const override { return false; }

    void run() override
    {
        smoke(
            invocation().args.value(0), [this](const QList<QStringList> &scores, const QStringList &columns) {
                if (out().isJson()) {
                    QJsonArray rows;
                    for (const QStringList &r : scores)
                        rows.append(QJsonArray::fromStringList(r));
                    out().json(
                        QJsonObject { { QStringLiteral("columns"), QJsonArray::fromStringList(columns) },
                            { QStringLiteral("rows"), rows } });
                } else {
                    QStringList lines { columns.join(u'\t') };
                    for (const QStringList &r : scores)
                        lines.append(r.join(u'\t'));
                    out().text(lines.join(u'\n'));
                }
                succeed();
            });
    }
};

} // namespace

std::unique_ptr<Command> createSmokeCommand(Context &context)
{
    return std::make_unique<SmokeCommand>(context);
}

} // namespace mlr::cli
