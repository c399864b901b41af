// retrain status | wait | cancel JOB of an Azure Machine Learning (v2) job (journaled, or by name
// in the profile's workspace), followed through GET jobs/{name}; and AmlRetrainCommand::follow.
#include "amlretraincommands.h"

#include "amlretraincommand.h"
#include "azureml/amlget.h"
#include "azureml/amljobstatus.h"
#include "azureml/amlwrite.h"
#include "output.h"

namespace mlr::cli {

using namespace mlr::ml;
using namespace mlr::azureml;

void AmlRetrainCommand::follow(
    const JobRecord &record, bool journal, std::function<void(const JobRecord &)> print)
{
    m_follower = std::make_unique<JobFollower>(
        amlStatusFetch(ctx().network(), m_tokens.get(), m_workspace, record.jobId), record, journal, out());
    connect(m_follower.get(), &JobFollower::finished, this,
        [this, record, journal, print = std::move(print)](const BesJobStatus &status, const Error &error) {
            JobRecord final = journal ? m_follower->record() : record;
            if (!journal)
                applyStatus(final, status, QDateTime::currentDateTimeUtc());
            if (error)
                return fail(error);
            print(final);
            endWithJob(
                final, status, [this] { succeed(); }, [this](const Error &e) { fail(e); });
        });
    m_follower->start();
}

namespace {

// status JOB | wait JOB | cancel JOB of a v2 job (journaled, or by name in the profile's workspace).
class AmlJobCommand final : public AmlRetrainCommand
{
    Q_OBJECT

public:
    AmlJobCommand(Context &context, JobRecord record, bool journaled)
        : AmlRetrainCommand(context)
        , m_record(std::move(record))
        , m_journaled(journaled)
    { }

protected:
    QString profileName() const override { return m_journaled ? m_record.profile : QString(); }

    void run() override
    {
        m_workspace = WorkspaceTarget::fromProfile(m_profile);
        const QUrl workspace = m_workspace.workspaceUrl();
        if (!m_journaled)
            m_record.batchUrl = workspace, m_record.profile = m_profile.name;
        else if (m_record.batchUrl.adjusted(QUrl::StripTrailingSlash)
                     .toString()
                     .compare(workspace.adjusted(QUrl::StripTrailingSlash).toString(), Qt::CaseInsensitive)
            != 0)
            return failInput(
                tr("Job %1 was submitted to workspace %2, and profile '%3' now points at %4.")
                    .arg(m_record.jobId, m_record.batchUrl.toString(), m_profile.name, workspace.toString()));
        const QString &name = invocation().command;
        if (name == u"status")
            status();
        else if (name == u"wait")
            follow(m_record, m_journaled, [this](const JobRecord &r) { printJobRecord(out(), r); });
        else
            cancel();
    }

private:
    void status()
    {
        m_get = std::make_unique<WorkspaceGetJob>(ctx().network(), m_tokens.get(), m_workspace,
            QStringLiteral("/jobs/") + m_record.jobId, WorkspaceGetJob::Kind::One,
            tr("job %1").arg(m_record.jobId));
        connect(m_get.get(), &WorkspaceGetJob::finished, this,
            [this](const QJsonObject &body, const Error &error) {
                if (error)
                    return fail(error);
                Error invalid;
                const std::optional<Job> job = parseJob(body, &invalid);
                if (!job)
                    return fail(invalid);
                const BesJobStatus status = jobStatusOf(*job);
                bool changed = applyStatus(m_record, status, QDateTime::currentDateTimeUtc());
                const JobRecord seen
                    = jobRecordOf(*job, m_workspace, m_record.profile, m_record.serviceName, {});
                if (!seen.outputs.isEmpty() && seen.outputs != m_record.outputs) {
                    m_record.outputs = seen.outputs;
                    m_record.roles = seen.roles;
                    changed = true;
                }
                if (m_record.inputs.isEmpty())
                    m_record.inputs = seen.inputs;
                if (changed && m_journaled)
                    if (const Error e = JobJournal().record(m_record))
                        out().note(tr("the job journal could not be updated: %1").arg(e.message()));
                if (status.state == JobState::Unknown)
                    out().note(tr("the service reported an unknown status '%1'").arg(status.statusText));
                printJobRecord(out(), m_record, &status);
                succeed();
            });
        m_get->start();
    }

    void cancel()
    {
        m_cancel = std::make_unique<WorkspaceWriteJob>(ctx().network(), m_tokens.get(), m_workspace, "POST",
            QStringLiteral("/jobs/") + m_record.jobId + QStringLiteral("/cancel"), QJsonObject {},
            tr("cancelling job %1").arg(m_record.jobId));
        connect(m_cancel.get(), &WorkspaceWriteJob::finished, this,
            [this](const WriteResult &, const Error &error) {
                if (error)
                    return fail(error);
                status(); // what the cancel did: Canceled, or kept when it had already ended
            });
        m_cancel->start();
    }

    JobRecord m_record;
    bool m_journaled = false;
    std::unique_ptr<WorkspaceGetJob> m_get;
    std::unique_ptr<WorkspaceWriteJob> m_cancel;
};

} // namespace

std::unique_ptr<Command> createAmlJobCommand(Context &context, const JobRecord &record, bool journaled)
{
    return std::make_unique<AmlJobCommand>(context, record, journaled);
}

} // namespace mlr::cli

#include "amlretraincommands.moc"
