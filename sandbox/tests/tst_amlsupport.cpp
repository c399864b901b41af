#include "tst_amlsupport.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mlr::test {

bool AmlClient::open(const QJsonObject &section, QString *why)
{
    demo = section;
    if (!trustCaFile(demo[u"caFile"_s].toString())) {
        *why = u"no CA certificate in "_s + demo[u"caFile"_s].toString();
        return false;
    }
    token = demoToken(demo);
    if (token.isEmpty())
        *why = u"no token from the login surface"_s;
    return !token.isEmpty();
}

QString AmlClient::workspaceUrl() const
{
    return u"%1/subscriptions/%2/resourceGroups/%3/providers/Microsoft.MachineLearningServices/workspaces/%4"_s
        .arg(demo[u"armUrl"_s].toString(), demo[u"subscriptionId"_s].toString(),
            demo[u"resourceGroup"_s].toString(), demo[u"workspace"_s].toString());
}

QString AmlClient::url(const QString &path) const
{
    return workspaceUrl() + path + (path.contains(u'?') ? u"&"_s : u"?"_s) + u"api-version=2022-10-01"_s;
}

HttpResult AmlClient::get(const QString &path)
{
    return http("GET", QUrl(url(path)), {}, bearer(token));
}

HttpResult AmlClient::put(const QString &path, const QJsonObject &body)
{
    return httpJson("PUT", QUrl(url(path)), body, bearer(token));
}

HttpResult AmlClient::post(const QString &path, const QJsonObject &body)
{
    return httpJson("POST", QUrl(url(path)), body, bearer(token));
}

HttpResult AmlClient::del(const QString &path)
{
    return http("DELETE", QUrl(url(path)), {}, bearer(token));
}

QJsonObject AmlClient::waitOperation(const HttpResult &started, int timeoutMs)
{
    const QUrl status(QString::fromUtf8(started.header("Azure-AsyncOperation")));
    QJsonObject last;
    (void)QTest::qWaitFor(
        [&] {
            last = http("GET", status, {}, bearer(token)).json();
            if (last.value(u"status"_s).toString() == u"Updating"_s) {
                QTest::qWait(100);
                return false;
            }
            return true;
        },
        timeoutMs);
    return last;
}

QJsonObject AmlClient::waitJob(const QString &name, int timeoutMs)
{
    QJsonObject last;
    (void)QTest::qWaitFor(
        [&] {
            last = get(u"/jobs/"_s + name).json();
            const QString status = last[u"properties"_s][u"status"_s].toString();
            if (status == u"Completed"_s || status == u"Failed"_s || status == u"Canceled"_s)
                return true;
            QTest::qWait(100);
            return false;
        },
        timeoutMs);
    return last;
}

void AmlClient::record(const QString &operationId, const HttpResult &result)
{
    m_recorded.append(QJsonObject { { u"name"_s, u"%1 %2"_s.arg(operationId).arg(result.status) },
        { u"operationId"_s, operationId }, { u"kind"_s, u"response"_s }, { u"status"_s, result.status },
        { u"body"_s, QJsonDocument::fromJson(result.body).object() } });
}

void AmlClient::recordRequest(const QString &operationId, const QJsonObject &body)
{
    m_recorded.append(QJsonObject { { u"name"_s, u"%1 request"_s.arg(operationId) },
        { u"operationId"_s, operationId }, { u"kind"_s, u"request"_s }, { u"body"_s, body } });
}

bool AmlClient::validateRecorded(QString *output, QString *failures) const
{
    const bool ok = validateWithSpec(QStringLiteral(MLR_AZUREML_SPEC), m_recorded, output);
    for (const QString &line : output->split(u'\n', Qt::SkipEmptyParts))
        if (!line.contains(u"\"valid\":true,\"expected\":true"_s))
            *failures += line + u'\n';
    return ok;
}

QJsonObject trainingJobBody(const QString &dataUri, const QString &label, const QString &learner)
{
    const auto literal = [](const QString &value) {
        return QJsonObject { { u"jobInputType"_s, u"literal"_s }, { u"value"_s, value } };
    };
    const auto output = [](const QString &type) {
        return QJsonObject { { u"jobOutputType"_s, type }, { u"mode"_s, u"Upload"_s } };
    };
    return { { u"properties"_s,
        QJsonObject { { u"jobType"_s, u"Command"_s }, { u"experimentName"_s, u"retrain-tests"_s },
            { u"componentId"_s, u"azureml://registries/azureml/components/train_and_evaluate/versions/1"_s },
            { u"command"_s, u"mlstudio run train_and_evaluate --training_data ${{inputs.training_data}}"_s },
            { u"environmentId"_s, u"azureml://registries/azureml/environments/mlstudio-engine/versions/1"_s },
            { u"inputs"_s,
                QJsonObject { { u"training_data"_s,
                                  QJsonObject { { u"jobInputType"_s, u"uri_file"_s }, { u"uri"_s, dataUri },
                                      { u"mode"_s, u"ReadOnlyMount"_s } } },
                    { u"label_column"_s, literal(label) }, { u"learner"_s, literal(learner) } } },
            { u"outputs"_s,
                QJsonObject { { u"model"_s, output(u"mlflow_model"_s) },
                    { u"metrics"_s, output(u"uri_folder"_s) },
                    { u"scored_data"_s, output(u"uri_folder"_s) } } } } } };
}

QByteArray censusScoringBody(int rows)
{
    const QStringList columns = censusFeatures();
    const QJsonArray values = censusRows();
    QJsonArray records;
    for (int i = 0; i < rows; ++i) {
        const QJsonArray row = values.at(i % values.size()).toArray();
        QJsonObject record;
        for (int c = 0; c < columns.size(); ++c)
            record.insert(columns.at(c), row.at(c));
        records.append(record);
    }
    return QJsonDocument(QJsonObject { { u"input_data"_s, records } }).toJson(QJsonDocument::Compact);
}

bool createNoJobEndpoint(AmlClient &client, const QString &sourceEndpoint, QString *why)
{
    const QString ws = client.workspaceUrl().mid(client.demo[u"armUrl"_s].toString().size());
    const HttpResult model = client.put(u"/models/census-nojob/versions/1"_s,
        { { u"properties"_s,
            QJsonObject { { u"modelType"_s, u"mlflow_model"_s },
                { u"modelUri"_s, u"azureml://jobs/census-train-1/outputs/model/paths/"_s } } } });
    if (model.status != 201) {
        *why = u"registering census-nojob: "_s + model.describe();
        return false;
    }
    const auto succeeded = [&](const QString &what, const QString &path, const QJsonObject &body) {
        const QString status = client.waitOperation(client.put(path, body))[u"status"_s].toString();
        if (status != u"Succeeded"_s)
            *why = what + u": "_s + status;
        return status == u"Succeeded"_s;
    };
    const QJsonObject endpoint { { u"location"_s, u"westeurope"_s },
        { u"properties"_s, QJsonObject { { u"authMode"_s, u"Key"_s } } } };
    if (!succeeded(u"creating nojob-endpoint"_s, u"/onlineEndpoints/nojob-endpoint"_s, endpoint))
        return false;
    const QJsonObject blue = client.get(u"/onlineEndpoints/%1/deployments/blue"_s.arg(sourceEndpoint)).json();
    QJsonObject p = blue[u"properties"_s].toObject();
    p.insert(u"model"_s, QString(ws + u"/models/census-nojob/versions/1"_s));
    p.remove(u"provisioningState"_s);
    const QJsonObject deployment { { u"location"_s, blue[u"location"_s] }, { u"sku"_s, blue[u"sku"_s] },
        { u"properties"_s, p } };
    if (!succeeded(u"creating its deployment blue"_s, u"/onlineEndpoints/nojob-endpoint/deployments/blue"_s,
            deployment))
        return false;
    QJsonObject traffic = endpoint;
    traffic.insert(u"properties"_s,
        QJsonObject { { u"authMode"_s, u"Key"_s }, { u"traffic"_s, QJsonObject { { u"blue"_s, 100 } } } });
    return succeeded(u"giving blue the traffic"_s, u"/onlineEndpoints/nojob-endpoint"_s, traffic);
}

QString uploadToDatastore(const QJsonObject &demo, const QString &localFile, const QString &path)
{
    QFile file(localFile);
    if (!file.open(QIODevice::ReadOnly)
        || !putBlob(demo[u"storageConnectionString"_s].toString(),
            u"azureml-blobstore-"_s + demo[u"workspaceId"_s].toString(), path, file.readAll()))
        return {};
    return u"azureml://datastores/workspaceblobstore/paths/"_s + path;
}

} // namespace mlr::test
