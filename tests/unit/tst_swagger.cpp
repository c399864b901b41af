// ServiceSwagger: parsing swagger.json documents captured from mlstudio-local (census and
// housing pairs) and from a real Studio service, malformed documents, swaggerUrlFor, and
// ServiceSwaggerFetch over a fake network.

#include "fakenetworkaccessmanager.h"
#include "ml/serviceswagger.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using mlr::Error;
using mlr::ml::PortSpec;
using mlr::ml::ServiceSwagger;

namespace {

QByteArray testData(const QString &name)
{
    QFile f(QStringLiteral(MLR_TEST_DATA_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

ServiceSwagger parseOrFail(const QString &file)
{
    Error error;
    const auto s = ServiceSwagger::parse(testData(file), &error);
    if (!s)
        qWarning("%s: %s", qPrintable(file), qPrintable(error.message()));
    return s.value_or(ServiceSwagger {});
}

} // namespace

class TestSwagger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void censusTraining()
    {
        const ServiceSwagger s = parseOrFail(u"census-trainingService.swagger.json"_s);
        QCOMPARE(s.title, u"Census Model"_s);
        QVERIFY(s.description.startsWith(u"Retrains a two-class model"_s));
        QCOMPARE(s.inputs.size(), 1);
        const PortSpec &in = s.inputs.first();
        QCOMPARE(in.name, u"input1"_s);
        QCOMPARE(in.kind, PortSpec::Kind::Dataset);
        QCOMPARE(in.columns.size(), 15);
        QVERIFY(in.column(u"income"_s));
        QCOMPARE(in.column(u"income"_s)->type, u"string"_s);
        QVERIFY(in.column(u"income"_s)->required);
        QCOMPARE(in.column(u"age"_s)->type, u"integer"_s);
        QCOMPARE(in.column(u"age"_s)->format, u"int32"_s);
        QVERIFY(in.column(u"age"_s)->isInteger());
        QVERIFY(!in.column(u"age"_s)->required);
        QVERIFY(!in.column(u"no such column"_s));

        QCOMPARE(s.outputs.size(), 3);
        QCOMPARE(s.outputs[0].name, u"output1"_s);
        QCOMPARE(s.outputs[0].kind, PortSpec::Kind::TrainedModel);
        QVERIFY(s.outputs[0].columns.isEmpty());
        QCOMPARE(s.outputs[1].kind, PortSpec::Kind::Dataset);
        QVERIFY(s.outputs[1].column(u"AUC"_s));
        QCOMPARE(s.outputs[1].column(u"AUC"_s)->type, u"number"_s);
        QCOMPARE(s.outputs[2].kind, PortSpec::Kind::Dataset);
        QVERIFY(s.outputs[2].column(u"Scored Probabilities"_s));
        QCOMPARE(s.firstOutput(PortSpec::Kind::TrainedModel)->name, u"output1"_s);
        QCOMPARE(s.output(u"output3"_s)->columns.size(), 17);

        QCOMPARE(s.parameters.size(), 2);
        QCOMPARE(s.parameters[0].name, u"Random seed"_s);
        QCOMPARE(s.parameters[0].type, u"integer"_s);
        QCOMPARE(s.parameters[0].defaultValue, QVariant::fromValue(qint64(42)));
        QVERIFY(!s.parameters[0].required);
        QCOMPARE(s.parameters[1].name, u"Split fraction"_s);
        QCOMPARE(s.parameters[1].type, u"number"_s);
        QCOMPARE(s.parameters[1].format, u"double"_s);
        QCOMPARE(s.parameters[1].defaultValue.toDouble(), 0.75);
        QVERIFY(s.parameters[1].description.startsWith(u"Fraction of the rows"_s));
    }

    void censusPredictive()
    {
        const ServiceSwagger s = parseOrFail(u"census-predictiveService.swagger.json"_s);
        QCOMPARE(s.inputs.size(), 1);
        QCOMPARE(s.inputs[0].columns.size(), 14);
        QVERIFY(!s.inputs[0].column(u"income"_s));
        QCOMPARE(s.outputs.size(), 1);
        QCOMPARE(s.outputs[0].kind, PortSpec::Kind::Dataset);
        QCOMPARE(s.outputs[0].columnNames(), (QStringList { u"Scored Labels"_s, u"Scored Probabilities"_s }));
        QVERIFY(s.parameters.isEmpty());
        QVERIFY(!s.firstOutput(PortSpec::Kind::TrainedModel));
    }

    void housing()
    {
        const ServiceSwagger t = parseOrFail(u"housing-trainingService.swagger.json"_s);
        QCOMPARE(t.title, u"Housing Price Model"_s);
        const PortSpec &in = t.inputs.value(0);
        QCOMPARE(in.column(u"price"_s)->type, u"number"_s);
        QCOMPARE(in.column(u"rooms"_s)->type, u"integer"_s);
        QCOMPARE(in.column(u"floor-area"_s)->format, u"double"_s);
        const ServiceSwagger p = parseOrFail(u"housing-predictiveService.swagger.json"_s);
        QCOMPARE(p.outputs.value(0).columnNames(), QStringList { u"Scored Labels"_s });
        QCOMPARE(p.inputs.value(0).columns.size(), 6);
    }

    // A real Studio document: outputs named by the author, a model only in BatchOutputs,
    // column order from "required", enums, global parameters without defaults.
    void studioCaptured()
    {
        const ServiceSwagger s = parseOrFail(u"studio-captured.swagger.json"_s);
        QCOMPARE(s.title, u"VoX train experiment"_s);
        QVERIFY(s.inputs.isEmpty());
        QStringList names;
        for (const PortSpec &p : s.outputs)
            names << p.name;
        QCOMPARE(names, (QStringList { u"model"_s, u"performance"_s, u"setup"_s, u"trained"_s }));
        QCOMPARE(s.output(u"model"_s)->kind, PortSpec::Kind::TrainedModel);
        QCOMPARE(s.output(u"trained"_s)->kind, PortSpec::Kind::Dataset);
        QCOMPARE(s.output(u"trained"_s)->columnNames(),
            (QStringList { u"fuid"_s, u"true_label"_s, u"inconsistencies_final"_s, u"md5"_s,
                u"scored_label"_s, u"scored_prob"_s }));
        const auto *setupName = s.output(u"setup"_s)->column(u"setup_name"_s);
        QVERIFY(setupName);
        QVERIFY(setupName->enumValues.contains(u"cleanup"_s));
        QCOMPARE(s.parameters.size(), 5);
        const auto workers = std::find_if(s.parameters.begin(), s.parameters.end(),
            [](const auto &g) { return g.name == u"Total workers"_s; });
        QVERIFY(workers != s.parameters.end());
        QVERIFY(workers->required); // no default
        QCOMPARE(workers->minimum.value_or(-1), 1.0);
        QCOMPARE(workers->maximum.value_or(-1), 100.0);
        const auto path = std::find_if(s.parameters.begin(), s.parameters.end(),
            [](const auto &g) { return g.name == u"Training path"_s; });
        QVERIFY(!path->required);
        QCOMPARE(path->defaultValue, QVariant(QString()));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fragment");
        const QByteArray census = testData(u"census-trainingService.swagger.json"_s);
        QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << u"not valid JSON"_s;
        QTest::newRow("truncated") << census.left(census.size() / 2) << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[1,2]") << u"not a JSON object"_s;
        QTest::newRow("no definitions")
            << QByteArray(R"({"swagger":"2.0","info":{}})") << u"no \"definitions\""_s;
        QTest::newRow("definitions not object")
            << QByteArray(R"({"definitions":[1]})") << u"no \"definitions\""_s;
        QTest::newRow("other api") << QByteArray(R"({"definitions":{"Pet":{}}})") << u"neither a batch"_s;
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fragment);
        Error error;
        QVERIFY(!ServiceSwagger::parse(json, &error));
        QCOMPARE(error.kind, Error::Kind::Parse);
        QVERIFY2(error.message().contains(fragment), qPrintable(error.message()));
        QVERIFY(!ServiceSwagger::parse(json, nullptr)); // no crash without an error sink
    }

    // Odd but valid shapes: refs to missing definitions, items without properties.
    void tolerant()
    {
        Error error;
        const auto s = ServiceSwagger::parse(R"({"definitions":{
            "BatchExecutionRequest":{},
            "BatchInputs":{"properties":{"input10":{},"input2":{}}},
            "ExecutionInputs":{"properties":{"input2":{"type":"array","items":{"$ref":"#/definitions/missing"}}}},
            "BatchOutputs":{"$ref":"#/definitions/Loop"}, "Loop":{"$ref":"#/definitions/Loop"},
            "GlobalParameters":{"properties":{"p":{"type":"integer","default":"x"}},"required":["p"]}}})",
            &error);
        QVERIFY2(s, qPrintable(error.message()));
        QCOMPARE(s->inputs.size(), 2);
        QCOMPARE(s->inputs[0].name, u"input2"_s); // natural order
        QCOMPARE(s->inputs[1].name, u"input10"_s);
        QVERIFY(s->inputs[0].columns.isEmpty());
        QVERIFY(s->outputs.isEmpty());
        QCOMPARE(s->parameters.size(), 1);
        QVERIFY(s->parameters[0].required);
    }

    void naturalOrder()
    {
        QVERIFY(mlr::ml::naturalLess(u"input2"_s, u"input10"_s));
        QVERIFY(!mlr::ml::naturalLess(u"input10"_s, u"input2"_s));
        QVERIFY(mlr::ml::naturalLess(u"output1"_s, u"output01x"_s));
        QVERIFY(mlr::ml::naturalLess(u"a"_s, u"b"_s));
        QVERIFY(!mlr::ml::naturalLess(u"a"_s, u"a"_s));
    }

    void swaggerUrl_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("expected");
        const QString base = u"http://127.0.0.1:5000/subscriptions/abc/services/def"_s;
        const QString swagger = base + u"/swagger.json?api-version=2.0"_s;
        QTest::newRow("bes base") << base << swagger;
        QTest::newRow("bes base slash") << base + u"/"_s << swagger;
        QTest::newRow("bes jobs") << base + u"/jobs?api-version=2.0"_s << swagger;
        QTest::newRow("bes job") << base + u"/jobs/123/start"_s << swagger;
        QTest::newRow("rrs") << base + u"/execute?api-version=2.0&details=true"_s << swagger;
        QTest::newRow("swagger") << base + u"/swagger.json"_s << swagger;
        QTest::newRow("classic")
            << u"https://ussouthcentral.services.azureml.net/workspaces/w1/services/s1/jobs"_s
            << u"https://ussouthcentral.services.azureml.net/workspaces/w1/services/s1/swagger.json?api-version=2.0"_s;
        QTest::newRow("no service") << u"http://127.0.0.1/other/path"_s << QString();
        QTest::newRow("services only") << u"http://127.0.0.1/services/"_s << QString();
        QTest::newRow("relative") << u"services/abc"_s << QString();
    }

    void swaggerUrl()
    {
        QFETCH(QString, service);
        QFETCH(QString, expected);
        const QUrl url = mlr::ml::swaggerUrlFor(QUrl(service));
        QCOMPARE(url.toString(), expected);
    }

    void fetch_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("attempts");
        const QByteArray census = testData(u"census-predictiveService.swagger.json"_s);
        QTest::newRow("ok") << 200 << census << int(Error::Kind::None) << 1;
        QTest::newRow("not found") << 404 << QByteArray(R"({"error":{"code":"NotFound"}})")
                                   << int(Error::Kind::Http) << 1;
        QTest::newRow("malformed") << 200 << QByteArray("{") << int(Error::Kind::Parse) << 1;
        QTest::newRow("transient then ok") << 503 << census << int(Error::Kind::None) << 2;
    }

    void fetch()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(int, attempts);
        int calls = 0;
        mlr::test::FakeNetworkAccessManager nam([&](const mlr::test::SeenRequest &r) {
            ++calls;
            if (r.request.url().path().endsWith(u"/swagger.json"_s) && r.verb == "GET") {
                if (status == 503 && calls == 1)
                    return std::optional(
                        mlr::test::FakeAnswer { 503, {}, { { "Retry-After", "0" } }, {}, false });
                return std::optional(mlr::test::FakeAnswer::ok(body, status == 503 ? 200 : status));
            }
            return std::optional<mlr::test::FakeAnswer>();
        });
        mlr::ml::ServiceSwaggerFetch fetch(
            &nam, QUrl(u"http://127.0.0.1:1/subscriptions/a/services/b/swagger.json"_s));
        QSignalSpy spy(&fetch, &mlr::ml::ServiceSwaggerFetch::finished);
        fetch.start();
        QCOMPARE(spy.size(), 0); // never from inside start()
        QVERIFY(spy.wait(10000));
        QTest::qWait(20);
        QCOMPARE(spy.size(), 1);
        const auto error = spy.at(0).at(1).value<Error>();
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(calls, attempts);
        if (!error)
            QCOMPARE(spy.at(0).at(0).value<ServiceSwagger>().inputs.value(0).columns.size(), 14);
        else
            QVERIFY(!error.context.isEmpty());
    }

    void fetchBadUrl()
    {
        mlr::test::FakeNetworkAccessManager nam(
            [](const mlr::test::SeenRequest &) { return std::optional<mlr::test::FakeAnswer>(); });
        mlr::ml::ServiceSwaggerFetch fetch(&nam, QUrl(u"ftp://x/swagger.json"_s));
        QSignalSpy spy(&fetch, &mlr::ml::ServiceSwaggerFetch::finished);
        fetch.start();
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.at(0).at(1).value<Error>().kind, Error::Kind::Input);
    }

    void cancelByDestruction()
    {
        mlr::test::FakeNetworkAccessManager nam([](const mlr::test::SeenRequest &) {
            mlr::test::FakeAnswer hang;
            hang.hang = true;
            return std::optional(hang);
        });
        auto *fetch
            = new mlr::ml::ServiceSwaggerFetch(&nam, QUrl(u"http://127.0.0.1:1/services/b/swagger.json"_s));
        QSignalSpy spy(fetch, &mlr::ml::ServiceSwaggerFetch::finished);
        fetch->start();
        QTest::qWait(50);
        delete fetch;
        QTest::qWait(50);
        QCOMPARE(spy.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSwagger)
#include "tst_swagger.moc"
