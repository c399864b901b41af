#include "ml/jobjournal.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace mlr::ml {

namespace {

constexpr QStringView stateNames[]
    = { u"NotStarted", u"Running", u"Failed", u"Cancelled", u"Finished", u"Unknown" };

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonObject urlMap(const QMap<QString, QUrl> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), QString::fromUtf8(it.value().toEncoded()));
    return o;
}

QMap<QString, QUrl> parseUrlMap(const QJsonValue &value)
{
    QMap<QString, QUrl> map;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), QUrl::fromEncoded(it.value().toString().toUtf8()));
    return map;
}

QString defaultDirectory()
{
    const QString env = qEnvironmentVariable("MLR_DATA_DIR");
    if (!env.isEmpty())
        return env;
    // Not AppDataLocation: it differs between the GUI ("mlretrain/mlretrain") and the CLI
    // ("mlretrain-cli"), and both must share one journal.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/mlretrain");
}

constexpr QStringView formatName = u"mlretrain-job-journal";

} // namespace

bool isTerminal(JobState state)
{
    return state == JobState::Finished || state == JobState::Failed || state == JobState::Cancelled;
}

QString jobStateName(JobState state)
{
    return stateNames[int(state)].toString();
}

JobState jobStateFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(stateNames)); ++i)
        if (name.compare(stateNames[i], Qt::CaseInsensitive) == 0)
            return JobState(i);
    return JobState::Unknown;
}

QString jobStateText(JobState state)
{
    switch (state) {
    case JobState::NotStarted:
        return JobJournal::tr("not started");
    case JobState::Running:
        return JobJournal::tr("running");
    case JobState::Failed:
        return JobJournal::tr("failed");
    case JobState::Cancelled:
        return JobJournal::tr("cancelled");
    case JobState::Finished:
        return JobJournal::tr("finished");
    case JobState::Unknown:
        break;
    }
    return JobJournal::tr("unknown");
}

JobJournal::JobJournal(QString directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{ }

QString jobKindName(JobKind kind)
{
    return kind == JobKind::AzureMl ? QStringLiteral("azureml") : QStringLiteral("bes");
}

QString JobJournal::filePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("jobs.json"));
}

QJsonObject JobJournal::toJson(const JobRecord &job)
{
    QJsonObject roles;
    for (auto it = job.roles.begin(); it != job.roles.end(); ++it)
        roles.insert(it.key(), it.value());
    return QJsonObject {
        { QStringLiteral("kind"), jobKindName(job.kind) },
        { QStringLiteral("jobId"), job.jobId },
        { QStringLiteral("profile"), job.profile },
        { QStringLiteral("serviceName"), job.serviceName },
        { QStringLiteral("batchUrl"), QString::fromUtf8(job.batchUrl.toEncoded()) },
        { QStringLiteral("inputFile"), job.inputFile },
        { QStringLiteral("inputs"), urlMap(job.inputs) },
        { QStringLiteral("outputs"), urlMap(job.outputs) },
        { QStringLiteral("roles"), roles },
        { QStringLiteral("parameters"), QJsonObject::fromVariantMap(job.parameters) },
        { QStringLiteral("submitted"), isoTime(job.submitted) },
        { QStringLiteral("started"), isoTime(job.started) },
        { QStringLiteral("ended"), isoTime(job.ended) },
        { QStringLiteral("state"), jobStateName(job.state) },
        { QStringLiteral("details"), job.details },
    };
}

std::optional<JobRecord> JobJournal::fromJson(const QJsonObject &o)
{
    JobRecord job;
    job.jobId = o.value(QStringLiteral("jobId")).toString();
    if (job.jobId.isEmpty())
        return std::nullopt;
    job.kind = o.value(QStringLiteral("kind")).toString() == jobKindName(JobKind::AzureMl) ? JobKind::AzureMl
                                                                                           : JobKind::Bes;
    job.profile = o.value(QStringLiteral("profile")).toString();
    job.serviceName = o.value(QStringLiteral("serviceName")).toString();
    job.batchUrl = QUrl::fromEncoded(o.value(QStringLiteral("batchUrl")).toString().toUtf8());
    job.inputFile = o.value(QStringLiteral("inputFile")).toString();
    job.inputs = parseUrlMap(o.value(QStringLiteral("inputs")));
    job.outputs = parseUrlMap(o.value(QStringLiteral("outputs")));
    const QJsonObject roles = o.value(QStringLiteral("roles")).toObject();
    for (auto it = roles.begin(); it != roles.end(); ++it)
        job.roles.insert(it.key(), it.value().toString());
    job.parameters = o.value(QStringLiteral("parameters")).toObject().toVariantMap();
    job.submitted = parseTime(o.value(QStringLiteral("submitted")));
    job.started = parseTime(o.value(QStringLiteral("started")));
    job.ended = parseTime(o.value(QStringLiteral("ended")));
    job.state = jobStateFromName(o.value(QStringLiteral("state")).toString());
    job.details = o.value(QStringLiteral("details")).toString();
    return job;
}

QList<JobRecord> JobJournal::jobs() const
{
    m_loadError.clear();
    QFile file(filePath());
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = tr("The job journal %1 cannot be read: %2").arg(filePath(), file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != formatName) {
        m_loadError
            = tr("The job journal %1 is not a job journal (%2).")
                  .arg(filePath(), parseError.error ? parseError.errorString() : tr("unexpected content"));
        return {};
    }
    QList<JobRecord> result;
    const QJsonArray array = doc.object().value(QStringLiteral("jobs")).toArray();
    for (const QJsonValue &value : array) {
        if (std::optional<JobRecord> job = fromJson(value.toObject()))
            result.append(*job);
    }
    return result;
}

std::optional<JobRecord> JobJournal::find(const QString &jobId) const
{
    for (const JobRecord &job : jobs())
        if (job.jobId == jobId)
            return job;
    return std::nullopt;
}

QList<JobRecord> JobJournal::unfinished() const
{
    QList<JobRecord> result;
    for (const JobRecord &job : jobs())
        if (!isTerminal(job.state))
            result.append(job);
    return result;
}

Error JobJournal::record(const JobRecord &job)
{
    if (job.jobId.isEmpty())
        return Error::input(tr("A job without an id cannot be recorded."));
    if (!QDir().mkpath(m_directory))
        return Error::input(tr("The folder %1 for the job journal cannot be created.").arg(m_directory));
    // Serialise writers across processes (briefly: a small file is read and written while
    // the lock is held); a stale lock of a crashed process is taken over by QLockFile.
    QLockFile lock(filePath() + QStringLiteral(".lock"));
    lock.setStaleLockTime(10'000);
    const bool locked = lock.tryLock(500); // write anyway when it cannot be had: losing a job is worse
    Q_UNUSED(locked);
    // Re-read first: another process may have recorded a job since we last looked.
    QList<JobRecord> all = jobs();
    if (!m_loadError.isEmpty() && QFile::exists(filePath())) {
        // Keep the unreadable file for the user instead of overwriting it.
        const QString aside = filePath() + QStringLiteral(".corrupt-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QFile::rename(filePath(), aside);
    }
    bool replaced = false;
    for (JobRecord &existing : all) {
        if (existing.jobId == job.jobId) {
            existing = job;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(job);
    QJsonArray array;
    for (const JobRecord &j : std::as_const(all))
        array.append(toJson(j));
    const QJsonObject root { { QStringLiteral("format"), formatName.toString() },
        { QStringLiteral("version"), 1 }, { QStringLiteral("jobs"), array } };
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return Error::input(
            tr("The job journal %1 cannot be written: %2").arg(filePath(), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error::input(
            tr("The job journal %1 cannot be written: %2").arg(filePath(), file.errorString()));
    return {};
}

void recordInBackground(
    const JobRecord &job, const QString &directory, QObject *context, std::function<void(const Error &)> done)
{
    // One thread: the records of this process reach the file in the order they were asked for.
    static QThreadPool *writer = [] {
        auto *pool = new QThreadPool(QCoreApplication::instance());
        pool->setMaxThreadCount(1);
        return pool;
    }();
    auto *watcher = new QFutureWatcher<Error>(context);
    QObject::connect(watcher, &QFutureWatcher<Error>::finished, watcher, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        if (done)
            done(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run(writer, [job, directory] { return JobJournal(directory).record(job); }));
}

} // namespace mlr::ml
