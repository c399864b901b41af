// mlstudio-local's ARM writes: PUT (create, update, errors), PATCH (merge rules, errors), a
// failed operation keeping the deployment, DELETE and operation results. Part of the
// server_arm test (the class and its helpers are in tst_server_arm.h).
#include "tst_server_arm.h"

using namespace mlr::test;
using namespace mlr::test::arm;

void TestServerArm::putCreateAndUpdate()
{
    QJsonObject body = exportBody(u"census-income-predictive"_s);
    const HttpResult created = httpJson("PUT", QUrl(url(u"copy-one"_s)), body, auth());
    QVERIFY2(created.status == 201, qPrintable(created.describe()));
    record(u"PUT request"_s, u"WebServices_CreateOrUpdate"_s, u"request"_s, 0, body);
    record(u"PUT 201"_s, u"WebServices_CreateOrUpdate"_s, u"response"_s, 201, created.json());
    QCOMPARE(
        created.json()[u"properties"_s].toObject()[u"provisioningState"_s].toString(), u"Provisioning"_s);
    const QString async = QString::fromUtf8(created.header("Azure-AsyncOperation"));
    QVERIFY(async.startsWith(m_demo[u"armUrl"_s].toString() + u"/subscriptions/"_s));
    QVERIFY(async.contains(u"/operationsStatus/"_s));
    QVERIFY(created.header("Location").isEmpty());
    QCOMPARE(created.header("Azure-AsyncOperationPercentComplete"), QByteArray("0"));
    const QJsonObject first = http("GET", QUrl(async), {}, auth()).json();
    QCOMPARE(first[u"status"_s].toString(), u"Provisioning"_s);
    const QJsonObject done = waitOperation(async, m_token);
    QCOMPARE(done[u"status"_s].toString(), u"Succeeded"_s);
    QCOMPARE(done[u"percentComplete"_s].toDouble(), 1.0);
    QVERIFY(!done[u"endTime"_s].toString().isEmpty());
    QVERIFY(done[u"id"_s].toString().contains(u"/locations/southcentralus/operationsStatus/"_s));
    QCOMPARE(http("GET", QUrl(url(u"copy-one"_s)), {}, auth())
                 .json()[u"properties"_s]
                 .toObject()[u"provisioningState"_s]
                 .toString(),
        u"Succeeded"_s);

    // PUT again: an update, 200. Property names in PascalCase are accepted.
    QJsonObject properties = body[u"properties"_s].toObject();
    QJsonObject package = properties[u"package"_s].toObject();
    QJsonObject nodes = package[u"nodes"_s].toObject();
    for (auto it = nodes.begin(); it != nodes.end(); ++it)
        *it = pascalNode(it.value().toObject());
    package.insert(u"nodes"_s, nodes);
    properties.remove(u"package"_s);
    properties.insert(u"Package"_s, package);
    properties.insert(u"Title"_s, u"Copy One"_s);
    properties.remove(u"title"_s);
    const QJsonObject pascal { { u"Location"_s, body[u"location"_s] }, { u"Properties"_s, properties } };
    QCOMPARE(putAndWait(u"copy-one"_s, pascal, 200), u"Succeeded"_s);
    const QJsonObject got
        = http("GET", QUrl(url(u"copy-one"_s)), {}, auth()).json()[u"properties"_s].toObject();
    QCOMPARE(got[u"title"_s].toString(), u"Copy One"_s);
    QVERIFY(got[u"package"_s].toObject()[u"nodes"_s].toObject().begin()->toObject().contains(u"assetId"_s)
        || got[u"package"_s].toObject()[u"nodes"_s].toObject().begin()->toObject().contains(u"inputId"_s)
        || got[u"package"_s].toObject()[u"nodes"_s].toObject().begin()->toObject().contains(u"outputId"_s));
}

void TestServerArm::putErrors()
{
    const QJsonObject body = exportBody(u"census-income-predictive"_s);
    const auto put = [this](const QString &name, const QJsonObject &b) {
        return httpJson("PUT", QUrl(url(name)), b, auth());
    };
    const auto withProperties = [&body](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject copy = body;
        QJsonObject p = copy[u"properties"_s].toObject();
        edit(p);
        copy.insert(u"properties"_s, p);
        return copy;
    };

    HttpResult r = http("PUT", QUrl(url(u"bad-one"_s)), "{not json", auth());
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), u"InvalidRequestContent"_s);

    QJsonObject noLocation = body;
    noLocation.remove(u"location"_s);
    QCOMPARE(errorCode(put(u"bad-one"_s, noLocation)), u"LocationRequired"_s);

    const QJsonObject noPlan = withProperties([](QJsonObject &p) { p.remove(u"commitmentPlan"_s); });
    r = put(u"bad-one"_s, noPlan);
    QCOMPARE(r.status, 400);
    QCOMPARE(detailCode(r), u"CommitmentPlanRequired"_s);

    const QJsonObject badSchema = withProperties([](QJsonObject &p) {
        p.insert(u"realtimeConfiguration"_s, QJsonObject { { u"maxConcurrentCalls"_s, 1 } });
        p.insert(u"diagnostics"_s, QJsonObject { { u"level"_s, u"Verbose"_s } });
    });
    r = put(u"bad-one"_s, badSchema);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), u"BadRequest"_s);
    QCOMPARE(detailCode(r), u"InvalidRequestProperty"_s);
    const QString details = QString::fromUtf8(r.body);
    QVERIFY(details.contains(u"properties.realtimeConfiguration.maxConcurrentCalls"_s));
    QVERIFY(details.contains(u"properties.diagnostics.level"_s));
    record(u"PUT rejected by schema"_s, u"WebServices_CreateOrUpdate"_s, u"request"_s, 0, badSchema, false);

    const QJsonObject noPackageType = withProperties([](QJsonObject &p) { p.remove(u"packageType"_s); });
    r = put(u"bad-one"_s, noPackageType);
    QCOMPARE(r.status, 400);
    QVERIFY(QString::fromUtf8(r.body).contains(u"packageType"_s));
    record(
        u"PUT without packageType"_s, u"WebServices_CreateOrUpdate"_s, u"request"_s, 0, noPackageType, false);

    // A graph the sandbox cannot run: 400 naming the node.
    const QJsonObject badGraph = withProperties([](QJsonObject &p) {
        QJsonObject assets = p[u"assets"_s].toObject();
        for (auto it = assets.begin(); it != assets.end(); ++it) {
            QJsonObject a = it.value().toObject();
            if (a[u"name"_s].toString() == u"Score Model"_s) {
                a.insert(u"name"_s, u"Execute R Script"_s);
                *it = a;
            }
        }
        p.insert(u"assets"_s, assets);
    });
    r = put(u"bad-one"_s, badGraph);
    QCOMPARE(r.status, 400);
    QVERIFY2(detailTarget(r).startsWith(u"properties.package.nodes."_s), qPrintable(r.describe()));
    QVERIFY(QString::fromUtf8(r.body).contains(u"Execute R Script"_s));
    record(u"PUT of an unsupported graph (schema-valid)"_s, u"WebServices_CreateOrUpdate"_s, u"request"_s, 0,
        badGraph);

    // Nothing was created by the failures.
    QCOMPARE(http("GET", QUrl(url(u"bad-one"_s)), {}, auth()).status, 404);

    // Updates cannot change the storage account or the commitment plan.
    const QJsonObject otherStorage = withProperties([](QJsonObject &p) {
        p.insert(u"storageAccount"_s, QJsonObject { { u"name"_s, u"otheraccount"_s } });
    });
    r = put(u"census-income-predictive"_s, otherStorage);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), u"BadRequest"_s);
    QCOMPARE(detailCode(r), u"CannotChangeStorageAccount"_s);
    const QJsonObject otherPlan = withProperties([](QJsonObject &p) {
        p.insert(u"commitmentPlan"_s,
            QJsonObject { { u"id"_s,
                u"/subscriptions/x/resourceGroups/y/providers/Microsoft.MachineLearning/commitmentPlans/other"_s } });
    });
    QCOMPARE(detailCode(put(u"census-income-predictive"_s, otherPlan)), u"CannotChangeCommitmentPlan"_s);
    // A new service needs a storage account.
    const QJsonObject noStorage = withProperties([](QJsonObject &p) { p.remove(u"storageAccount"_s); });
    QCOMPARE(detailCode(put(u"bad-two"_s, noStorage)), u"StorageAccountRequired"_s);
}

void TestServerArm::patchMerges()
{
    QCOMPARE(putAndWait(u"copy-two"_s, exportBody(u"census-income-predictive"_s), 201), u"Succeeded"_s);
    const QString keysUrl = groupUrl(m_demo) + u"/copy-two/listKeys?api-version=2017-01-01"_s;
    const QJsonObject before = http("GET", QUrl(keysUrl), {}, auth()).json();
    const QString title = http("GET", QUrl(url(u"copy-two"_s)), {}, auth())
                              .json()[u"properties"_s]
                              .toObject()[u"title"_s]
                              .toString();
    // The SDK test's PATCH (reference §4.6): no location, keys.primary only.
    const QJsonObject patch { { u"properties"_s,
        QJsonObject { { u"packageType"_s, u"Graph"_s }, { u"description"_s, u"description was updated!"_s },
            { u"keys"_s, QJsonObject { { u"primary"_s, u"f6ae-new-primary-key"_s } } },
            { u"diagnostics"_s, QJsonObject { { u"level"_s, u"All"_s } } } } } };
    const HttpResult r = httpJson("PATCH", QUrl(url(u"copy-two"_s)), patch, auth());
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
    record(u"PATCH request"_s, u"WebServices_Patch"_s, u"request"_s, 0, patch);
    record(u"PATCH 200"_s, u"WebServices_Patch"_s, u"response"_s, 200, r.json());
    QCOMPARE(r.json()[u"properties"_s].toObject()[u"provisioningState"_s].toString(), u"Provisioning"_s);
    QCOMPARE(
        waitOperation(QString::fromUtf8(r.header("Azure-AsyncOperation")), m_token)[u"status"_s].toString(),
        u"Succeeded"_s);
    const QJsonObject p
        = http("GET", QUrl(url(u"copy-two"_s)), {}, auth()).json()[u"properties"_s].toObject();
    QCOMPARE(p[u"title"_s].toString(), title); // unmentioned: kept
    QCOMPARE(p[u"description"_s].toString(), u"description was updated!"_s);
    QCOMPARE(p[u"diagnostics"_s].toObject()[u"level"_s].toString(), u"All"_s);
    QVERIFY(p.contains(u"package"_s)); // objects merge, nothing lost
    const QJsonObject after = http("GET", QUrl(keysUrl), {}, auth()).json();
    QCOMPARE(after[u"primary"_s].toString(), u"f6ae-new-primary-key"_s);
    QCOMPARE(after[u"secondary"_s].toString(), before[u"secondary"_s].toString());
    QVERIFY(QDateTime::fromString(p[u"modifiedOn"_s].toString(), Qt::ISODateWithMs)
        >= QDateTime::fromString(p[u"createdOn"_s].toString(), Qt::ISODateWithMs));

    // Arrays replace: the edges given are the edges kept.
    const QJsonArray edges = p[u"package"_s].toObject()[u"edges"_s].toArray();
    const QJsonObject same { { u"properties"_s,
        QJsonObject {
            { u"packageType"_s, u"Graph"_s }, { u"package"_s, QJsonObject { { u"edges"_s, edges } } } } } };
    const HttpResult again = httpJson("PATCH", QUrl(url(u"copy-two"_s)), same, auth());
    QCOMPARE(again.status, 200);
    waitOperation(QString::fromUtf8(again.header("Azure-AsyncOperation")), m_token);
    QCOMPARE(http("GET", QUrl(url(u"copy-two"_s)), {}, auth())
                 .json()[u"properties"_s]
                 .toObject()[u"package"_s]
                 .toObject()[u"edges"_s]
                 .toArray(),
        edges);
}

void TestServerArm::patchErrors()
{
    const auto patch
        = [this](const QString &name, const QJsonObject &properties, const QJsonObject &extra = {}) {
              QJsonObject body = extra;
              body.insert(u"properties"_s, properties);
              return httpJson("PATCH", QUrl(url(name)), body, auth());
          };
    QCOMPARE(patch(u"no-such"_s, { { u"packageType"_s, u"Graph"_s } }).status, 404);
    QCOMPARE(detailCode(patch(u"copy-two"_s,
                 { { u"packageType"_s, u"Graph"_s },
                     { u"storageAccount"_s, QJsonObject { { u"name"_s, u"elsewhere"_s } } } })),
        u"CannotChangeStorageAccount"_s);
    QCOMPARE(errorCode(patch(u"copy-two"_s, { { u"packageType"_s, u"Graph"_s } },
                 { { u"location"_s, u"West Europe"_s } })),
        u"InvalidResourceLocation"_s);
    HttpResult r = patch(u"copy-two"_s, { { u"readOnly"_s, u"yes"_s } });
    QCOMPARE(r.status, 400);
    QCOMPARE(detailTarget(r), u"properties.readOnly"_s);
    QCOMPARE(http("PATCH", QUrl(url(u"copy-two"_s)), "[1,2", auth()).status, 400);

    // An operation in progress: a second update conflicts.
    r = patch(u"copy-two"_s, { { u"packageType"_s, u"Graph"_s }, { u"description"_s, u"one"_s } });
    QCOMPARE(r.status, 200);
    const HttpResult busy
        = patch(u"copy-two"_s, { { u"packageType"_s, u"Graph"_s }, { u"description"_s, u"two"_s } });
    QCOMPARE(busy.status, 409);
    QCOMPARE(detailCode(busy), u"AnotherOperationInProgress"_s);
    waitOperation(QString::fromUtf8(r.header("Azure-AsyncOperation")), m_token);

    // Read-only: may be set, then the service refuses PUT and PATCH (DELETE still works).
    r = patch(u"copy-two"_s, { { u"packageType"_s, u"Graph"_s }, { u"readOnly"_s, true } });
    QCOMPARE(r.status, 200);
    waitOperation(QString::fromUtf8(r.header("Azure-AsyncOperation")), m_token);
    r = patch(u"copy-two"_s, { { u"packageType"_s, u"Graph"_s }, { u"readOnly"_s, false } });
    QCOMPARE(r.status, 400);
    QCOMPARE(detailCode(r), u"WebServiceIsReadOnly"_s);
    QCOMPARE(detailCode(httpJson("PUT", QUrl(url(u"copy-two"_s)), exportBody(u"copy-two"_s), auth())),
        u"WebServiceIsReadOnly"_s);
}

void TestServerArm::failedOperationKeepsDeployment()
{
    // Point the [trained model] at a blob that does not exist: the operation fails, the
    // service is Failed, and the data plane keeps scoring with the previous model.
    const QJsonObject full
        = http("GET", QUrl(url(u"copy-one"_s)), {}, auth()).json()[u"properties"_s].toObject();
    QJsonObject assets = full[u"assets"_s].toObject();
    QString modelAsset;
    for (auto it = assets.begin(); it != assets.end(); ++it)
        if (it.value().toObject()[u"name"_s].toString().endsWith(u"[trained model]"_s))
            modelAsset = it.key();
    QVERIFY(!modelAsset.isEmpty());
    QJsonObject asset = assets[modelAsset].toObject();
    QJsonObject location = asset[u"locationInfo"_s].toObject();
    location.insert(u"uri"_s, location[u"uri"_s].toString().replace(u".ilearner"_s, u"-missing.ilearner"_s));
    asset.insert(u"locationInfo"_s, location);
    const QJsonObject patch { { u"properties"_s,
        QJsonObject {
            { u"packageType"_s, u"Graph"_s }, { u"assets"_s, QJsonObject { { modelAsset, asset } } } } } };
    const HttpResult r = httpJson("PATCH", QUrl(url(u"copy-one"_s)), patch, auth());
    QCOMPARE(r.status, 200);
    const QJsonObject op = waitOperation(QString::fromUtf8(r.header("Azure-AsyncOperation")), m_token);
    QCOMPARE(op[u"status"_s].toString(), u"Failed"_s);
    QCOMPARE(op[u"error"_s].toObject()[u"code"_s].toString(), u"ModelPackageFormatError"_s);
    QVERIFY(op[u"error"_s].toObject()[u"message"_s].toString().contains(u"-missing.ilearner"_s));
    QCOMPARE(http("GET", QUrl(url(u"copy-one"_s)), {}, auth())
                 .json()[u"properties"_s]
                 .toObject()[u"provisioningState"_s]
                 .toString(),
        u"Failed"_s);
    // RRS still answers with the deployed model.
    const QJsonObject keys
        = http("GET", QUrl(groupUrl(m_demo) + u"/copy-one/listKeys?api-version=2017-01-01"_s), {}, auth())
              .json();
    const QString swagger = http("GET", QUrl(url(u"copy-one"_s)), {}, auth())
                                .json()[u"properties"_s]
                                .toObject()[u"swaggerLocation"_s]
                                .toString();
    const QString base = swagger.chopped(QStringLiteral("/swagger.json").size());
    const QJsonObject request {
        { u"Inputs"_s,
            QJsonObject { { u"input1"_s,
                QJsonObject { { u"ColumnNames"_s, QJsonArray::fromStringList(censusFeatures()) },
                    { u"Values"_s, censusRows() } } } } },
        { u"GlobalParameters"_s, QJsonObject {} }
    };
    const HttpResult scored = httpJson(
        "POST", QUrl(base + u"/execute?api-version=2.0"_s), request, bearer(keys[u"primary"_s].toString()));
    QVERIFY2(scored.status == 200, qPrintable(scored.describe()));
}

void TestServerArm::deleteAndOperationResults()
{
    const HttpResult r = http("DELETE", QUrl(url(u"copy-two"_s)), {}, auth());
    QCOMPARE(r.status, 202);
    QVERIFY(r.body.isEmpty());
    const QString location = QString::fromUtf8(r.header("Location"));
    QVERIFY(location.contains(u"/operationresults/"_s));
    QCOMPARE(http("GET", QUrl(location), {}, auth()).status, 202);
    QCOMPARE(
        waitOperation(QString::fromUtf8(r.header("Azure-AsyncOperation")), m_token)[u"status"_s].toString(),
        u"Succeeded"_s);
    QCOMPARE(http("GET", QUrl(location), {}, auth()).status, 204);
    QCOMPARE(http("GET", QUrl(url(u"copy-two"_s)), {}, auth()).status, 404);
    // "returned even if the service did not exist"
    QCOMPARE(http("DELETE", QUrl(url(u"never-existed"_s)), {}, auth()).status, 202);
    QCOMPARE(
        http("GET",
            QUrl(m_demo[u"armUrl"_s].toString() + u"/subscriptions/"_s
                + m_demo[u"subscriptionId"_s].toString()
                + u"/providers/Microsoft.MachineLearning/locations/southcentralus/operationsStatus/nope?api-version=2017-01-01"_s),
            {}, auth())
            .status,
        404);
}
