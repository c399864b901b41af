#include "history/history.h"

#include "eval/curves.h"
#include "eval/thresholdindex.h"
#include "http/redaction.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif
#include <cmath>

namespace mlr::history {

namespace {

constexpr QStringView formatName = u"mlretrain-history";

struct KindName
{
    EventKind kind;
    QStringView id;
};
constexpr KindName kindNames[] = {
    { EventKind::Job, u"job" },
    { EventKind::Evaluation, u"evaluation" },
    { EventKind::Update, u"update" },
    { EventKind::Rollback, u"rollback" },
    { EventKind::ServiceCreated, u"service-created" },
    { EventKind::Import, u"import" },
};

// Redacts every string in a variant tree (maps, lists, strings).
QVariant redacted(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return redaction::redact(value.toString());
    case QMetaType::QStringList: {
        QStringList out;
        for (const QString &s : value.toStringList())
            out.append(redaction::redact(s));
        return out;
    }
    case QMetaType::QVariantList: {
        QVariantList out;
        for (const QVariant &v : value.toList())
            out.append(redacted(v));
        return out;
    }
    case QMetaType::QVariantMap: {
        QVariantMap out;
        const QVariantMap in = value.toMap();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), redacted(it.value()));
        return out;
    }
    default:
        return value;
    }
}

QString isoUtc(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString fmt(double v)
{
    return std::isnan(v) ? QStringLiteral("n/a") : QString::number(v, 'g', 6);
}

// Chart points of a model for the report read back from history: the ROC curve (binary, at
// most 60 points) or up to 150 (actual, predicted) pairs (regression); [[x, y], ...].
QVariantList chartPoints(eval::Task task, const eval::ScoredRows &rows)
{
    QVariantList out;
    if (rows.rowCount() == 0)
        return out;
    if (task == eval::Task::Binary) {
        for (const eval::CurvePoint &p : eval::computeCurves(eval::ThresholdIndex(rows), 60).roc)
            out.append(QVariant(QVariantList { p.x, p.y }));
    } else if (task == eval::Task::Regression) {
        const size_t n = std::min(rows.labels.size(), rows.scores.size());
        const size_t step = std::max<size_t>(1, n / 150);
        for (size_t i = 0; i < n; i += step) {
            if (!std::isnan(rows.labels[i]) && !std::isnan(rows.scores[i]))
                out.append(QVariant(QVariantList { rows.labels[i], rows.scores[i] }));
        }
    }
    return out;
}

} // namespace

QString eventKindId(EventKind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return k.id.toString();
    }
    return QString();
}

std::optional<EventKind> eventKindFromId(const QString &id)
{
    for (const KindName &k : kindNames) {
        if (k.id == id)
            return k.kind;
    }
    return std::nullopt;
}

QString eventKindText(EventKind kind)
{
    switch (kind) {
    case EventKind::Job:
        return HistoryStore::tr("retraining job");
    case EventKind::Evaluation:
        return HistoryStore::tr("evaluation");
    case EventKind::Update:
        return HistoryStore::tr("update");
    case EventKind::Rollback:
        return HistoryStore::tr("rollback");
    case EventKind::ServiceCreated:
        return HistoryStore::tr("service created");
    case EventKind::Import:
        return HistoryStore::tr("import");
    }
    return QString();
}

QString currentUserName()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    // Services, containers and sudo may not set the variables: ask the user database.
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return QStringLiteral("unknown");
}

QJsonObject eventToJson(const Event &event)
{
    return QJsonObject { { QStringLiteral("id"), event.id },
        { QStringLiteral("kind"), eventKindId(event.kind) }, { QStringLiteral("when"), isoUtc(event.when) },
        { QStringLiteral("who"), event.who }, { QStringLiteral("profile"), event.profile },
        { QStringLiteral("service"), event.service }, { QStringLiteral("jobId"), event.jobId },
        { QStringLiteral("summary"), event.summary },
        { QStringLiteral("details"), QJsonObject::fromVariantMap(event.details) } };
}

std::optional<Event> eventFromJson(const QJsonObject &o)
{
    const auto kind = eventKindFromId(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return std::nullopt;
    Event e;
    e.kind = *kind;
    e.id = o.value(QStringLiteral("id")).toString();
    e.when = QDateTime::fromString(o.value(QStringLiteral("when")).toString(), Qt::ISODateWithMs).toUTC();
    e.who = o.value(QStringLiteral("who")).toString();
    e.profile = o.value(QStringLiteral("profile")).toString();
    e.service = o.value(QStringLiteral("service")).toString();
    e.jobId = o.value(QStringLiteral("jobId")).toString();
    e.summary = o.value(QStringLiteral("summary")).toString();
    e.details = o.value(QStringLiteral("details")).toObject().toVariantMap();
    return e;
}

HistoryStore::HistoryStore(QString directory)
    : m_directory(directory.isEmpty() ? ml::JobJournal().directory() : std::move(directory))
{ }

QString HistoryStore::filePath() const
{
    return m_directory + QStringLiteral("/history.json");
}

QList<Event> HistoryStore::ownEvents() const
{
    m_loadError.clear();
    QFile file(filePath());
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = tr("The history %1 cannot be read: %2").arg(filePath(), file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || doc.object().value(QStringLiteral("format")).toString() != formatName) {
        m_loadError = tr("The history %1 is not a history file (%2).")
                          .arg(filePath(),
                              parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                           : tr("unexpected content"));
        return {};
    }
    QList<Event> out;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("events")).toArray()) {
        if (auto e = eventFromJson(v.toObject()))
            out.append(*e);
    }
    return out;
}

Error HistoryStore::append(const Event &event, Event *stored)
{
    if (!QDir().mkpath(m_directory))
        return Error::input(tr("The folder %1 for the history cannot be created.").arg(m_directory));
    Event e = event;
    if (e.id.isEmpty())
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!e.when.isValid())
        e.when = QDateTime::currentDateTimeUtc();
    e.when = e.when.toUTC();
    if (e.who.isEmpty())
        e.who = currentUserName();
    e.summary = redaction::redact(e.summary);
    e.details = redacted(e.details).toMap();

    // Serialise writers across processes; a crashed writer's lock is taken over after 30 s.
    QLockFile lock(filePath() + QStringLiteral(".lock"));
    lock.setStaleLockTime(30'000);
    const bool locked = lock.tryLock(2000); // write anyway when it cannot be had: losing an event is worse
    Q_UNUSED(locked);
    QList<Event> all = ownEvents(); // re-read: another process may have written since
    if (!m_loadError.isEmpty() && QFile::exists(filePath())) {
        const QString aside = filePath() + QStringLiteral(".corrupt-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QFile::rename(filePath(), aside);
    }
    all.append(e);
    QJsonArray array;
    for (const Event &x : std::as_const(all))
        array.append(eventToJson(x));
    const QJsonObject root { { QStringLiteral("format"), formatName.toString() },
        { QStringLiteral("version"), 1 }, { QStringLiteral("events"), array } };
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return Error::input(tr("The history %1 cannot be written: %2").arg(filePath(), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error::input(tr("The history %1 cannot be written: %2").arg(filePath(), file.errorString()));
    if (stored)
        *stored = e;
    return {};
}

QList<Event> HistoryStore::events() const
{
    QList<Event> all = ownEvents();
    const QString ownError = m_loadError;
    for (const ml::JobRecord &job : ml::JobJournal(m_directory).jobs())
        all.append(jobEvent(job));
    m_loadError = ownError;
    std::stable_sort(all.begin(), all.end(), [](const Event &a, const Event &b) { return a.when > b.when; });
    return all;
}

std::optional<Event> HistoryStore::lastEvaluation(const QString &jobId) const
{
    std::optional<Event> best;
    for (const Event &e : ownEvents()) {
        if (e.kind == EventKind::Evaluation && e.jobId == jobId && (!best || e.when >= best->when))
            best = e;
    }
    return best;
}

Event jobEvent(const ml::JobRecord &job)
{
    Event e;
    e.id = QStringLiteral("job:") + job.jobId;
    e.kind = EventKind::Job;
    e.when = job.submitted.isValid() ? job.submitted.toUTC() : job.started.toUTC();
    e.profile = job.profile;
    e.service = job.serviceName;
    e.jobId = job.jobId;
    e.summary = HistoryStore::tr("Retraining job %1 on %2: %3")
                    .arg(job.jobId, job.serviceName, ml::jobStateText(job.state));
    e.details = ml::JobJournal::toJson(job).toVariantMap();
    e.details.insert(QStringLiteral("state"), ml::jobStateName(job.state));
    return e;
}

Event evaluationEvent(
    const QString &profile, const ml::JobRecord &job, const eval::Comparison &c, const eval::GateVerdict &v)
{
    Event e;
    e.kind = EventKind::Evaluation;
    e.when = QDateTime::currentDateTimeUtc();
    e.profile = profile;
    e.service = job.serviceName;
    e.jobId = job.jobId;
    e.summary = (v.passed ? HistoryStore::tr("Gate passed: %1") : HistoryStore::tr("Gate failed: %1"))
                    .arg(v.summary);
    QVariantList metrics;
    for (const eval::MetricRow &m : c.metrics) {
        metrics.append(QVariantMap { { QStringLiteral("metric"), m.metric },
            { QStringLiteral("new"), fmt(m.challenger) }, { QStringLiteral("current"), fmt(m.champion) },
            { QStringLiteral("delta"), fmt(m.delta) },
            { QStringLiteral("higherIsBetter"), m.higherIsBetter } });
    }
    QVariantList checks;
    QStringList reasons;
    for (const eval::GateCheck &check : v.checks) {
        reasons.append(check.reason);
        checks.append(QVariantMap { { QStringLiteral("metric"), check.rule.metric },
            { QStringLiteral("applicable"), check.applicable }, { QStringLiteral("passed"), check.passed },
            { QStringLiteral("observed"), fmt(check.observed) },
            { QStringLiteral("reason"), check.reason } });
    }
    e.details
        = QVariantMap { { QStringLiteral("passed"), v.passed }, { QStringLiteral("verdict"), v.summary },
              { QStringLiteral("reasons"), reasons }, { QStringLiteral("checks"), checks },
              { QStringLiteral("metrics"), metrics }, { QStringLiteral("task"), eval::taskId(c.task) } };
    e.details.insert(QStringLiteral("chartNew"), chartPoints(c.task, c.challenger));
    e.details.insert(QStringLiteral("chartCurrent"), chartPoints(c.task, c.champion));
    return e;
}

Event updateEvent(const QString &profile, const arm::ModelUpdateResult &r, bool rollback)
{
    Event e;
    e.kind = rollback ? EventKind::Rollback : EventKind::Update;
    e.when = r.ended.isValid() ? r.ended.toUTC() : QDateTime::currentDateTimeUtc();
    e.profile = profile;
    e.service = r.serviceName;
    const QString what = rollback ? HistoryStore::tr("Rollback of %1").arg(r.serviceName)
                                  : HistoryStore::tr("Update of %1").arg(r.serviceName);
    e.summary = QStringLiteral("%1: %2").arg(
        what, r.stateText.isEmpty() ? arm::serviceStateName(r.state) : r.stateText);
    QStringList diff;
    const QString formatted = arm::formatDiff(r.diff);
    if (!r.diff.isEmpty())
        diff = formatted.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    e.details = QVariantMap { { QStringLiteral("state"), arm::serviceStateName(r.state) },
        { QStringLiteral("stateText"), r.stateText }, { QStringLiteral("oldUri"), r.oldUri },
        { QStringLiteral("newUri"), r.newUri }, { QStringLiteral("verifiedUri"), r.verifiedUri },
        { QStringLiteral("backupFile"), r.backupFile }, { QStringLiteral("assetId"), r.assetId },
        { QStringLiteral("assetName"), r.assetName }, { QStringLiteral("diff"), diff },
        { QStringLiteral("refusals"), r.guard.refusals }, { QStringLiteral("warnings"), r.guard.warnings },
        { QStringLiteral("operation"), r.operation.final.status },
        { QStringLiteral("started"), isoUtc(r.started) }, { QStringLiteral("ended"), isoUtc(r.ended) } };
    return e;
}

void appendInBackground(
    const Event &event, QObject *context, std::function<void(const Error &)> done, const QString &directory)
{
    auto *watcher = new QFutureWatcher<Error>(context);
    QObject::connect(watcher, &QFutureWatcher<Error>::finished, watcher, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        if (done)
            done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([event, directory] { return HistoryStore(directory).append(event); }));
}

} // namespace mlr::history
