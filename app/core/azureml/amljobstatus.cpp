#include "azureml/amljobstatus.h"

#include "azureml/amlget.h"
#include "ml/joboutputs.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace mlr::azureml {

ml::JobState jobStateOf(const QString &status)
{
    using ml::JobState;
    static const QStringList waiting { u"NotStarted"_s, u"Starting"_s, u"Provisioning"_s, u"Preparing"_s,
        u"Queued"_s };
    static const QStringList running { u"Running"_s, u"Finalizing"_s, u"CancelRequested"_s };
    if (waiting.contains(status, Qt::CaseInsensitive))
        return JobState::NotStarted;
    if (running.contains(status, Qt::CaseInsensitive))
        return JobState::Running;
    if (status.compare(u"Completed"_s, Qt::CaseInsensitive) == 0)
        return JobState::Finished;
    if (status.compare(u"Failed"_s, Qt::CaseInsensitive) == 0)
        return JobState::Failed;
    if (status.compare(u"Canceled"_s, Qt::CaseInsensitive) == 0)
        return JobState::Cancelled;
    return JobState::Unknown;
}

ml::BesJobStatus jobStatusOf(const Job &job)
{
    ml::BesJobStatus status;
    status.state = jobStateOf(job.status);
    status.statusText = job.status;
    status.details = job.errorMessage;
    return status;
}

ml::JobRecord jobRecordOf(const Job &job, const WorkspaceTarget &target, const QString &profile,
    const QString &endpoint, const QString &inputFile)
{
    ml::JobRecord record;
    record.kind = ml::JobKind::AzureMl;
    record.jobId = job.name;
    record.profile = profile;
    record.serviceName = endpoint;
    record.batchUrl = target.workspaceUrl();
    record.inputFile = inputFile;
    const QJsonObject p = job.raw[u"properties"_s].toObject();
    const QJsonObject inputs = p[u"inputs"_s].toObject();
    for (auto it = inputs.begin(); it != inputs.end(); ++it)
        if (const QString uri = it.value()[u"uri"_s].toString(); !uri.isEmpty())
            record.inputs.insert(it.key(), QUrl(uri));
    const QJsonObject outputs = p[u"outputs"_s].toObject();
    for (auto it = outputs.begin(); it != outputs.end(); ++it)
        if (const QString uri = it.value()[u"uri"_s].toString(); !uri.isEmpty())
            record.outputs.insert(it.key(), QUrl(uri));
    const QList<std::pair<QString, QStringView>> roles { { u"model"_s, ml::roleModel },
        { u"metrics"_s, ml::roleEvaluation }, { u"scored_data"_s, ml::roleScored } };
    for (const auto &[output, role] : roles)
        if (outputs.contains(output))
            record.roles.insert(role.toString(), output);
    record.state = jobStateOf(job.status);
    record.details = job.errorMessage;
    return record;
}

ml::BesJobMonitor::StatusFetch amlStatusFetch(QNetworkAccessManager *nam, arm::TokenProvider *tokens,
    const WorkspaceTarget &target, const QString &name)
{
    return [nam = QPointer<QNetworkAccessManager>(nam), tokens = QPointer<arm::TokenProvider>(tokens), target,
               name](
               const RetryPolicy &policy, std::function<void(const ml::BesJobStatus &, const Error &)> done) {
        auto get = std::make_unique<WorkspaceGetJob>(nam.data(), tokens.data(), target, u"/jobs/"_s + name,
            WorkspaceGetJob::Kind::One, QCoreApplication::translate("mlr::azureml", "job %1").arg(name));
        get->setRetryPolicy(policy);
        QObject::connect(get.get(), &WorkspaceGetJob::finished, get.get(),
            [done = std::move(done)](const QJsonObject &body, const Error &error) {
                if (error)
                    return done({}, error);
                Error invalid;
                const std::optional<Job> job = parseJob(body, &invalid);
                if (!job)
                    return done({}, invalid);
                done(jobStatusOf(*job), {});
            });
        get->start();
        return std::unique_ptr<QObject>(std::move(get));
    };
}

} // namespace mlr::azureml
