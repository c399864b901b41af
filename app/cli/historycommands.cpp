// history | report JOB FILE: the timeline of this computer's jobs, evaluations, updates and
// rollbacks, and the decision report of one job.
#include "decisionreport.h"
#include "history/history.h"
#include "joblookup.h"
#include "output.h"
#include "servicecommands.h"

#include <QJsonArray>

#include <cmath>

namespace mlr::cli {

namespace {

double toNumber(const QVariant &v)
{
    bool ok = false;
    const double d = v.toString().toDouble(&ok);
    return ok ? d : std::nan("");
}

// The comparison's metrics and the verdict as an evaluation event recorded them.
void fromEvaluation(const history::Event &e, report::DecisionReport &r)
{
    auto c = std::make_shared<eval::Comparison>();
    if (const auto task = eval::taskFromId(e.details.value(QStringLiteral("task")).toString()))
        c->task = *task;
    for (const QVariant &v : e.details.value(QStringLiteral("metrics")).toList()) {
        const QVariantMap m = v.toMap();
        c->metrics.append({ m.value(QStringLiteral("metric")).toString(),
            toNumber(m.value(QStringLiteral("new"))), toNumber(m.value(QStringLiteral("current"))),
            toNumber(m.value(QStringLiteral("delta"))), m.value(QStringLiteral("higherIsBetter")).toBool() });
    }
    r.comparison = c;
    const auto points = [&e](const QString &key) {
        QList<QPointF> out;
        for (const QVariant &v : e.details.value(key).toList()) {
            const QVariantList xy = v.toList();
            if (xy.size() == 2)
                out.append(QPointF(xy[0].toDouble(), xy[1].toDouble()));
        }
        return out;
    };
    r.chartNew = points(QStringLiteral("chartNew"));
    r.chartCurrent = points(QStringLiteral("chartCurrent"));
    r.verdict.passed = e.details.value(QStringLiteral("passed")).toBool();
    r.verdict.summary = e.details.value(QStringLiteral("verdict")).toString();
    for (const QVariant &v : e.details.value(QStringLiteral("checks")).toList()) {
        const QVariantMap m = v.toMap();
        eval::GateCheck check;
        check.rule.metric = m.value(QStringLiteral("metric")).toString();
        check.applicable = m.value(QStringLiteral("applicable")).toBool();
        check.passed = m.value(QStringLiteral("passed")).toBool();
        check.observed = toNumber(m.value(QStringLiteral("observed")));
        check.reason = m.value(QStringLiteral("reason")).toString();
        r.verdict.checks.append(check);
    }
}

// The update as an update event recorded it (the diff as its lines).
arm::ModelUpdateResult fromUpdate(const history::Event &e)
{
    arm::ModelUpdateResult u;
    const QVariantMap &d = e.details;
    u.serviceName = e.service;
    u.oldUri = d.value(QStringLiteral("oldUri")).toString();
    u.newUri = d.value(QStringLiteral("newUri")).toString();
    u.verifiedUri = d.value(QStringLiteral("verifiedUri")).toString();
    u.backupFile = d.value(QStringLiteral("backupFile")).toString();
    u.assetId = d.value(QStringLiteral("assetId")).toString();
    u.assetName = d.value(QStringLiteral("assetName")).toString();
    u.stateText = d.value(QStringLiteral("stateText")).toString();
    u.operation.final.status = d.value(QStringLiteral("operation")).toString();
    u.guard.warnings = d.value(QStringLiteral("warnings")).toStringList();
    u.guard.refusals = d.value(QStringLiteral("refusals")).toStringList();
    const QString state = d.value(QStringLiteral("state")).toString();
    for (auto s : { arm::ServiceState::Unchanged, arm::ServiceState::Updated, arm::ServiceState::NotApplied,
             arm::ServiceState::OperationFailed, arm::ServiceState::Unknown }) {
        if (arm::serviceStateName(s) == state)
            u.state = s;
    }
    u.started = QDateTime::fromString(d.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    u.ended = QDateTime::fromString(d.value(QStringLiteral("ended")).toString(), Qt::ISODateWithMs);
    // formatDiff lines "~ path: old → new": kept as they are.
    for (const QString &line : d.value(QStringLiteral("diff")).toStringList()) {
        arm::DefinitionChange change;
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        change.path = line.mid(2, colon - 2);
        const QString rest = line.mid(colon + 2);
        const qsizetype arrow = rest.indexOf(QStringLiteral(" → "));
        change.kind = line.startsWith(u'+') ? arm::DefinitionChange::Kind::Added
            : line.startsWith(u'-')         ? arm::DefinitionChange::Kind::Removed
                                            : arm::DefinitionChange::Kind::Changed;
        if (change.kind == arm::DefinitionChange::Kind::Changed && arrow >= 0) {
            change.before = rest.left(arrow);
            change.after = rest.mid(arrow + 3);
        } else if (change.kind == arm::DefinitionChange::Kind::Removed) {
            change.before = rest;
        } else {
            change.after = rest;
        }
        u.diff.append(change);
    }
    return u;
}

class HistoryCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start() override
    {
        if (invocation().group == u"report")
            return writeReportFile();
        history::HistoryStore store;
        const QList<history::Event> events = store.events();
        if (!store.loadError().isEmpty())
            out().note(store.loadError());
        const QString service = invocation().option(QStringLiteral("service"));
        const QString job = invocation().option(QStringLiteral("job"));
        QJsonArray array;
        QStringList lines;
        for (const history::Event &e : events) {
            if ((!service.isEmpty() && e.service != service) || (!job.isEmpty() && e.jobId != job))
                continue;
            array.append(history::eventToJson(e));
            lines.append(QStringLiteral("%1  %2  %3  %4  %5")
                             .arg(e.when.toUTC().toString(Qt::ISODate), e.who, history::eventKindText(e.kind),
                                 e.service.isEmpty() ? QStringLiteral("-") : e.service, e.summary));
        }
        if (out().isJson())
            out().json(array);
        else
            out().text(lines.isEmpty() ? tr("(no history yet)") : lines.join(u'\n'));
        succeed();
    }

private:
    void writeReportFile()
    {
        const QString jobId = invocation().args.value(0);
        const QString file = invocation().args.value(1);
        Error error;
        const auto job = journaledJob(jobId, &error);
        if (!job)
            return fail(error);
        report::DecisionReport r;
        r.job = *job;
        r.profile = job->profile;
        history::HistoryStore store;
        if (const auto evaluation = store.lastEvaluation(jobId))
            fromEvaluation(*evaluation, r);
        // The newest update made from this job, and the first successful rollback of its
        // service after it (events are newest first).
        const QList<history::Event> events = store.events();
        for (qsizetype i = 0; i < events.size(); ++i) {
            const history::Event &e = events.at(i);
            if (e.kind != history::EventKind::Update || e.jobId != jobId)
                continue;
            r.service = e.service;
            if (e.details.value(QStringLiteral("azureml")).toBool()) {
                r.rollout = e.details;
                r.rollbackHandle = e.details.value(QStringLiteral("backupFile")).toString();
                for (qsizetype k = i - 1; k >= 0; --k) {
                    const history::Event &later = events.at(k);
                    if (later.kind == history::EventKind::Rollback && later.service == e.service
                        && later.details.value(QStringLiteral("state")).toString() == u"rolled-back") {
                        r.rolledBack = report::RollbackRecord { later.when, later.summary,
                            later.details.value(QStringLiteral("backupFile")).toString(), later.summary };
                        break;
                    }
                }
                break;
            }
            r.update = fromUpdate(e);
            r.rollbackHandle = r.update->backupFile;
            r.smokeTest = e.details.value(QStringLiteral("smoke")).toString();
            if (!r.smokeTest.isEmpty() && !e.details.value(QStringLiteral("smokePassed")).toBool())
                r.smokeTest = tr("FAILED: %1").arg(r.smokeTest);
            for (qsizetype k = i - 1; k >= 0; --k) {
                const history::Event &later = events.at(k);
                if (later.kind != history::EventKind::Rollback || later.service != e.service
                    || later.details.value(QStringLiteral("state")).toString()
                        != arm::serviceStateName(arm::ServiceState::Updated))
                    continue;
                r.rolledBack = report::RollbackRecord { later.when,
                    later.details.value(QStringLiteral("newUri")).toString(),
                    later.details.value(QStringLiteral("rolledBackTo")).toString(),
                    later.details.value(QStringLiteral("stateText")).toString() };
                break;
            }
            break;
        }
        r.generated = QDateTime::currentDateTimeUtc();
        if (const Error error = report::writeReport(r, file))
            return fail(error);
        if (out().isJson())
            out().json(QJsonObject { { QStringLiteral("job"), jobId }, { QStringLiteral("file"), file },
                { QStringLiteral("evaluated"), r.comparison != nullptr },
                { QStringLiteral("updated"), r.update.has_value() || r.rollout.has_value() },
                { QStringLiteral("rolledBack"), r.rolledBack.has_value() } });
        else
            out().text(tr("Wrote the decision report of %1 to %2").arg(jobId, file));
        succeed();
    }
};

} // namespace

QList<CommandSpec> historyCommandSpecs()
{
    QList<CommandSpec> c;
    c.append({ QStringLiteral("history"), QString(),
        Command::tr(
            "The timeline of jobs, evaluations, updates and rollbacks on this computer, newest first."),
        {}, {}, 0, 0,
        { { { QStringLiteral("service") }, Command::tr("Only the events of this service."),
              QStringLiteral("NAME") },
            { { QStringLiteral("job") }, Command::tr("Only the events of this job."),
                QStringLiteral("JOB") } } });
    c.append({ QStringLiteral("report"), QString(),
        Command::tr("Write the decision report of a job (metrics, gate verdict, update, rollback handle)."),
        Command::tr("\nThe format follows FILE's extension: .html or .pdf."),
        { { QStringLiteral("JOB"), Command::tr("The retraining job."), {} },
            { QStringLiteral("FILE"), Command::tr("The report file (.html or .pdf)."),
                QStringLiteral("FILE.{html,pdf}") } },
        2, 2, {} });
    return c;
}

std::unique_ptr<Command> createHistoryCommand(Context &context)
{
    const QString group = context.invocation().group;
    if (group != u"history" && group != u"report")
        return nullptr;
    return std::make_unique<HistoryCommand>(context);
}

} // namespace mlr::cli

#include "historycommands.moc"
