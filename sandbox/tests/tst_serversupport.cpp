#include "tst_serversupport.h"

#include "azuriteenv.h"
#include "storage/blobservice.h"
#include "storage/storageclient.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>
#include <QUrlQuery>

#include <csignal>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace mlr::test {

QByteArray HttpResult::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpResult::describe() const
{
    return u"status %1 (%2): %3"_s.arg(status).arg(errorString, QString::fromUtf8(body.left(2000)));
}

namespace {

QList<QSslCertificate> &trustedCas()
{
    static QList<QSslCertificate> certificates;
    return certificates;
}

} // namespace

bool trustCaFile(const QString &caFile)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(caFile);
    trustedCas() = certificates;
    return !certificates.isEmpty();
}

void applyTrustedCa(QNetworkRequest &request)
{
    if (trustedCas().isEmpty() || request.url().scheme() != u"https"_s)
        return;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(trustedCas());
    request.setSslConfiguration(tls);
}

HttpResult http(
    const QByteArray &method, const QUrl &url, const QByteArray &body, const Headers &headers, int timeoutMs)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    applyTrustedCa(request);
    request.setTransferTimeout(timeoutMs);
    for (const auto &[key, value] : headers)
        request.setRawHeader(key, value);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    HttpResult result;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs + 1000)) {
        result.timedOut = true;
        reply->abort();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.error = reply->error();
    result.errorString = reply->errorString();
    delete reply;
    return result;
}

HttpResult httpJson(
    const QByteArray &method, const QUrl &url, const QJsonObject &body, const Headers &headers)
{
    return http(method, url, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

Headers bearer(const QString &token)
{
    return { { "Authorization", "Bearer " + token.toUtf8() } };
}

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QStringList &arguments, QString *why, const QString &dataDir, int timeoutMs)
{
    const auto azurite = AzuriteEnv::load();
    if (!azurite) {
        *why = u"Azurite fixture not running: run through ctest (fixture 'azurite')"_s;
        return false;
    }
    m_dataDir = dataDir.isEmpty() ? m_dir.path() : dataDir;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral(MLSTUDIO_LOCAL_BINARY));
    m_process->setArguments(
        QStringList { u"--data"_s, m_dataDir, u"--storage"_s, azurite->connectionString } + arguments);
#ifdef Q_OS_LINUX
    // A test that crashes (or is killed by ctest's timeout) takes its server with it.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        *why = u"cannot start mlstudio-local: "_s + m_process->errorString();
        return false;
    }
    QByteArray out;
    const bool ok = QTest::qWaitFor(
        [&] {
            out += m_process->readAllStandardOutput();
            return out.contains('\n') || m_process->state() == QProcess::NotRunning;
        },
        timeoutMs);
    if (!ok || !out.contains('\n')) {
        *why = u"mlstudio-local printed no JSON line: "_s
            + QString::fromUtf8(m_process->readAllStandardError());
        return false;
    }
    line = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
    ml = line.value(u"ml"_s).toString();
    arm = line.value(u"arm"_s).toString();
    azureml = line.value(u"azureml"_s).toString();
    caFile = line.value(u"caFile"_s).toString();
    login = line.value(u"login"_s).toString();
    return !ml.isEmpty() && !arm.isEmpty() && !login.isEmpty();
}

void ServerProcess::stop()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_process->processId()), SIGTERM);
    if (!m_process->waitForFinished(10000))
        kill();
}

void ServerProcess::kill()
{
    if (!isRunning())
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QByteArray ServerProcess::stderrText() const
{
    return m_process ? m_process->readAllStandardError() : QByteArray();
}

QJsonObject ServerProcess::demo() const
{
    QFile file(QDir(m_dataDir).filePath(u"demo.json"_s));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

QString demoToken(const QJsonObject &demo, const QString &scope)
{
    const QByteArray form
        = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(demo[u"clientId"_s].toString())
        + "&client_secret=" + QUrl::toPercentEncoding(demo[u"clientSecret"_s].toString())
        + "&scope=" + QUrl::toPercentEncoding(scope);
    const HttpResult r = http("POST",
        QUrl(demo[u"loginUrl"_s].toString() + u'/' + demo[u"tenant"_s].toString() + u"/oauth2/v2.0/token"_s),
        form, { { "Content-Type", "application/x-www-form-urlencoded" } });
    const QString token = r.json().value(u"access_token"_s).toString();
    if (token.isEmpty())
        qWarning("no token: %s", qPrintable(r.describe()));
    return token;
}

QString groupUrl(const QJsonObject &demo)
{
    return u"%1/subscriptions/%2/resourceGroups/%3/providers/Microsoft.MachineLearning/webServices"_s.arg(
        demo[u"armUrl"_s].toString(), demo[u"subscriptionId"_s].toString(),
        demo[u"resourceGroup"_s].toString());
}

QString serviceUrl(const QJsonObject &demo, const QString &name, const QString &apiVersion)
{
    return groupUrl(demo) + u'/' + name + u"?api-version="_s + apiVersion;
}

QJsonObject waitOperation(const QString &url, const QString &token, int timeoutMs)
{
    QJsonObject last;
    [[maybe_unused]] const bool finished = QTest::qWaitFor(
        [&] {
            last = http("GET", QUrl(url), {}, bearer(token)).json();
            if (last.value(u"status"_s).toString() != u"Provisioning"_s)
                return true;
            QTest::qWait(100);
            return false;
        },
        timeoutMs);
    return last;
}

QJsonObject waitJob(const QString &jobUrl, const QString &apiKey, int timeoutMs)
{
    QJsonObject last;
    [[maybe_unused]] const bool finished = QTest::qWaitFor(
        [&] {
            last = http("GET", QUrl(jobUrl), {}, bearer(apiKey)).json();
            const QString s = last.value(u"StatusCode"_s).toString();
            if (s == u"Finished"_s || s == u"Failed"_s || s == u"Cancelled"_s)
                return true;
            QTest::qWait(200);
            return false;
        },
        timeoutMs);
    return last;
}

bool putBlob(
    const QString &connectionString, const QString &container, const QString &blob, const QByteArray &data)
{
    Error error;
    const auto account = StorageAccount::fromConnectionString(connectionString, &error);
    if (!account)
        return false;
    QNetworkAccessManager nam;
    BlobService service(&nam, *account);
    ContainerCreateJob *create = service.createContainer(container, nullptr);
    QSignalSpy created(create, &ContainerCreateJob::finished);
    create->start();
    created.wait(30000);
    delete create;
    StorageClient client { &nam, *account, RetryPolicy {}, RequestFactory {} };
    HttpCall *call = client.newCall("PUT", client.blobUrl(container, blob),
        { { "x-ms-blob-type", "BlockBlob" }, { "Content-Type", "text/csv" } }, data, u"test upload"_s,
        nullptr);
    QSignalSpy done(call, &HttpCall::finished);
    call->start();
    const bool ok = done.wait(30000) && !done.first().at(1).value<Error>().isError();
    delete call;
    return ok;
}

QByteArray getBlob(const QString &connectionString, const QString &container, const QString &blob)
{
    Error error;
    const auto account = StorageAccount::fromConnectionString(connectionString, &error);
    if (!account)
        return {};
    QNetworkAccessManager nam;
    StorageClient client { &nam, *account, RetryPolicy {}, RequestFactory {} };
    HttpCall *call
        = client.newCall("GET", client.blobUrl(container, blob), {}, {}, u"test download"_s, nullptr);
    QSignalSpy done(call, &HttpCall::finished);
    call->start();
    QByteArray body;
    if (done.wait(30000) && !done.first().at(1).value<Error>().isError())
        body = done.first().at(0).value<HttpResponse>().body;
    delete call;
    return body;
}

QByteArray getUrl(const QUrl &url)
{
    const HttpResult r = http("GET", url);
    return r.status == 200 ? r.body : QByteArray();
}

bool validateWithSwagger(const QJsonArray &cases, QString *output)
{
    return validateWithSpec(QStringLiteral(MLR_SWAGGER_SPEC), cases, output);
}

bool validateWithSpec(const QString &spec, const QJsonArray &cases, QString *output)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"cases.json"_s));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(cases).toJson(QJsonDocument::Compact));
    file.close();
    QProcess node;
    node.setWorkingDirectory(QStringLiteral(MLR_SOURCE_DIR));
    node.start(u"node"_s,
        { QStringLiteral(MLR_SOURCE_DIR "/sandbox/tests/swagger-validate/validate.js"), spec,
            file.fileName() });
    if (!node.waitForFinished(120000)) {
        *output = u"node did not finish: "_s + node.errorString();
        return false;
    }
    *output = QString::fromUtf8(node.readAllStandardOutput() + node.readAllStandardError());
    return node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0;
}

QStringList censusFeatures()
{
    return { u"age"_s, u"workclass"_s, u"fnlwgt"_s, u"education"_s, u"education-num"_s, u"marital-status"_s,
        u"occupation"_s, u"relationship"_s, u"race"_s, u"sex"_s, u"capital-gain"_s, u"capital-loss"_s,
        u"hours-per-week"_s, u"native-country"_s };
}

QJsonArray censusRows()
{
    return {
        QJsonArray { u"39"_s, u"State-gov"_s, u"77516"_s, u"Bachelors"_s, u"13"_s, u"Never-married"_s,
            u"Adm-clerical"_s, u"Not-in-family"_s, u"White"_s, u"Male"_s, u"2174"_s, u"0"_s, u"40"_s,
            u"United-States"_s },
        QJsonArray { u"50"_s, u"Self-emp-not-inc"_s, u"83311"_s, u"Bachelors"_s, u"13"_s,
            u"Married-civ-spouse"_s, u"Exec-managerial"_s, u"Husband"_s, u"White"_s, u"Male"_s, u"0"_s,
            u"0"_s, u"13"_s, u"United-States"_s },
        QJsonArray { u"38"_s, u"Private"_s, u"215646"_s, u"HS-grad"_s, u"9"_s, u"Divorced"_s,
            u"Handlers-cleaners"_s, u"Not-in-family"_s, u"White"_s, u"Male"_s, u"0"_s, u"0"_s, u"40"_s,
            u"United-States"_s },
        QJsonArray { u"52"_s, u"Self-emp-inc"_s, u"287927"_s, u"Masters"_s, u"14"_s, u"Married-civ-spouse"_s,
            u"Exec-managerial"_s, u"Wife"_s, u"White"_s, u"Female"_s, u"15024"_s, u"0"_s, u"40"_s,
            u"United-States"_s },
    };
}

QJsonObject besBlobReference(const QString &connectionString, const QString &relativeLocation)
{
    return { { QStringLiteral("ConnectionString"), connectionString },
        { QStringLiteral("RelativeLocation"), relativeLocation } };
}

QJsonObject besTrainingRequest(const QString &connectionString, const QString &input, const QString &prefix)
{
    const auto output = [&](const QString &name) {
        return besBlobReference(connectionString, QStringLiteral("bes-out/%1-%2").arg(prefix, name));
    };
    return { { QStringLiteral("Inputs"),
                 QJsonObject { { QStringLiteral("input1"), besBlobReference(connectionString, input) } } },
        { QStringLiteral("Outputs"),
            QJsonObject { { QStringLiteral("output1"), output(QStringLiteral("model.ilearner")) },
                { QStringLiteral("output2"), output(QStringLiteral("evaluation.csv")) },
                { QStringLiteral("output3"), output(QStringLiteral("scored.csv")) } } },
        { QStringLiteral("GlobalParameters"), QJsonObject {} } };
}

HttpResult besSubmit(const QString &base, const QString &apiKey, const QJsonObject &body)
{
    return httpJson("POST", QUrl(base + QStringLiteral("/jobs?api-version=2.0")), body, bearer(apiKey));
}

QString besSubmitAndStart(const QString &base, const QString &apiKey, const QJsonObject &body)
{
    const HttpResult submitted = besSubmit(base, apiKey, body);
    if (submitted.status != 200) {
        qWarning("submit: %s", qPrintable(submitted.describe()));
        return {};
    }
    const QString id = QJsonDocument::fromJson("[" + submitted.body + "]").array().at(0).toString();
    const HttpResult started
        = http("POST", QUrl(base + QStringLiteral("/jobs/") + id + QStringLiteral("/start?api-version=2.0")),
            {}, bearer(apiKey));
    if (started.status != 204)
        qWarning("start: %s", qPrintable(started.describe()));
    return id;
}

} // namespace mlr::test
