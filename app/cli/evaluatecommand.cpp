// retrain evaluate JOB: both models on the same rows, the deltas and the gate verdict.
#include "evaluatecommand.h"

#include "eval/gate.h"
#include "format.h"
#include "history/history.h"
#include "http/redaction.h"
#include "joblookup.h"
#include "ml/evaluationjob.h"
#include "ml/jobjournal.h"
#include "output.h"
#include "profile/profilestore.h"
#include "secrets/secretstore.h"
#include "session/storageaccountresolver.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <functional>

namespace mlr::cli {

namespace {

using namespace mlr::ml;

QString number(double v)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'g', 6);
}

QJsonValue jsonNumber(double v)
{
    return std::isnan(v) || std::isinf(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

// Reads an API key: the environment variable, else the profile's keychain entry. then(key)
// gets an empty key when neither has one.
class KeyReader : public QObject
{
public:
    using QObject::QObject;

    void read(SecretStore &store, const QString &profile, SecretKind kind, const char *variable,
        std::function<void(const QString &, const Error &)> then)
    {
        const QString fromEnvironment = qEnvironmentVariable(variable).trimmed();
        if (!fromEnvironment.isEmpty()) {
            redaction::registerSecret(fromEnvironment);
            then(fromEnvironment, {});
            return;
        }
        m_job.reset(store.read(profile, kind, nullptr));
        connect(m_job.get(), &SecretReadJob::finished, this,
            [this, then = std::move(then)](const QString &value, const Error &error) {
                m_job.release()->deleteLater();
                then(value.trimmed(), error);
            });
        m_job->start();
    }

private:
    std::unique_ptr<SecretReadJob> m_job;
};

class EvaluateCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start() override
    {
        Error error;
        const std::optional<JobRecord> record = journaledJob(invocation().args.value(0), &error);
        if (!record)
            return fail(error);
        m_request.job = *record;
        // The job's profile, unless --profile names another.
        const QString name = invocation().global.profile.value_or(record->profile);
        const std::optional<Profile> profile = ctx().profiles().load(name);
        if (!profile)
            return failInput(tr("There is no profile named '%1' (see '%2 profile list').")
                                 .arg(name, QString::fromLatin1(toolName)));
        m_profile = *profile;
        if (m_profile.predictiveRequestUrl.isEmpty())
            return failInput(tr("Profile '%1' has no predictiveRequestUrl (the service in production).")
                                 .arg(m_profile.name));
        m_request.predictiveRequestUrl = m_profile.predictiveRequestUrl;
        m_request.labelColumn = invocation().option(QStringLiteral("label"));
        Error gateError;
        const auto gate = gateRulesFor(invocation(), m_profile, &gateError);
        if (!gate)
            return fail(gateError);
        m_request.gate = *gate;
        readKeys();
    }

private:
    void readKeys()
    {
        m_keys.read(ctx().secrets(), m_profile.name, SecretKind::PredictiveApiKey, predictiveKeyVariable,
            [this](const QString &key, const Error &error) {
                if (error)
                    return fail(error);
                if (key.isEmpty())
                    return failInput(
                        tr("The predictive service's API key of profile '%1' is not set. Store it with "
                           "'%2 profile set \"%1\" predictiveApiKey=-' or pass it in %3.")
                            .arg(m_profile.name, QString::fromLatin1(toolName),
                                QString::fromLatin1(predictiveKeyVariable)));
                m_request.predictiveApiKey = key;
                m_keys.read(ctx().secrets(), m_profile.name, SecretKind::TrainingApiKey, trainingKeyVariable,
                    [this](const QString &training, const Error &) {
                        m_request.trainingApiKey
                            = training; // optional: the storage account reads the outputs
                        resolveStorage();
                    });
            });
    }

    void resolveStorage()
    {
        resolveStorageAccount(m_profile, [this](const StorageAccount &account, const Error &error) {
            if (error && m_request.trainingApiKey.isEmpty())
                return fail(error);
            if (!error)
                m_request.storage = account;
            evaluate();
        });
    }

    void evaluate()
    {
        m_job = std::make_unique<EvaluationJob>(ctx().network(), m_request);
        connect(m_job.get(), &EvaluationJob::progress, this,
            [this](const QString &stage, qint64 done, qint64 total) {
                if (stage != m_stage) {
                    out().endProgress();
                    out().note(stage);
                    m_stage = stage;
                }
                if (stage.contains(tr("Downloading")) && total > 0 && done < total)
                    out().progress(tr("download"), done, total, 0, -1);
            });
        connect(m_job.get(), &EvaluationJob::finished, this,
            [this](std::shared_ptr<const eval::Comparison> comparison, const eval::GateVerdict &verdict,
                const Error &error) {
                out().endProgress();
                if (error)
                    return fail(error);
                // The timeline keeps the verdict (a failure to write it is only noted).
                if (const Error h = history::HistoryStore().append(
                        history::evaluationEvent(m_profile.name, m_request.job, *comparison, verdict)))
                    out().note(h.message());
                printEvaluation(out(), m_request.job.jobId, *comparison, verdict,
                    { { QStringLiteral("outputsReadFrom"), m_job->outputSource() } });
                if (verdict.passed)
                    return succeed();
                Q_EMIT finished(ExitGateFailed);
            });
        m_job->start();
    }

    Profile m_profile;
    EvaluationRequest m_request;
    KeyReader m_keys { this };
    std::unique_ptr<EvaluationJob> m_job;
    QString m_stage;
};

} // namespace

std::optional<eval::GateRules> gateRulesFor(
    const Invocation &invocation, const Profile &profile, Error *error)
{
    const QString text = invocation.option(QStringLiteral("gate"));
    if (text.isEmpty())
        return profile.gateRules(); // the profile's promotionGate, or the defaults
    return eval::gateRulesFromText(text, error);
}

void printEvaluation(Output &out, const QString &jobId, const eval::Comparison &c,
    const eval::GateVerdict &verdict, const QJsonObject &extra, const QStringList &notes)
{
    if (out.isJson()) {
        QJsonArray metrics;
        for (const eval::MetricRow &m : c.metrics)
            metrics.append(QJsonObject { { QStringLiteral("metric"), m.metric },
                { QStringLiteral("new"), jsonNumber(m.challenger) },
                { QStringLiteral("current"), jsonNumber(m.champion) },
                { QStringLiteral("delta"), jsonNumber(m.delta) },
                { QStringLiteral("higherIsBetter"), m.higherIsBetter } });
        QJsonArray service;
        for (const auto &[metric, value] : c.service.metrics)
            service.append(QJsonObject {
                { QStringLiteral("metric"), metric }, { QStringLiteral("value"), jsonNumber(value) } });
        QJsonArray checks;
        for (const eval::GateCheck &g : verdict.checks)
            checks.append(QJsonObject { { QStringLiteral("rule"), eval::gateRuleToText(g.rule) },
                { QStringLiteral("applicable"), g.applicable }, { QStringLiteral("passed"), g.passed },
                { QStringLiteral("observed"), jsonNumber(g.observed) },
                { QStringLiteral("reason"), g.reason } });
        QJsonObject o { { QStringLiteral("job"), jobId }, { QStringLiteral("task"), eval::taskId(c.task) },
            { QStringLiteral("label"), c.challenger.labelColumn },
            { QStringLiteral("rows"), c.challenger.rowCount() },
            { QStringLiteral("usableRows"), c.challenger.usableRowCount() },
            { QStringLiteral("metrics"), metrics }, { QStringLiteral("serviceEvaluation"), service },
            { QStringLiteral("gate"),
                QJsonObject { { QStringLiteral("passed"), verdict.passed },
                    { QStringLiteral("summary"), verdict.summary },
                    { QStringLiteral("checks"), checks } } } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        if (!notes.isEmpty())
            o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
        out.json(o);
        return;
    }
    QList<QStringList> rows { { Command::tr("METRIC"), Command::tr("NEW"), Command::tr("CURRENT"),
        Command::tr("DELTA"), Command::tr("GATE") } };
    for (const eval::MetricRow &m : c.metrics) {
        const eval::GateCheck *check = verdict.checkFor(m.metric);
        const QString gate = !check || !check->applicable ? QStringLiteral("-")
            : check->passed                               ? Command::tr("pass")
                                                          : Command::tr("FAIL");
        rows.append({ m.metric, number(m.challenger), number(m.champion),
            std::isnan(m.delta) ? QStringLiteral("-")
                                : (m.delta > 0 ? QStringLiteral("+") : QString()) + number(m.delta),
            gate });
    }
    QStringList lines;
    if (c.challenger.rowCount() > 0)
        lines << Command::tr("job %1: %2 model, label '%3', %4 rows scored by both models")
                     .arg(jobId, eval::taskId(c.task), c.challenger.labelColumn)
                     .arg(c.challenger.rowCount());
    lines << notes << format::table(rows, { 1, 2, 3 }).trimmed();
    for (const eval::GateCheck &g : verdict.checks) {
        if (g.applicable)
            lines << QStringLiteral("%1 %2").arg(
                g.passed ? Command::tr("pass:") : Command::tr("FAIL:"), g.reason);
    }
    lines << (verdict.passed ? Command::tr("verdict: PASS - %1") : Command::tr("verdict: FAIL - %1"))
                 .arg(verdict.summary);
    out.text(lines.join(u'\n'));
}

std::unique_ptr<Command> createEvaluationCommand(Context &context)
{
    return std::make_unique<EvaluateCommand>(context);
}

} // namespace mlr::cli

#include "evaluatecommand.moc"
