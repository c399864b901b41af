// retrain status JOB | wait JOB | cancel JOB | jobs: the jobs of the journal and of the service.
#include "format.h"
#include "output.h"
#include "retraincommand.h"

#include <QFileInfo>
#include <QJsonArray>

namespace mlr::cli {

namespace {

using namespace mlr::ml;

// status JOB | wait JOB | cancel JOB
class JobCommand final : public RetrainCommand
{
    Q_OBJECT

public:
    using RetrainCommand::RetrainCommand;

    void start() override
    {
        std::optional<JobRecord> record = jobRecord(invocation().args.at(0));
        if (!record)
            return;
        m_record = *record;
        readTrainingKey(m_record.profile, [this](const QString &key) {
            const std::optional<BesEndpoint> endpoint = endpointFor(m_record, key);
            if (!endpoint)
                return;
            m_endpoint = *endpoint;
            const QString &name = invocation().command;
            if (name == u"status")
                status();
            else if (name == u"wait")
                wait();
            else
                cancel();
        });
    }

private:
    void status()
    {
        m_get = std::make_unique<BesGetJob>(ctx().network(), m_endpoint, m_record.jobId);
        connect(
            m_get.get(), &BesGetJob::finished, this, [this](const BesJobStatus &status, const Error &error) {
                if (error) {
                    fail(error);
                    return;
                }
                if (applyStatus(m_record, status, QDateTime::currentDateTimeUtc()) && !m_notJournaled)
                    saveRecord(m_record);
                if (m_record.state == JobState::Unknown)
                    out().note(tr("the service reported an unknown state '%1'").arg(status.statusText));
                printRecord(m_record, &status);
                succeed();
            });
        m_get->start();
    }

    void wait()
    {
        m_follower
            = std::make_unique<JobFollower>(ctx().network(), m_endpoint, m_record, !m_notJournaled, out());
        connect(m_follower.get(), &JobFollower::finished, this,
            [this](const BesJobStatus &status, const Error &error) {
                if (error) {
                    fail(error);
                    return;
                }
                JobRecord final = m_notJournaled ? m_record : m_follower->record();
                if (m_notJournaled)
                    applyStatus(final, status, QDateTime::currentDateTimeUtc());
                printRecord(final, &status);
                endWithJob(
                    final, status, [this] { succeed(); }, [this](const Error &e) { fail(e); });
            });
        m_follower->start();
    }

    void cancel()
    {
        m_cancel = std::make_unique<BesCancelJob>(ctx().network(), m_endpoint, m_record.jobId);
        connect(m_cancel.get(), &BesCancelJob::finished, this, [this](const Error &error) {
            if (error) {
                fail(error);
                return;
            }
            status(); // what DELETE did: Cancelled, or kept when it had already ended
        });
        m_cancel->start();
    }

    JobRecord m_record;
    BesEndpoint m_endpoint;
    std::unique_ptr<BesGetJob> m_get;
    std::unique_ptr<BesCancelJob> m_cancel;
    std::unique_ptr<JobFollower> m_follower;
};

class JobsCommand final : public RetrainCommand
{
    Q_OBJECT

public:
    using RetrainCommand::RetrainCommand;

    void start() override
    {
        JobJournal journal;
        const QList<JobRecord> jobs = journal.jobs();
        if (!journal.loadError().isEmpty())
            out().note(journal.loadError());
        if (out().isJson()) {
            QJsonArray array;
            for (const JobRecord &job : jobs)
                array.append(JobJournal::toJson(job));
            out().json(array);
        } else if (!jobs.isEmpty()) {
            QList<QStringList> rows { { tr("JOB"), tr("KIND"), tr("STATE"), tr("SUBMITTED"), tr("SERVICE"),
                tr("PROFILE"), tr("INPUT") } };
            for (const JobRecord &job : jobs)
                rows.append({ job.jobId, jobKindName(job.kind), jobStateName(job.state),
                    format::timestamp(job.submitted), job.serviceName, job.profile,
                    QFileInfo(job.inputFile).fileName() });
            out().text(format::table(rows));
        }
        succeed();
    }
};

} // namespace

std::unique_ptr<Command> createJobCommand(Context &context)
{
    const QString &name = context.invocation().command;
    if (name == u"status" || name == u"wait" || name == u"cancel")
        return std::make_unique<JobCommand>(context);
    if (name == u"jobs")
        return std::make_unique<JobsCommand>(context);
    return nullptr;
}

} // namespace mlr::cli

#include "jobcommands.moc"
