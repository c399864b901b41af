// RRS client: request bodies, answers in both forms, the execute URL, and RrsBatchScorer over
// a fake network (batches in order, requests in flight bounded, 401, transient retries, a
// short answer); champion rows from an answer; evaluation input locations and SAS expiry.

#include "eval/evaltypes.h"
#include "fakenetworkaccessmanager.h"
#include "ml/championscoring.h"
#include "ml/evaluationinputs.h"
#include "ml/rrsclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using mlr::Error;
using mlr::ml::RrsTable;
using mlr::test::FakeAnswer;
using mlr::test::SeenRequest;

namespace {

// A classic answer scoring each row: "Scored Labels" = the row's first cell, probability 0.5.
QByteArray echoAnswer(const QByteArray &requestBody, int dropRows = 0)
{
    const QJsonObject input
        = QJsonDocument::fromJson(requestBody).object()[u"Inputs"_s].toObject()[u"input1"_s].toObject();
    QJsonArray values;
    const QJsonArray rows = input[u"Values"_s].toArray();
    for (qsizetype i = 0; i < rows.size() - dropRows; ++i)
        values.append(QJsonArray { rows[i].toArray().at(0), u"0.5"_s });
    const QJsonObject value { { u"ColumnNames"_s,
                                  QJsonArray { u"Scored Labels"_s, u"Scored Probabilities"_s } },
        { u"ColumnTypes"_s, QJsonArray { u"String"_s, u"Double"_s } }, { u"Values"_s, values } };
    return QJsonDocument(QJsonObject { { u"Results"_s,
                             QJsonObject { { u"output1"_s,
                                 QJsonObject { { u"type"_s, u"table"_s }, { u"value"_s, value } } } } } })
        .toJson(QJsonDocument::Compact);
}

std::vector<QStringList> numberedRows(int n)
{
    std::vector<QStringList> rows;
    for (int i = 0; i < n; ++i)
        rows.push_back({ QString::number(i), i % 3 == 0 ? QString() : u"x"_s });
    return rows;
}

const QUrl serviceUrl(
    u"http://127.0.0.1:9/subscriptions/s/services/p/execute?api-version=2.0&details=true"_s);

} // namespace

class TestRrs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestBody()
    {
        const std::vector<QStringList> rows { { u"39"_s, u"State-gov"_s }, { u"50"_s, QString() },
            { u"1"_s, u"x"_s } };
        const QByteArray body = mlr::ml::rrsRequestBody(
            u"input1"_s, { u"age"_s, u"workclass"_s }, rows, 0, 2, QVariantMap { { u"Random seed"_s, 7 } });
        QCOMPARE(body,
            QByteArray(
                R"({"GlobalParameters":{"Random seed":7},"Inputs":{"input1":{"ColumnNames":["age","workclass"],)"
                R"("Values":[["39","State-gov"],["50",null]]}}})"));
        const QByteArray tail = mlr::ml::rrsRequestBody(u"in"_s, { u"a"_s }, rows, 2, 5);
        QVERIFY(tail.contains(R"("Values":[["1","x"]])"));
    }

    void parseAnswer()
    {
        Error error;
        const auto t = mlr::ml::parseRrsResponse(
            R"({"Results":{"output1":{"type":"table","value":{"ColumnNames":["Scored Labels","Scored Probabilities"],)"
            R"("ColumnTypes":["String","Double"],"Values":[[">50K","0.92"],["<=50K",null],["x",0.25]]}}}})",
            u"output1"_s, &error);
        QVERIFY2(t, qPrintable(error.message()));
        QCOMPARE(t->columns, (QStringList { u"Scored Labels"_s, u"Scored Probabilities"_s }));
        QCOMPARE(t->types, (QStringList { u"String"_s, u"Double"_s }));
        QCOMPARE(t->rows.size(), size_t(3));
        QCOMPARE(t->rows[0], (QStringList { u">50K"_s, u"0.92"_s }));
        QVERIFY(t->rows[1][1].isNull());
        QCOMPARE(t->rows[2][1], u"0.25"_s);
        const auto s = mlr::ml::parseRrsResponse(
            R"({"Results":{"output1":[{"Scored Labels":"1","Scored Probabilities":0.5},{"Scored Labels":"0"}]}})",
            u"output1"_s, &error);
        QVERIFY(s);
        QCOMPARE(s->rows.size(), size_t(2));
        QCOMPARE(s->rows[0][s->columnIndex(u"Scored Probabilities"_s)], u"0.5"_s);
        QVERIFY(s->rows[1][s->columnIndex(u"Scored Probabilities"_s)].isNull());
    }

    void parseErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("not json") << QByteArray("<html>") << u"not a JSON object"_s;
        QTest::newRow("other output")
            << QByteArray(R"({"Results":{"output2":{}}})") << u"no output \"output1\""_s;
        QTest::newRow("no values") << QByteArray(R"({"Results":{"output1":{"value":{}}}})") << u"no Values"_s;
        QTest::newRow("row not array")
            << QByteArray(R"({"Results":{"output1":{"value":{"Values":[1]}}}})") << u"not an array"_s;
        QTest::newRow("short row") << QByteArray(
            R"({"Results":{"output1":{"value":{"ColumnNames":["a","b"],"Values":[["1"]]}}}})")
                                   << u"1 values for 2"_s;
    }

    void parseErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, fragment);
        Error error;
        QVERIFY(!mlr::ml::parseRrsResponse(body, u"output1"_s, &error));
        QCOMPARE(error.kind, Error::Kind::Parse);
        QVERIFY2(error.message().contains(fragment), qPrintable(error.message()));
    }

    void executeUrl_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("expected");
        const QString base = u"http://h/subscriptions/s/services/p"_s;
        const QString want = base + u"/execute?api-version=2.0&details=true"_s;
        QTest::newRow("base") << base << want;
        QTest::newRow("execute") << base + u"/execute"_s << want;
        QTest::newRow("demo") << base + u"/execute?api-version=2.0&details=true"_s << want;
        QTest::newRow("swagger format") << base + u"/execute?api-version=2.0&format=swagger"_s << want;
    }

    void executeUrl()
    {
        QFETCH(QString, given);
        QFETCH(QString, expected);
        QCOMPARE(mlr::ml::rrsExecuteUrl(QUrl(given)).toString(), expected);
    }

    void batches()
    {
        int outstanding = 0, maxOutstanding = 0;
        mlr::test::FakeNetworkAccessManager nam([&](const SeenRequest &r) -> std::optional<FakeAnswer> {
            if (r.verb != "POST" || r.request.rawHeader("Authorization") != "Bearer secret-key-123")
                return std::nullopt;
            maxOutstanding = std::max(maxOutstanding, ++outstanding);
            return FakeAnswer::ok(echoAnswer(r.body));
        });
        mlr::ml::RrsOptions options;
        options.batchRows = 100;
        options.maxInFlight = 3;
        mlr::ml::RrsBatchScorer scorer(
            &nam, serviceUrl, u"secret-key-123"_s, { u"id"_s, u"x"_s }, numberedRows(1050), options);
        QSignalSpy done(&scorer, &mlr::ml::RrsBatchScorer::finished);
        connect(&scorer, &mlr::ml::RrsBatchScorer::progress, this, [&] { --outstanding; });
        scorer.start();
        QVERIFY(done.wait(10000));
        QVERIFY(!done.at(0).at(1).value<Error>());
        const auto table = done.at(0).at(0).value<RrsTable>();
        QCOMPARE(table.rows.size(), size_t(1050));
        for (int i = 0; i < 1050; ++i)
            QCOMPARE(table.rows[size_t(i)][0], QString::number(i)); // input order
        QCOMPARE(scorer.requestsSent(), 11);
        QCOMPARE(nam.seen().size(), 11);
        QVERIFY(maxOutstanding <= 3);
        QVERIFY(maxOutstanding >= 2); // concurrent, not one by one
        const QUrl sent = nam.seen().first().request.url();
        QCOMPARE(sent.path(), u"/subscriptions/s/services/p/execute"_s);
        QVERIFY(nam.seen().first().body.contains(R"(["0",null])"));
    }

    void emptyInput()
    {
        mlr::test::FakeNetworkAccessManager nam(
            [](const SeenRequest &) { return std::optional<FakeAnswer>(); });
        mlr::ml::RrsBatchScorer scorer(&nam, serviceUrl, u"k-123456"_s, { u"a"_s }, {});
        QSignalSpy done(&scorer, &mlr::ml::RrsBatchScorer::finished);
        scorer.start();
        QVERIFY(done.wait(5000));
        QVERIFY(!done.at(0).at(1).value<Error>());
        QCOMPARE(done.at(0).at(0).value<RrsTable>().rows.size(), size_t(0));
    }

    void failures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("failFirst"); // how many answers fail before success
        QTest::addColumn<int>("dropRows");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("wrong key") << 401 << 99 << 0 << int(Error::Kind::Http) << u"API key was refused"_s;
        QTest::newRow("bad request") << 400 << 99 << 0 << int(Error::Kind::Http) << u"ModuleExecutionError"_s;
        QTest::newRow("throttled then ok") << 503 << 2 << 0 << int(Error::Kind::None) << QString();
        QTest::newRow("short answer")
            << 200 << 0 << 1 << int(Error::Kind::Parse) << u"99 rows came back from the predictive service for 100 sent"_s;
    }

    void failures()
    {
        QFETCH(int, status);
        QFETCH(int, failFirst);
        QFETCH(int, dropRows);
        QFETCH(int, kind);
        QFETCH(QString, fragment);
        int answered = 0;
        mlr::test::FakeNetworkAccessManager nam([&](const SeenRequest &r) -> std::optional<FakeAnswer> {
            if (answered++ < failFirst) {
                const QByteArray code = status == 401 ? "Unauthorized"
                    : status == 503                   ? "ServiceUnavailable"
                                                      : "ModuleExecutionError";
                FakeAnswer a { status, R"({"error":{"code":")" + code + R"(","message":"no"}})", {}, {},
                    false };
                if (status == 503)
                    a.headers = { { "Retry-After", "0" } };
                return a;
            }
            return FakeAnswer::ok(echoAnswer(r.body, dropRows));
        });
        mlr::ml::RrsOptions options;
        options.batchRows = 100;
        options.retry.baseDelay = std::chrono::milliseconds(1);
        mlr::ml::RrsBatchScorer scorer(
            &nam, serviceUrl, u"very-secret-key"_s, { u"id"_s, u"x"_s }, numberedRows(300), options);
        QSignalSpy done(&scorer, &mlr::ml::RrsBatchScorer::finished);
        scorer.start();
        QVERIFY(done.wait(10000));
        QTest::qWait(50);
        QCOMPARE(done.size(), 1);
        const auto error = done.at(0).at(1).value<Error>();
        QCOMPARE(int(error.kind), kind);
        QVERIFY2(error.message().contains(fragment), qPrintable(error.message()));
        QVERIFY(!error.message().contains(u"very-secret-key"_s));
        if (!error)
            QCOMPARE(done.at(0).at(0).value<RrsTable>().rows.size(), size_t(300));
        if (status == 401)
            QVERIFY(nam.seen().size() <= 4); // not retried
    }

    void insecureUrl()
    {
        mlr::test::FakeNetworkAccessManager nam(
            [](const SeenRequest &) { return std::optional<FakeAnswer>(); });
        mlr::ml::RrsBatchScorer scorer(&nam, QUrl(u"http://example.com/services/p/execute"_s), u"k-123456"_s,
            { u"a"_s }, numberedRows(2));
        QSignalSpy done(&scorer, &mlr::ml::RrsBatchScorer::finished);
        scorer.start();
        QVERIFY(done.wait(5000));
        QCOMPARE(done.at(0).at(1).value<Error>().kind, Error::Kind::Input);
        QCOMPARE(nam.seen().size(), 0);
    }

    void championRowsBinary()
    {
        mlr::eval::ScoredRows challenger;
        challenger.task = mlr::eval::Task::Binary;
        challenger.labelColumn = u"income"_s;
        challenger.labels = { 1, 0, 0 };
        challenger.scores = { 0.9, 0.2, 0.4 };
        challenger.classNames = { u"<=50K"_s, u">50K"_s };
        RrsTable answer;
        answer.columns = { u"Scored Labels"_s, u"Scored Probabilities"_s };
        answer.rows = { { u">50K"_s, u"0.7"_s }, { u"<=50K"_s, u"0.1"_s }, { u"<=50K"_s, QString() } };
        Error error;
        const auto rows
            = mlr::ml::championRows(challenger, { u">50K"_s, u"<=50K"_s, QString() }, answer, &error);
        QVERIFY2(rows, qPrintable(error.message()));
        QCOMPARE(rows->classNames, challenger.classNames);
        QCOMPARE(rows->labels[0], 1.0);
        QCOMPARE(rows->labels[1], 0.0);
        QVERIFY(std::isnan(rows->labels[2])); // missing label kept for alignment
        QCOMPARE(rows->scores[0], 0.7);
        QVERIFY(std::isnan(rows->scores[2]));
        answer.columns = { u"Scored Labels"_s };
        QVERIFY(!mlr::ml::championRows(challenger, { u"a"_s, u"b"_s, u"c"_s }, answer, &error));
        QVERIFY(error.message().contains(u"Scored Probabilities"_s));
    }

    void labelInference()
    {
        const QStringList features { u"age"_s, u"sex"_s };
        QCOMPARE(
            mlr::ml::inferScoredLabelColumn(
                { u"age"_s, u"sex"_s, u"income"_s, u"Scored Labels"_s, u"Scored Probabilities"_s }, features),
            u"income"_s);
        QCOMPARE(
            mlr::ml::inferScoredLabelColumn({ u"age"_s, u"id"_s, u"income"_s, u"Scored Labels"_s }, features),
            QString());
        QVERIFY(mlr::ml::isScoreColumn(u"Scored Probabilities for Class \"a\""_s));
    }

    void locations()
    {
        mlr::ml::BlobReference result;
        result.baseLocation = u"http://127.0.0.1:10000/devstoreaccount1/"_s;
        result.relativeLocation = u"mlretrain/census/20261126-194500/scored.csv"_s;
        result.sasBlobToken = u"?sv=2021-08-06&sr=b&sp=r&se=2026-11-27T19%3A45%3A00Z&sig=abc"_s;
        Error error;
        const auto l = mlr::ml::locationFromResult(result, &error);
        QVERIFY2(l, qPrintable(error.message()));
        QCOMPARE(l->container, u"mlretrain"_s);
        QCOMPARE(l->blob, u"census/20261126-194500/scored.csv"_s);
        QCOMPARE(l->account.name, u"devstoreaccount1"_s);
        QCOMPARE(l->account.blobEndpoint, QUrl(u"http://127.0.0.1:10000/devstoreaccount1"_s));
        QVERIFY(l->account.sas.startsWith(u"sv="_s));
        result.sasBlobToken.clear();
        QVERIFY(!mlr::ml::locationFromResult(result, &error));

        const mlr::StorageAccount account = mlr::StorageAccount::developmentStorage();
        const auto s = mlr::ml::locationFromUrl(account,
            QUrl(u"http://127.0.0.1:10000/devstoreaccount1/mlretrain/a%20b/evaluation.csv"_s), &error);
        QVERIFY(s);
        QCOMPARE(s->container, u"mlretrain"_s);
        QCOMPARE(s->blob, u"a b/evaluation.csv"_s);
        QVERIFY(!mlr::ml::locationFromUrl(
            account, QUrl(u"http://127.0.0.1:10001/devstoreaccount1/c/b.csv"_s), &error));
        QVERIFY(!mlr::ml::locationFromUrl(account, QUrl(u"http://127.0.0.1:10000/other/c/b.csv"_s), &error));
        QVERIFY(
            !mlr::ml::locationFromUrl(account, QUrl(u"http://127.0.0.1:10000/devstoreaccount1/c"_s), &error));
    }

    void expiry()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        QVERIFY(mlr::ml::sasExpired(u"?sv=x&se=2026-11-26T11%3A59%3A00Z&sig=s"_s, now));
        QVERIFY(!mlr::ml::sasExpired(u"sv=x&se=2026-11-26T12:01:00Z&sig=s"_s, now));
        QVERIFY(!mlr::ml::sasExpired(u"sv=x&sig=s"_s, now));
    }
};

QTEST_GUILESS_MAIN(TestRrs)
#include "tst_rrs.moc"
