#include "azureml/joboutputfiles.h"

#include "azureml/amlget.h"
#include "storage/blobservice.h"

#include <QDir>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mlr::azureml {

namespace {

constexpr int maxJobHops = 4; // azureml://jobs/ uris followed from job to job at most

QString folderPrefix(const DatastorePath &where, bool file)
{
    QString prefix = where.path;
    if (!file && !prefix.isEmpty() && !prefix.endsWith(u'/'))
        prefix += u'/';
    return prefix;
}

QString safeName(QString text)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_s);
    return text.replace(unsafe, u"_"_s);
}

} // namespace

bool JobOutput::isFile() const
{
    return type.compare(u"uri_file"_s, Qt::CaseInsensitive) == 0
        || type.compare(u"UriFile"_s, Qt::CaseInsensitive) == 0;
}

QList<JobOutput> jobOutputs(const Job &job)
{
    QList<JobOutput> out;
    const QJsonObject outputs = job.raw[u"properties"_s][u"outputs"_s].toObject();
    for (auto it = outputs.begin(); it != outputs.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const QString uri = o[u"uri"_s].toString();
        if (it.key() == u"default"_s || uri.isEmpty())
            continue;
        out.append({ it.key(), o[u"jobOutputType"_s].toString(), uri });
    }
    return out;
}

std::variant<DatastorePath, JobOutputPath, Error> locateOutputUri(const QString &uri)
{
    if (const auto path = parseDatastoreUri(uri))
        return *path;
    static const QRegularExpression jobForm(u"^azureml://jobs/([^/]+)/outputs/([^/]+)(?:/paths/?(.*))?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = jobForm.match(uri); m.hasMatch())
        return JobOutputPath { m.captured(1), m.captured(2), m.captured(3) };
    return Error::input(QCoreApplication::translate("mlr::azureml",
        "its uri %1 is not a datastore path (azureml://datastores/.../paths/...) or a job output")
                            .arg(uri));
}

JobFilesJob::JobFilesJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens, WorkspaceTarget target,
    Job job, QStringList wanted, QString directory, QHash<QString, DatastoreAccess> known, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_target(std::move(target))
    , m_job(std::move(job))
    , m_wanted(std::move(wanted))
    , m_directory(std::move(directory))
    , m_access(std::move(known))
{ }

JobFilesJob::~JobFilesJob() = default;

void JobFilesJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_jobs.insert(m_job.name.toLower(), m_job.raw);
    QTimer::singleShot(0, this, [this] { resolve(); });
}

// Every output to a datastore path; a job another job's uri names is fetched first (then
// this runs again).
void JobFilesJob::resolve()
{
    m_folders.clear();
    m_files.skipped.clear();
    m_files.outputs.clear();
    for (const JobOutput &output : jobOutputs(m_job)) {
        QString uri = output.uri;
        for (int hop = 0;; ++hop) {
            auto where = locateOutputUri(uri);
            if (const auto *path = std::get_if<DatastorePath>(&where)) {
                m_folders.append({ output.name, *path, output.isFile() });
                break;
            }
            if (const auto *error = std::get_if<Error>(&where)) {
                m_files.skipped << output.name + u": "_s + error->message();
                break;
            }
            const auto &ref = std::get<JobOutputPath>(where);
            const auto body = m_jobs.constFind(ref.job.toLower());
            if (body == m_jobs.cend()) {
                m_get = std::make_unique<WorkspaceGetJob>(m_nam, m_tokens, m_target, u"/jobs/"_s + ref.job,
                    WorkspaceGetJob::Kind::One,
                    tr("Reading job %1, whose output job %2 names").arg(ref.job, m_job.name));
                connect(m_get.get(), &WorkspaceGetJob::finished, this,
                    [this, name = ref.job](const QJsonObject &job, const Error &error) {
                        m_get.release()->deleteLater();
                        if (error)
                            return fail(error);
                        m_jobs.insert(name.toLower(), job);
                        resolve();
                    });
                m_get->start();
                return;
            }
            QString base = (*body)[u"properties"_s][u"outputs"_s][ref.output][u"uri"_s].toString();
            if (base.isEmpty() || hop >= maxJobHops) {
                m_files.skipped
                    << tr("%1: job %2 has no output %3 to read").arg(output.name, ref.job, ref.output);
                break;
            }
            if (!ref.path.isEmpty() && !base.endsWith(u'/'))
                base += u'/';
            uri = base + ref.path;
        }
    }
    for (const Folder &f : std::as_const(m_folders))
        m_files.outputs << f.output;
    nextAccess();
}

void JobFilesJob::nextAccess()
{
    for (const Folder &f : std::as_const(m_folders)) {
        if (m_access.contains(f.location.datastore.toLower()))
            continue;
        m_accessJob = std::make_unique<DatastoreAccessJob>(m_nam, m_tokens, m_target, f.location.datastore);
        connect(m_accessJob.get(), &DatastoreAccessJob::finished, this,
            [this, name = f.location.datastore](const DatastoreAccess &access, const Error &error) {
                m_accessJob.release()->deleteLater();
                if (error)
                    return fail(error);
                m_access.insert(name.toLower(), access);
                nextAccess();
            });
        m_accessJob->start();
        return;
    }
    nextList();
}

void JobFilesJob::nextList()
{
    if (m_nextFolder >= m_folders.size()) {
        nextDownload();
        return;
    }
    const Folder folder = m_folders[m_nextFolder++];
    const DatastoreAccess &access = m_access[folder.location.datastore.toLower()];
    Q_EMIT progress(tr("Looking into output %1 of job %2").arg(folder.output, m_job.name), m_nextFolder - 1,
        m_folders.size());
    BlobService service(m_nam, access.account);
    m_list.reset(service.listBlobs(access.container, folderPrefix(folder.location, folder.file), nullptr));
    connect(m_list.get(), &BlobListJob::finished, this,
        [this, folder](const QList<BlobInfo> &blobs, const Error &error) {
            m_list.release()->deleteLater();
            if (error)
                return fail(error);
            onListed(folder, blobs);
            nextList();
        });
    m_list->start();
}

// Picks, per wanted name, the first output's blob of that name (the shallowest one of the
// output when it has several).
void JobFilesJob::onListed(const Folder &folder, const QList<BlobInfo> &blobs)
{
    const QString prefix = folderPrefix(folder.location, folder.file);
    for (const QString &wanted : std::as_const(m_wanted)) {
        if (m_files.outputOf.contains(wanted) && m_files.outputOf.value(wanted) != folder.output)
            continue;
        for (const BlobInfo &blob : blobs) {
            if ((folder.file && blob.name != prefix)
                || blob.name.section(u'/', -1).compare(wanted, Qt::CaseInsensitive) != 0)
                continue;
            auto chosen = std::find_if(m_downloads.begin(), m_downloads.end(),
                [&wanted](const auto &d) { return d.first == wanted; });
            if (chosen != m_downloads.end() && chosen->second.path.count(u'/') <= blob.name.count(u'/'))
                continue;
            const DatastorePath where { folder.location.datastore, blob.name };
            if (chosen != m_downloads.end())
                chosen->second = where;
            else
                m_downloads.append({ wanted, where });
            m_files.outputOf.insert(wanted, folder.output);
            m_files.uriOf.insert(wanted, datastoreUri(where.datastore, where.path));
        }
    }
}

void JobFilesJob::nextDownload()
{
    if (m_nextDownload >= m_downloads.size())
        return finish();
    const auto [wanted, where] = m_downloads[m_nextDownload++];
    const DatastoreAccess &access = m_access[where.datastore.toLower()];
    const QString local = QDir(m_directory)
                              .filePath(safeName(m_job.name) + u'-' + safeName(m_files.outputOf.value(wanted))
                                  + u'-' + safeName(wanted));
    const QString stage = tr("Downloading %1 of job %2").arg(wanted, m_job.name);
    BlobService service(m_nam, access.account);
    m_download.reset(service.download(access.container, where.path, local, nullptr));
    connect(m_download.get(), &BlobDownloadJob::progress, this,
        [this, stage](const TransferProgress &p) { Q_EMIT progress(stage, p.bytesDone, p.bytesTotal); });
    connect(m_download.get(), &BlobDownloadJob::finished, this,
        [this, wanted, local](const DownloadResult &, const Error &error) {
            m_download.release()->deleteLater();
            if (error)
                return fail(error);
            m_files.paths.insert(wanted, local);
            nextDownload();
        });
    m_download->start();
}

void JobFilesJob::fail(Error error)
{
    if (m_finished)
        return;
    m_finished = true;
    error.context = error.context.isEmpty()
        ? tr("Reading the outputs of job %1").arg(m_job.name)
        : tr("Reading the outputs of job %1 (%2)").arg(m_job.name, error.context);
    Q_EMIT finished({}, error);
}

void JobFilesJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(m_files, {});
}

} // namespace mlr::azureml
