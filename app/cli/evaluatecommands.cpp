#include "evaluatecommands.h"

#include "eval/gate.h"
#include "format.h"
#include "history/history.h"
#include "http/redaction.h"
#include "joblookup.h"
#include "ml/datacheck.h"
#include "ml/evaluationjob.h"
#include "ml/jobjournal.h"
#include "ml/serviceswagger.h"
#include "output.h"
#include "profile/profilestore.h"
#include "secrets/secretstore.h"
#include "session/storageaccountresolver.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <functional>

namespace mlr::cli {

namespace {

using namespace mlr::ml;

// Environment variables for scripts and CI without a keychain (as the retrain commands).
constexpr char trainingKeyVariable[] = "MLR_TRAINING_API_KEY";
constexpr char predictiveKeyVariable[] = "MLR_PREDICTIVE_API_KEY";
// `retrain evaluate`: the comparison ran, and the new model failed the promotion gate.
constexpr int ExitGateFailed = 3;

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

// ---------------------------------------------------------------------------------------

// retrain check FILE: the training service's swagger, then the data check; never uploads.
class CheckCommand final : public Command
{
public:
    using Command::Command;

    void start() override
    {
        Error error;
        const std::optional<Profile> profile = ctx().selectedProfile(&error);
        if (!profile)
            return fail(error);
        m_profile = *profile;
        m_file = invocation().args.value(0);
        if (m_profile.trainingBatchUrl.isEmpty())
            return failInput(tr("Profile '%1' has no trainingBatchUrl: set it with '%2 profile set \"%1\" "
                                "trainingBatchUrl=URL'.")
                                 .arg(m_profile.name, QString::fromLatin1(toolName)));
        if (!QFileInfo(m_file).isFile())
            return failInput(tr("'%1' is not a file.").arg(m_file));
        fetch(swaggerUrlFor(m_profile.trainingBatchUrl),
            [this](const ServiceSwagger &training, const Error &e) {
                if (e)
                    return fail(e);
                m_training = training;
                if (!invocation().option(QStringLiteral("label")).isEmpty()
                    || m_profile.predictiveRequestUrl.isEmpty())
                    return check();
                // The predictive service's inputs tell the label (the one training column it lacks).
                fetch(swaggerUrlFor(m_profile.predictiveRequestUrl),
                    [this](const ServiceSwagger &p, const Error &pe) {
                        if (pe)
                            out().note(
                                tr("the predictive service's description could not be read (%1); the label "
                                   "column is not checked")
                                    .arg(pe.message()));
                        else
                            m_predictive = p;
                        check();
                    });
            });
    }

private:
    void fetch(const QUrl &url, std::function<void(const ServiceSwagger &, const Error &)> then)
    {
        if (!url.isValid())
            return failInput(tr("The service URL of profile '%1' names no web service.").arg(m_profile.name));
        m_fetch = std::make_unique<ServiceSwaggerFetch>(ctx().network(), url);
        connect(m_fetch.get(), &ServiceSwaggerFetch::finished, this,
            [this, then = std::move(then)](const ServiceSwagger &s, const Error &e) {
                m_fetch.release()->deleteLater();
                then(s, e);
            });
        m_fetch->start();
    }

    void check()
    {
        m_check = std::make_unique<DataCheckJob>(
            m_file, m_training, invocation().option(QStringLiteral("label")));
        if (m_predictive)
            m_check->setPredictiveSwagger(*m_predictive);
        connect(m_check.get(), &DataCheckJob::progress, this, [this](qint64 done, qint64 total) {
            if (done < total)
                out().progress(tr("check"), done, total, 0, -1);
        });
        connect(
            m_check.get(), &DataCheckJob::finished, this, [this](const DataCheckResult &r, const Error &e) {
                out().endProgress();
                if (e)
                    return fail(e);
                print(r);
                if (r.hasErrors())
                    return failInput(
                        tr("The data check found %n error(s) in '%1'.", nullptr, int(r.errorCount))
                            .arg(m_file));
                succeed();
            });
        m_check->start();
    }

    void print(const DataCheckResult &r)
    {
        const auto severity = [](const DataProblem &p) {
            return p.severity == DataProblem::Severity::Error ? QStringLiteral("error")
                                                              : QStringLiteral("warning");
        };
        if (out().isJson()) {
            QJsonArray problems;
            for (const DataProblem &p : r.problems)
                problems.append(QJsonObject { { QStringLiteral("severity"), severity(p) },
                    { QStringLiteral("line"), p.line }, { QStringLiteral("column"), p.column },
                    { QStringLiteral("message"), p.message } });
            out().json(QJsonObject { { QStringLiteral("file"), m_file },
                { QStringLiteral("service"), m_training.title },
                { QStringLiteral("header"), QJsonArray::fromStringList(r.header) },
                { QStringLiteral("label"), r.labelColumn }, { QStringLiteral("rows"), r.rows },
                { QStringLiteral("typedRows"), r.typedRows }, { QStringLiteral("bytes"), r.bytes },
                { QStringLiteral("errors"), r.errorCount }, { QStringLiteral("warnings"), r.warningCount },
                { QStringLiteral("problems"), problems } });
            return;
        }
        QStringList lines;
        for (const DataProblem &p : r.problems) {
            QString where = m_file;
            if (p.line > 0)
                where += u':' + QString::number(p.line);
            if (!p.column.isEmpty())
                where += QStringLiteral(" [%1]").arg(p.column);
            lines << QStringLiteral("%1: %2: %3").arg(where, severity(p), p.message);
        }
        lines << tr("%1: %n data row(s), %2 column(s), label '%3' (%4 rows type-checked): %5 error(s), %6 "
                    "warning(s).",
            nullptr, int(std::min<qint64>(r.rows, INT_MAX)))
                     .arg(m_file)
                     .arg(r.header.size())
                     .arg(r.labelColumn.isEmpty() ? tr("unknown") : r.labelColumn)
                     .arg(r.typedRows)
                     .arg(r.errorCount)
                     .arg(r.warningCount);
        out().text(lines.join(u'\n'));
    }

    Profile m_profile;
    QString m_file;
    ServiceSwagger m_training;
    std::optional<ServiceSwagger> m_predictive;
    std::unique_ptr<ServiceSwaggerFetch> m_fetch;
    std::unique_ptr<DataCheckJob> m_check;
};

// ---------------------------------------------------------------------------------------

// retrain evaluate JOB: both models on the same rows, the deltas and the gate verdict.
class EvaluateCommand final : public Command
{
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
        const QString gateText = invocation().option(QStringLiteral("gate"));
        if (!gateText.isEmpty()) {
            Error error;
            const auto rules = eval::gateRulesFromText(gateText, &error);
            if (!rules)
                return fail(error);
            m_request.gate = *rules;
        } else {
            m_request.gate = m_profile.gateRules(); // the profile's promotionGate, or the defaults
        }
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
                print(*comparison, verdict);
                if (verdict.passed)
                    return succeed();
                Q_EMIT finished(ExitGateFailed);
            });
        m_job->start();
    }

    void print(const eval::Comparison &c, const eval::GateVerdict &verdict)
    {
        if (out().isJson()) {
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
            out().json(QJsonObject { { QStringLiteral("job"), m_request.job.jobId },
                { QStringLiteral("task"), eval::taskId(c.task) },
                { QStringLiteral("label"), c.challenger.labelColumn },
                { QStringLiteral("rows"), c.challenger.rowCount() },
                { QStringLiteral("usableRows"), c.challenger.usableRowCount() },
                { QStringLiteral("outputsReadFrom"), m_job->outputSource() },
                { QStringLiteral("metrics"), metrics }, { QStringLiteral("serviceEvaluation"), service },
                { QStringLiteral("gate"),
                    QJsonObject { { QStringLiteral("passed"), verdict.passed },
                        { QStringLiteral("summary"), verdict.summary },
                        { QStringLiteral("checks"), checks } } } });
            return;
        }
        QList<QStringList> rows { { tr("METRIC"), tr("NEW"), tr("CURRENT"), tr("DELTA"), tr("GATE") } };
        for (const eval::MetricRow &m : c.metrics) {
            const eval::GateCheck *check = verdict.checkFor(m.metric);
            const QString gate = !check || !check->applicable ? QStringLiteral("-")
                : check->passed                               ? tr("pass")
                                                              : tr("FAIL");
            rows.append({ m.metric, number(m.challenger), number(m.champion),
                std::isnan(m.delta) ? QStringLiteral("-")
                                    : (m.delta > 0 ? QStringLiteral("+") : QString()) + number(m.delta),
                gate });
        }
        QStringList lines { tr("job %1: %2 model, label '%3', %4 rows scored by both models")
                                .arg(m_request.job.jobId, eval::taskId(c.task), c.challenger.labelColumn)
                                .arg(c.challenger.rowCount()),
            format::table(rows, { 1, 2, 3 }).trimmed() };
        for (const eval::GateCheck &g : verdict.checks) {
            if (g.applicable)
                lines << QStringLiteral("%1 %2").arg(g.passed ? tr("pass:") : tr("FAIL:"), g.reason);
        }
        lines << (verdict.passed ? tr("verdict: PASS - %1") : tr("verdict: FAIL - %1")).arg(verdict.summary);
        out().text(lines.join(u'\n'));
    }

    Profile m_profile;
    EvaluationRequest m_request;
    KeyReader m_keys { this };
    std::unique_ptr<EvaluationJob> m_job;
    QString m_stage;
};

} // namespace

QList<CommandSpec> evaluateCommandSpecs()
{
    const QString keys = Command::tr(
        "\nThe services come from the profile (--profile, default the last used one); their API keys from "
        "the "
        "keychain (profile secrets trainingApiKey, predictiveApiKey) or the environment variables %1 and %2.")
                             .arg(QString::fromLatin1(trainingKeyVariable),
                                 QString::fromLatin1(predictiveKeyVariable));
    return {
        { QStringLiteral("retrain"), QStringLiteral("check"),
            Command::tr("Check a CSV against the training service's inputs, without uploading it."),
            Command::tr(
                "Reads the training service's swagger.json (from trainingBatchUrl) and checks the file: "
                "encoding, header (missing, extra and duplicate columns), the label column, the column "
                "count of every row, and the values of every number, integer and boolean column. Every "
                "problem is printed with "
                "its line and column. Exit 0 when there is no error (warnings allowed), 1 otherwise.")
                + keys,
            { { QStringLiteral("FILE"), Command::tr("The CSV file to check."), {} } }, 1, 1,
            { { { QStringLiteral("label") },
                Command::tr(
                    "The label column (default: the column the training service takes and the predictive "
                    "one does not)."),
                QStringLiteral("COLUMN") } } },
        { QStringLiteral("retrain"), QStringLiteral("evaluate"),
            Command::tr("Compare a finished job's new model with the one in production on the same rows."),
            Command::tr(
                "Downloads the job's evaluation and scored outputs (through the job's results, or the "
                "profile's storage account), scores the same rows with the predictive service in production "
                "(RRS, in batches), and prints both models' metrics, the deltas and the promotion gate's "
                "verdict. Exit 0 when the gate passes, %1 when it fails, 1 on errors.")
                    .arg(ExitGateFailed)
                + keys,
            { { QStringLiteral("JOB"), Command::tr("The job id (see 'retrain jobs')."), {} } }, 1, 1,
            { { { QStringLiteral("label") },
                  Command::tr("The label column of the scored rows (default: inferred)."),
                  QStringLiteral("COLUMN") },
                { { QStringLiteral("gate") },
                    Command::tr("Promotion rules instead of the profile's promotionGate, e.g. \"AUC loss <= "
                                "0.01; Accuracy "
                                ">= 0.7\"."),
                    QStringLiteral("RULES") } } },
    };
}

std::unique_ptr<Command> createEvaluateCommand(Context &context)
{
    const Invocation &inv = context.invocation();
    if (inv.group != u"retrain")
        return nullptr;
    if (inv.command == u"check")
        return std::make_unique<CheckCommand>(context);
    if (inv.command == u"evaluate")
        return std::make_unique<EvaluateCommand>(context);
    return nullptr;
}

} // namespace mlr::cli
