// mlstudio-local's ARM surface (Microsoft.MachineLearning/webServices 2017-01-01 and
// 2016-05-01-preview) over real HTTP: every route, success and error, the long-running
// operations, and the official swagger checking what it answers and what it accepts.
#include "tst_server_arm.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace mlr::test;
using namespace mlr::test::arm;

void TestServerArm::initTestCase()
{
    QString why;
    QVERIFY2(m_server.start(
                 { u"--seed-demo"_s, u"--arm-page-size"_s, u"2"_s, u"--operation-delay"_s, u"300"_s }, &why),
        qPrintable(why));
    m_demo = m_server.demo();
    m_token = demoToken(m_demo);
    QVERIFY(!m_token.isEmpty());
}

void TestServerArm::getAndListKeys()
{
    const QString name = m_demo[u"predictiveService"_s].toObject()[u"name"_s].toString();
    const HttpResult r = http("GET", QUrl(url(name)), {}, auth());
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
    for (const char *h : { "x-ms-request-id", "x-ms-correlation-request-id", "x-ms-routing-request-id" })
        QVERIFY(!r.header(h).isEmpty());
    QCOMPARE(r.header("Cache-Control"), QByteArray("no-cache"));
    const QJsonObject o = r.json();
    QCOMPARE(o[u"name"_s].toString(), name);
    QCOMPARE(o[u"type"_s].toString(), u"Microsoft.MachineLearning/webServices"_s);
    QVERIFY(o[u"id"_s].toString().endsWith(u"/providers/Microsoft.MachineLearning/webServices/"_s + name));
    const QJsonObject p = o[u"properties"_s].toObject();
    QCOMPARE(p[u"provisioningState"_s].toString(), u"Succeeded"_s);
    QCOMPARE(p[u"packageType"_s].toString(), u"Graph"_s);
    QVERIFY(!p.contains(u"keys"_s));
    QVERIFY(!p.contains(u"commitmentPlan"_s));
    QVERIFY(p[u"storageAccount"_s].toObject().contains(u"name"_s));
    QVERIFY(!p[u"storageAccount"_s].toObject().contains(u"key"_s));
    QVERIFY(p[u"swaggerLocation"_s].toString().startsWith(m_server.ml + u"/subscriptions/"_s));
    QVERIFY(p[u"swaggerLocation"_s].toString().endsWith(u"/swagger.json"_s));
    QVERIFY(p.contains(u"package"_s) && p.contains(u"assets"_s) && p.contains(u"input"_s));
    QVERIFY(!p[u"createdOn"_s].toString().isEmpty());
    record(u"GET"_s, u"WebServices_Get"_s, u"response"_s, 200, o);

    const HttpResult keys = http(
        "GET", QUrl(groupUrl(m_demo) + u'/' + name + u"/listKeys?api-version=2017-01-01"_s), {}, auth());
    QCOMPARE(keys.status, 200);
    QCOMPARE(keys.json()[u"primary"_s].toString(),
        m_demo[u"predictiveService"_s].toObject()[u"apiKey"_s].toString());
    QVERIFY(!keys.json()[u"secondary"_s].toString().isEmpty());
    record(u"listKeys"_s, u"WebServices_ListKeys"_s, u"response"_s, 200, keys.json());
    // listKeys is a GET: POST is not a route.
    QCOMPARE(
        http("POST", QUrl(groupUrl(m_demo) + u'/' + name + u"/listKeys?api-version=2017-01-01"_s), {}, auth())
            .status,
        405);

    const HttpResult missing = http("GET", QUrl(url(u"no-such-service"_s)), {}, auth());
    QCOMPARE(missing.status, 404);
    QCOMPARE(errorCode(missing), u"NotFound"_s);
    QCOMPARE(detailCode(missing), u"WebServiceNotFound"_s);
    QCOMPARE(http("GET", QUrl(groupUrl(m_demo) + u"/no-such/listKeys?api-version=2017-01-01"_s), {}, auth())
                 .status,
        404);
    // Names are case-insensitive.
    QCOMPARE(http("GET", QUrl(url(name.toUpper())), {}, auth()).status, 200);
}

void TestServerArm::versionsAndIds()
{
    const QString base = groupUrl(m_demo);
    HttpResult r = http("GET", QUrl(base), {}, auth());
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), u"MissingApiVersionParameter"_s);
    r = http("GET", QUrl(base + u"?api-version=2099-01-01"_s), {}, auth());
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), u"NoRegisteredProviderFound"_s);
    QVERIFY(r.json()[u"error"_s].toObject()[u"message"_s].toString().contains(u"2017-01-01"_s));
    r = http("GET",
        QUrl(m_demo[u"armUrl"_s].toString()
            + u"/subscriptions/not-a-guid/providers/Microsoft.MachineLearning/webServices?api-version=2017-01-01"_s),
        {}, auth());
    QCOMPARE(errorCode(r), u"InvalidSubscriptionId"_s);
    r = http("GET",
        QUrl(m_demo[u"armUrl"_s].toString() + u"/subscriptions/x/resourceGroups/y/providers/Other.Thing/z"_s),
        {}, auth());
    QCOMPARE(r.status, 404);
    QCOMPARE(errorCode(r), u"InvalidResourceType"_s);
    const HttpResult ops = http("GET",
        QUrl(m_demo[u"armUrl"_s].toString()
            + u"/providers/Microsoft.MachineLearning/operations?api-version=2017-01-01"_s),
        {}, auth());
    QCOMPARE(ops.status, 200);
    QVERIFY(ops.json()[u"value"_s].toArray().size() >= 3);
    record(u"operations"_s, u"Operations_List"_s, u"response"_s, 200, ops.json());
}

void TestServerArm::listPaging()
{
    // Four demo services, two per page.
    for (const QString &list : QStringList { groupUrl(m_demo) + u"?api-version=2017-01-01"_s,
             m_demo[u"armUrl"_s].toString() + u"/subscriptions/"_s + m_demo[u"subscriptionId"_s].toString()
                 + u"/providers/Microsoft.MachineLearning/webServices?api-version=2017-01-01"_s }) {
        QStringList names;
        QString next = list;
        int pages = 0;
        while (!next.isEmpty() && pages < 10) {
            const HttpResult r = http("GET", QUrl(next), {}, auth());
            QVERIFY2(r.status == 200, qPrintable(r.describe()));
            const QJsonObject o = r.json();
            for (const QJsonValue &v : o[u"value"_s].toArray()) {
                const QJsonObject item = v.toObject();
                names.append(item[u"name"_s].toString());
                const QJsonObject p = item[u"properties"_s].toObject();
                QVERIFY(!p.contains(u"package"_s) && !p.contains(u"assets"_s) && !p.contains(u"input"_s));
                QVERIFY(p.contains(u"commitmentPlan"_s));
                m_plan = p[u"commitmentPlan"_s].toObject()[u"id"_s].toString();
            }
            next = o[u"nextLink"_s].toString();
            QVERIFY(next.isEmpty() || next.startsWith(m_demo[u"armUrl"_s].toString()));
            if (pages == 0)
                record(u"list page"_s,
                    list.contains(u"resourceGroups"_s) ? u"WebServices_ListByResourceGroup"_s
                                                       : u"WebServices_ListBySubscriptionId"_s,
                    u"response"_s, 200, o);
            ++pages;
        }
        QCOMPARE(pages, 2);
        QVERIFY(names.size() >= 4);
        QVERIFY(names.contains(u"census-income-predictive"_s));
    }
    const HttpResult bad
        = http("GET", QUrl(groupUrl(m_demo) + u"?api-version=2017-01-01&$skiptoken=garbage"_s), {}, auth());
    QCOMPARE(bad.status, 400);
    QCOMPARE(errorCode(bad), u"InvalidSkipToken"_s);
}

void TestServerArm::preview2016()
{
    const HttpResult r
        = http("GET", QUrl(url(u"census-income-retraining"_s, u"2016-05-01-preview"_s)), {}, auth());
    QCOMPARE(r.status, 200);
    const QJsonObject p = r.json()[u"properties"_s].toObject();
    QVERIFY(!p.contains(u"payloadsInBlobStorage"_s));
    // Parameters are plain strings in the preview version.
    const QJsonObject nodes = p[u"package"_s].toObject()[u"nodes"_s].toObject();
    bool sawParameter = false;
    for (const QJsonValue &node : nodes) {
        const QJsonObject params = node.toObject()[u"parameters"_s].toObject();
        for (const QJsonValue &v : params) {
            QVERIFY(v.isString());
            sawParameter = true;
        }
    }
    QVERIFY(sawParameter);
    // A preview PUT with string parameters is accepted.
    QJsonObject body = r.json();
    QJsonObject props = body[u"properties"_s].toObject();
    props.insert(u"commitmentPlan"_s, QJsonObject { { u"id"_s, m_plan } });
    body.insert(u"properties"_s, props);
    const HttpResult put
        = httpJson("PUT", QUrl(url(u"preview-copy"_s, u"2016-05-01-preview"_s)), body, auth());
    QVERIFY2(put.status == 201, qPrintable(put.describe()));
    QCOMPARE(
        waitOperation(QString::fromUtf8(put.header("Azure-AsyncOperation")), m_token)[u"status"_s].toString(),
        u"Succeeded"_s);
    const QJsonObject stored
        = http("GET", QUrl(url(u"preview-copy"_s)), {}, auth()).json()[u"properties"_s].toObject();
    for (const QJsonValue &node : stored[u"package"_s].toObject()[u"nodes"_s].toObject())
        for (const QJsonValue &v : node.toObject()[u"parameters"_s].toObject())
            QVERIFY(v.isObject() && v.toObject().contains(u"value"_s));
}

void TestServerArm::regionalBlob()
{
    const QString service = groupUrl(m_demo) + u"/census-income-predictive"_s;
    QCOMPARE(
        http("GET", QUrl(service + u"?api-version=2017-01-01&region=West%20Europe"_s), {}, auth()).status,
        404);
    const HttpResult r = http("POST",
        QUrl(service + u"/CreateRegionalBlob?api-version=2017-01-01&region=West%20Europe"_s), {}, auth());
    QCOMPARE(r.status, 202);
    waitOperation(QString::fromUtf8(r.header("Azure-AsyncOperation")), m_token);
    QCOMPARE(
        http("GET", QUrl(service + u"?api-version=2017-01-01&region=westeurope"_s), {}, auth()).status, 200);
    QCOMPARE(http("POST", QUrl(service + u"/CreateRegionalBlob?api-version=2017-01-01"_s), {}, auth()).status,
        400);
}

void TestServerArm::swaggerValidation()
{
    QVERIFY(m_cases.size() >= 12);
    QString output;
    const bool ok = validateWithSwagger(m_cases, &output);
    QVERIFY2(ok, qPrintable(output));
    QCOMPARE(output.count(u'\n'), m_cases.size());
}

// The validator's own check: every request and response body of the official x-ms-examples
// (tests/data/specs/arm-examples, beside the swagger) validates, and the same GET body without
// its discriminator `packageType` does not. So what it says of the sandbox's answers means
// "as the service documents them", neither stricter nor looser.
void TestServerArm::officialExamplesValidate()
{
    const QFileInfo spec(QStringLiteral(MLR_SWAGGER_SPEC));
    QFile specFile(spec.filePath());
    QVERIFY2(specFile.open(QIODevice::ReadOnly), qPrintable(spec.filePath()));
    const QJsonObject paths = QJsonDocument::fromJson(specFile.readAll()).object()[u"paths"_s].toObject();
    QJsonArray cases;
    for (const QJsonValue &path : paths) {
        for (const QJsonValue &opValue : path.toObject()) {
            const QJsonObject op = opValue.toObject();
            const QString operationId = op[u"operationId"_s].toString();
            for (const QJsonValue &example : op[u"x-ms-examples"_s].toObject()) {
                const QString ref = example[u"$ref"_s].toString(); // ./examples/NAME.json
                QFile file(spec.dir().filePath(u"arm-examples/"_s + QFileInfo(ref).fileName()));
                if (!file.exists())
                    continue; // not copied (see tests/data/specs/SOURCES.md)
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                const QJsonObject ex = QJsonDocument::fromJson(file.readAll()).object();
                const QString name = QFileInfo(ref).completeBaseName();
                for (const QJsonValue &param : ex[u"parameters"_s].toObject())
                    if (param.isObject())
                        cases.append(QJsonObject { { u"name"_s, QString(name + u" request"_s) },
                            { u"operationId"_s, operationId }, { u"kind"_s, u"request"_s },
                            { u"body"_s, param } });
                const QJsonObject responses = ex[u"responses"_s].toObject();
                for (auto it = responses.begin(); it != responses.end(); ++it)
                    if (it.value().toObject().contains(u"body"_s))
                        cases.append(QJsonObject { { u"name"_s, QString(name + u' ' + it.key()) },
                            { u"operationId"_s, operationId }, { u"kind"_s, u"response"_s },
                            { u"status"_s, it.key().toInt() },
                            { u"body"_s, it.value().toObject()[u"body"_s] } });
            }
        }
    }
    // getWebService, putWebService (request, 200, 201), patchWebService (request, 200),
    // getWebServiceKeys and getWebServicesByResourceGroup.
    QCOMPARE(cases.size(), 8);
    QJsonObject broken = cases.first()[u"body"_s].toObject();
    for (const QJsonValue &c : std::as_const(cases))
        if (c[u"name"_s].toString() == u"getWebService 200"_s)
            broken = c[u"body"_s].toObject();
    QJsonObject properties = broken[u"properties"_s].toObject();
    QVERIFY(properties.contains(u"packageType"_s));
    properties.remove(u"packageType"_s);
    broken.insert(u"properties"_s, properties);
    cases.append(QJsonObject { { u"name"_s, u"getWebService 200 without packageType"_s },
        { u"operationId"_s, u"WebServices_Get"_s }, { u"kind"_s, u"response"_s }, { u"status"_s, 200 },
        { u"body"_s, broken }, { u"expectValid"_s, false } });
    QString output;
    QVERIFY2(validateWithSwagger(cases, &output), qPrintable(output));
    QCOMPARE(output.count(u'\n'), cases.size());
}

QTEST_GUILESS_MAIN(TestServerArm)
