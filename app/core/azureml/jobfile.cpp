#include "azureml/jobfile.h"

#include "azureml/jobyaml.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace mlr::azureml {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mlr::azureml", text);
}
} // namespace

std::optional<Job> readJobFile(const QString &path, Error *error, const QString &workspaceId)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Error::input(tr("The job file '%1' cannot be read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    const QByteArray content = file.read(16 << 20);
    const QString suffix = QFileInfo(path).suffix().toLower();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(content, &parseError);
    const bool yaml = suffix == u"yml" || suffix == u"yaml" || (suffix != u"json" && !doc.isObject());
    if (yaml) {
        QString name = QFileInfo(path).completeBaseName();
        std::optional<QJsonObject> p = jobPropertiesFromYaml(content, path, error, workspaceId, &name);
        if (!p)
            return std::nullopt;
        p->insert(QStringLiteral("status"), QStringLiteral("NotStarted")); // a definition, never run
        return parseJob(
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("properties"), *p } }, error);
    }
    if (!doc.isObject()) {
        *error = Error::input(tr("The job file '%1' is not a JSON object (%2); give the JSON of GET "
                                 "jobs/{name} or its \"properties\".")
                                  .arg(path, parseError.errorString()));
        return std::nullopt;
    }
    QJsonObject body = doc.object();
    if (!body.contains(QStringLiteral("properties")))
        body = QJsonObject { { QStringLiteral("name"), QFileInfo(path).completeBaseName() },
            { QStringLiteral("properties"), body } };
    std::optional<Job> job = parseJob(body, error);
    if (!job)
        error->withContext(tr("Reading the job file '%1'").arg(path));
    return job;
}

} // namespace mlr::azureml
