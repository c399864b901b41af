#include "arm/modelupdate.h"

#include "arm/definitionfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace mlr::arm {

namespace {

// lupdate files the tr("...") calls of this namespace-level helper under the namespace's
// context ("mlr::arm"), so that is the context to look them up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("mlr::arm", text);
}

QString canonicalUri(const QString &uri)
{
    QUrl url(uri);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    return QUrl::fromPercentEncoding(url.toEncoded());
}

} // namespace

bool sameModelUri(const QString &a, const QString &b)
{
    return canonicalUri(a) == canonicalUri(b);
}

UpdateGuard checkModelUpdate(const QJsonObject &service, const QUrl &newUri, const QString &assetId)
{
    UpdateGuard guard;
    const QJsonObject p = service.value(QStringLiteral("properties")).toObject();
    const QString name = service.value(QStringLiteral("name")).toString();
    const QList<TrainedModelAsset> models = trainedModelAssets(service);
    if (outputsTrainedModel(service))
        guard.refusals.append(
            tr("'%1' is a training (retraining) web service: its outputs include a trained model. "
               "Update its predictive web service instead.")
                .arg(name));
    else if (models.isEmpty())
        guard.refusals.append(
            tr("'%1' has no [trained model] asset, so there is no model to replace. Is it the "
               "predictive web service?")
                .arg(name));
    if (p.value(QStringLiteral("readOnly")).toBool())
        guard.refusals.append(tr("'%1' is read-only: it can no longer be updated, only deleted.").arg(name));
    if (p.value(QStringLiteral("payloadsInBlobStorage")).toBool())
        guard.refusals.append(
            tr("'%1' keeps its definition in blob storage (payloadsInBlobStorage), which this "
               "tool cannot edit.")
                .arg(name));
    const QString state = p.value(QStringLiteral("provisioningState")).toString();
    if (state.compare(u"Provisioning", Qt::CaseInsensitive) == 0)
        guard.refusals.append(
            tr("An operation on '%1' is still running (Provisioning); try again when it has "
               "finished.")
                .arg(name));
    else if (state.compare(u"Failed", Qt::CaseInsensitive) == 0)
        guard.warnings.append(tr("The last operation on '%1' failed (state Failed).").arg(name));

    if (!assetId.isEmpty()) {
        const auto it = std::find_if(
            models.begin(), models.end(), [&](const TrainedModelAsset &m) { return m.assetId == assetId; });
        if (it == models.end() && !models.isEmpty())
            guard.refusals.append(tr("'%1' has no trained model asset '%2'.").arg(name, assetId));
        else if (it != models.end())
            guard.asset = *it;
    } else if (models.size() > 1) {
        QStringList ids;
        for (const TrainedModelAsset &m : models)
            ids.append(QStringLiteral("%1 (%2)").arg(m.assetId, m.name));
        guard.refusals.append(tr("'%1' has %2 trained model assets: choose one of %3.")
                                  .arg(name)
                                  .arg(models.size())
                                  .arg(ids.join(QStringLiteral(", "))));
    } else if (models.size() == 1) {
        guard.asset = models.first();
    }

    const QString scheme = newUri.scheme().toLower();
    if (!newUri.isValid() || newUri.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        guard.refusals.append(tr("The new model location '%1' is not an http(s) blob URL.")
                                  .arg(newUri.toString(QUrl::RemoveQuery)));
    else if (!newUri.path().endsWith(QStringLiteral(".ilearner"), Qt::CaseInsensitive))
        guard.refusals.append(tr("The new model location '%1' is not an .ilearner trained model.")
                                  .arg(newUri.toString(QUrl::RemoveQuery)));
    else {
        const QString modelAccount = storageAccountOfBlobUrl(newUri);
        const QString serviceAccount = serviceStorageAccount(service);
        if (!serviceAccount.isEmpty() && modelAccount.compare(serviceAccount, Qt::CaseInsensitive) != 0)
            guard.warnings.append(
                tr("The new model is in storage account '%1', but the web service uses '%2': the "
                   "service may not be able to read it.")
                    .arg(modelAccount, serviceAccount));
        if (!guard.asset.assetId.isEmpty() && sameModelUri(guard.asset.uri, newUri.toString()))
            guard.warnings.append(tr("The asset already points at this model."));
    }
    return guard;
}

QString backupFileName(const QString &serviceName, const QDateTime &utc)
{
    QString safe = serviceName;
    for (QChar &c : safe)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    return safe + u'-' + utc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))
        + QStringLiteral("Z.json");
}

QString writeBackupFile(
    const QString &directory, const QString &fileName, const QByteArray &bytes, Error *error)
{
    const auto fail = [&](const QString &path, const QString &why) {
        if (error)
            *error = Error::input(
                tr("The backup of the definition could not be written to %1: %2").arg(path, why));
        return QString();
    };
    if (directory.isEmpty())
        return fail(QStringLiteral("(no folder)"), tr("no backup folder was given."));
    if (!QDir().mkpath(directory))
        return fail(directory, tr("the folder cannot be created."));
    const QString path = QDir(directory).filePath(fileName);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit())
        return fail(path, file.errorString());
    return path;
}

QString writeBackup(const QString &directory, const QString &serviceName, const QJsonObject &service,
    const QDateTime &utc, Error *error)
{
    return writeBackupFile(directory, backupFileName(serviceName, utc), exportDefinition(service), error);
}

QStringList listBackups(const QString &directory, const QString &serviceName)
{
    QString safe = backupFileName(serviceName, QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    safe.chop(QStringLiteral("19700101-000000-000Z.json").size());
    QStringList files = QDir(directory).entryList(
        { safe + QStringLiteral("*Z.json") }, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &f : files)
        f = QDir(directory).filePath(f);
    return files;
}

QString backupModelUri(const QString &backupFile, const QString &assetId, Error *error)
{
    QFile file(backupFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Error::input(tr("The backup %1 cannot be read: %2").arg(backupFile, file.errorString()));
        return {};
    }
    const auto imported = importDefinition(file.readAll(), backupFile, error);
    if (!imported)
        return {};
    const QList<TrainedModelAsset> models = trainedModelAssets(imported->definition);
    for (const TrainedModelAsset &m : models)
        if (m.assetId == assetId || (assetId.isEmpty() && models.size() == 1))
            return m.uri;
    if (error)
        *error = Error::input(models.isEmpty()
                ? tr("The backup %1 has no [trained model] asset.").arg(backupFile)
                : tr("The backup %1 has no single trained model asset to restore; "
                     "name the asset.")
                      .arg(backupFile));
    return {};
}

} // namespace mlr::arm
