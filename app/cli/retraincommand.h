#pragma once

// The shared part of the `retrain` commands (submit, status, wait, cancel, jobs): the profile,
// the training API key, the journal record of a job, and following a job to its end. The
// commands are in submitcommand.cpp and jobcommands.cpp.

#include "command.h"
#include "ml/besjobmonitor.h"
#include "ml/besjobs.h"
#include "ml/datacheck.h"
#include "ml/jobjournal.h"
#include "profile/profile.h"
#include "secrets/secretjobs.h"

#include <QElapsedTimer>

#include <functional>
#include <memory>
#include <optional>

namespace mlr::cli {

class Output;

class RetrainCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

protected:
    // The profile of --profile (or the last used one); fails the command when unknown.
    bool loadProfile();
    // The training service's API key: $MLR_TRAINING_API_KEY, else the keychain entry of the
    // profile. Calls then(key) or fails the command.
    void readTrainingKey(const QString &profileName, std::function<void(const QString &)> then);
    // The job of the journal, or (not in the journal) one of the profile's training service
    // (m_notJournaled); fails the command and returns nullopt otherwise.
    std::optional<ml::JobRecord> jobRecord(const QString &jobId);
    std::optional<ml::BesEndpoint> endpointFor(const ml::JobRecord &record, const QString &key);
    void printRecord(const ml::JobRecord &record, const ml::BesJobStatus *status = nullptr);
    void saveRecord(const ml::JobRecord &record);

    Profile m_profile;
    bool m_notJournaled = false;

private:
    std::unique_ptr<SecretReadJob> m_keyRead;
};

// Follows a job to its end: notes on stderr, the journal kept up to date, exit code from the
// final state. Used by `wait` and `submit --wait`.
class JobFollower : public QObject
{
    Q_OBJECT

public:
    JobFollower(QNetworkAccessManager *nam, const ml::BesEndpoint &endpoint, const ml::JobRecord &record,
        bool journal, Output &out);
    // Any job whose status `fetch` reads (an Azure ML v2 job: azureml::amlStatusFetch).
    JobFollower(ml::BesJobMonitor::StatusFetch fetch, const ml::JobRecord &record, bool journal, Output &out);

    void start() { m_monitor.start(); }
    const ml::JobRecord &record() const { return m_monitor.record(); }

Q_SIGNALS:
    void finished(const mlr::ml::BesJobStatus &status, const mlr::Error &error);

private:
    ml::BesJobMonitor m_monitor;
    Output &m_out;
    QElapsedTimer m_sinceNote;
    int m_notes = 0;
};

// A job's record as `retrain status` prints it (a table, or the journal's JSON with the
// results of `status` when given).
void printJobRecord(Output &out, const ml::JobRecord &record, const ml::BesJobStatus *status = nullptr);

// Notes each problem of a data check of `file` on stderr; an Error::Input ("nothing was
// uploaded") when it found errors, else no error (and the row count noted).
Error reportDataCheck(Output &out, const ml::DataCheckResult &result, const QString &file);

// Exit after a followed job: succeed() when Finished, else fail() with the Details.
void endWithJob(const ml::JobRecord &record, const ml::BesJobStatus &status,
    const std::function<void()> &succeed, const std::function<void(const Error &)> &fail);

// The commands of submitcommand.cpp and jobcommands.cpp.
std::unique_ptr<Command> createSubmitCommand(Context &context);
std::unique_ptr<Command> createJobCommand(Context &context); // status, wait, cancel, jobs

} // namespace mlr::cli
