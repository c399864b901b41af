#include "arm/modelsource.h"

namespace mlr::arm {

QStringList jobStateRefusals(const ml::JobRecord &job)
{
    switch (job.state) {
    case ml::JobState::Finished:
        return {};
    case ml::JobState::Failed:
        return { ModelSource::tr(
            "Job %1 failed, so it has no trained model to deploy%2. Fix what made it fail and "
            "run a new retraining job.")
                     .arg(job.jobId,
                         job.details.isEmpty()
                             ? QString()
                             : ModelSource::tr(" (the service said: %1)").arg(job.details)) };
    case ml::JobState::Cancelled:
        return { ModelSource::tr(
            "Job %1 was cancelled, so it has no trained model to deploy. Run a new retraining job.")
                     .arg(job.jobId) };
    default:
        return { ModelSource::tr(
            "Job %1 has not finished (it is %2): its trained model is not ready. Wait for it to "
            "finish, then update.")
                     .arg(job.jobId, ml::jobStateText(job.state)) };
    }
}

QStringList pairRefusals(
    const ml::JobRecord &job, const RecordedPair &pair, const QString &predictiveName, bool *confirmed)
{
    *confirmed = false;
    if (!pair.profileFound || pair.predictiveService.isEmpty()
        || pair.trainingService.compare(job.serviceName, Qt::CaseInsensitive) != 0)
        return {}; // the profile does not tell: the schema check decides
    if (pair.predictiveService.compare(predictiveName, Qt::CaseInsensitive) == 0) {
        *confirmed = true;
        return {};
    }
    return { ModelSource::tr(
        "Job %1 was trained by '%2', whose predictive service is '%3' (profile '%4'), not '%5': "
        "its model belongs to another service pair. Update '%3' with it, or use a job of "
        "'%5''s own training service.")
                 .arg(job.jobId, job.serviceName, pair.predictiveService, pair.profile, predictiveName) };
}

QStringList modelBlobRefusals(const ml::JobRecord &job, const QString &modelUri, const BlobFacts &model)
{
    switch (model.presence) {
    case BlobFacts::Presence::Exists:
        return {};
    case BlobFacts::Presence::Missing:
        return { ModelSource::tr(
            "The trained model of job %1 does not exist: there is no blob %2. Check the job's "
            "outputs, or run a new retraining job.")
                     .arg(job.jobId, modelUri) };
    case BlobFacts::Presence::Unreadable:
        return { ModelSource::tr(
            "The trained model of job %1 (%2) could not be checked: %3 Nothing is changed without "
            "knowing that the model exists.")
                     .arg(job.jobId, modelUri, model.why) };
    case BlobFacts::Presence::Unchecked:
        break;
    }
    return { ModelSource::tr(
        "The trained model of job %1 could not be checked: there is no storage account to read "
        "it with. Give the profile's storage credentials, then update.")
                 .arg(job.jobId) };
}

SourceCheck checkModelSource(const SourceFacts &facts, const QString &modelUri)
{
    SourceCheck check;
    check.refusals += jobStateRefusals(facts.job);
    bool confirmed = false;
    check.refusals += pairRefusals(facts.job, facts.pair, facts.predictiveName, &confirmed);
    if (facts.job.state != ml::JobState::Finished)
        return check; // nothing else was looked at: the job has no model to deploy yet
    if (facts.training) {
        check.refusals += schemaRefusals(facts.job, facts.job.serviceName, trainingSchema(*facts.training),
            facts.predictiveName, predictiveSchema(facts.predictive));
    } else {
        const QString why = facts.trainingError ? facts.trainingError.message() : ModelSource::tr("not read");
        if (confirmed)
            check.warnings.append(
                ModelSource::tr("The schema of job %1's training service '%2' could not be compared "
                                "with '%3': %4")
                    .arg(facts.job.jobId, facts.job.serviceName, facts.predictiveName, why));
        else
            check.refusals.append(
                ModelSource::tr("Job %1's training service '%2' could not be read (%3), and the job's "
                                "profile does not name '%4' as its predictive service: nothing "
                                "shows that the model fits '%4'. Use a job of '%4''s own training "
                                "service.")
                    .arg(facts.job.jobId, facts.job.serviceName, why, facts.predictiveName));
    }
    check.refusals += modelBlobRefusals(facts.job, modelUri, facts.model);
    return check;
}

std::optional<bool> sameBlobProperties(const BlobFacts &a, const BlobFacts &b)
{
    if (a.presence != BlobFacts::Presence::Exists || b.presence != BlobFacts::Presence::Exists)
        return false;
    if (a.size != b.size)
        return false;
    if (!a.contentMd5.isEmpty() && !b.contentMd5.isEmpty())
        return a.contentMd5 == b.contentMd5;
    return std::nullopt;
}

} // namespace mlr::arm
