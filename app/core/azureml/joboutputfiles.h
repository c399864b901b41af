#pragma once

#include "azureml/amlresources.h"
#include "azureml/datastoreaccess.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <variant>

namespace mlr {
class BlobListJob;
class BlobDownloadJob;
struct BlobInfo;
} // namespace mlr

namespace mlr::azureml {

class WorkspaceGetJob;

// One named output of a job, as its definition says once it has run.
struct JobOutput
{
    QString name;
    QString type; // jobOutputType: uri_folder, uri_file, mlflow_model, ...
    QString uri; // empty when the service gave none
    bool isFile() const; // uri_file: the uri names the file itself, not a folder
};

// A job's properties.outputs with a uri, by name, without the service's "default" output
// (the run's artifact folder). Pure.
QList<JobOutput> jobOutputs(const Job &job);

// azureml://jobs/{job}/outputs/{output}/paths/{path} (reference §5: a job output's path).
struct JobOutputPath
{
    QString job;
    QString output;
    QString path; // below the output, no leading '/'; may be empty
};

// Where a job output's uri points: a datastore path (short or long form, DatastorePath) or
// another job output (JobOutputPath, resolved with that job's outputs); Error::Input for any
// other form (a blob URL, a data asset). Pure.
std::variant<DatastorePath, JobOutputPath, Error> locateOutputUri(const QString &uri);

// The files a job's outputs hold, downloaded.
struct JobFiles
{
    QHash<QString, QString> paths; // wanted file name -> local file (absent: no output has it)
    QHash<QString, QString> outputOf; // wanted file name -> the output it was found in
    QHash<QString, QString> uriOf; // wanted file name -> its azureml://datastores/... uri
    QStringList outputs; // the outputs that were looked into
    QStringList skipped; // outputs that could not be read: "name: reason" (translated)

    QString path(const QString &file) const { return paths.value(file); }
};

// Finds the files named `wanted` (file names: "MLmodel", "metrics.json", "scored.csv") in
// the outputs of a job and downloads them into `directory`: resolves each output's uri to a
// datastore path (following azureml://jobs/... uris through that job, GET once), gets each
// datastore's account and key (DatastoreAccessJob, once per datastore; `known` ones are
// reused), lists the blobs under each output folder (a uri_file output is its one blob) and
// downloads the first blob of each wanted name, outputs taken by name. A file no output
// holds is not an error (absent from JobFiles::paths); an output whose uri cannot be resolved
// is skipped with its reason; a failed request is the Error.
// Contract: start() once; progress(stage, done, total) per file; finished() exactly once,
// always asynchronously; destroying the job cancels it.
class JobFilesJob : public QObject
{
    Q_OBJECT

public:
    JobFilesJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens, WorkspaceTarget target, Job job,
        QStringList wanted, QString directory, QHash<QString, DatastoreAccess> known = {},
        QObject *parent = nullptr);
    ~JobFilesJob() override;

    void start();
    // Every datastore access obtained so far (with `known`), by datastore name.
    QHash<QString, DatastoreAccess> accesses() const { return m_access; }

Q_SIGNALS:
    void progress(const QString &stage, qint64 done, qint64 total);
    void finished(const mlr::azureml::JobFiles &files, const mlr::Error &error);

private:
    struct Folder
    {
        QString output;
        DatastorePath location;
        bool file = false;
    };

    void resolve();
    void nextAccess();
    void nextList();
    void onListed(const Folder &folder, const QList<BlobInfo> &blobs);
    void nextDownload();
    void fail(Error error);
    void finish();

    QNetworkAccessManager *m_nam;
    arm::TokenProvider *m_tokens;
    WorkspaceTarget m_target;
    Job m_job;
    QStringList m_wanted;
    QString m_directory;
    QHash<QString, DatastoreAccess> m_access;
    QHash<QString, QJsonObject> m_jobs; // name (lower case) -> job body, for azureml://jobs/ uris
    QList<Folder> m_folders;
    QList<std::pair<QString, DatastorePath>> m_downloads; // wanted file -> blob
    JobFiles m_files;
    std::unique_ptr<WorkspaceGetJob> m_get;
    std::unique_ptr<DatastoreAccessJob> m_accessJob;
    std::unique_ptr<BlobListJob> m_list;
    std::unique_ptr<BlobDownloadJob> m_download;
    qsizetype m_nextFolder = 0;
    qsizetype m_nextDownload = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace mlr::azureml

Q_DECLARE_METATYPE(mlr::azureml::JobFiles)
