// The data check agrees with the service: for each CSV, what DataChecker refuses (errors), the
// census retraining service refuses too (the BES job fails, its Details naming the problem),
// and what it passes, the service trains on. Against the seeded mlstudio-local + Azurite, with
// the swagger fetched from the service itself.

#include "ml/datacheck.h"
#include "tst_serversupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr::test;
using mlr::ml::DataChecker;
using mlr::ml::ServiceSwagger;

class TestEvaluationDataCheck : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QJsonObject m_demo;
    ServiceSwagger m_training;
    QList<QByteArray> m_lines; // census-new.csv, lines without their line ends

    QByteArray rows(int from, int to) const
    {
        QByteArray out;
        for (int i = from; i < to && i < m_lines.size(); ++i)
            out += m_lines[i] + "\r\n";
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_server.start({ u"--seed-demo"_s }, &why), qPrintable(why));
        m_demo = m_server.demo();
        QNetworkAccessManager nam;
        mlr::ml::ServiceSwaggerFetch fetch(&nam,
            mlr::ml::swaggerUrlFor(QUrl(m_demo[u"trainingService"_s].toObject()[u"batchUrl"_s].toString())));
        QSignalSpy done(&fetch, &mlr::ml::ServiceSwaggerFetch::finished);
        fetch.start();
        QVERIFY(done.wait(30000));
        QVERIFY(!done.at(0).at(1).value<mlr::Error>());
        m_training = done.at(0).at(0).value<ServiceSwagger>();
        QFile f(m_server.dataDir() + u"/census-new.csv"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QByteArray &line : f.readAll().split('\n'))
            m_lines << QByteArray(line).replace("\r", "");
    }

    void agreesWithService_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("details"); // a fragment of the failed job's Details
        const QByteArray header = m_lines[0] + "\r\n";
        QTest::newRow("good") << header + rows(1, 400) << true << QString();
        QTest::newRow("ragged") << header + rows(1, 100) + "46,Private,428448\r\n" + rows(100, 400) << false
                                << u"Error 0018"_s;
        QByteArray mistyped = header + rows(1, 400);
        mistyped.replace("\r\n46,", "\r\nforty-six,");
        QTest::newRow("mistyped integer") << mistyped << false << u"Error 0002"_s;
        QByteArray noLabel;
        for (int i = 0; i < 400; ++i)
            noLabel += m_lines[i].left(m_lines[i].lastIndexOf(',')) + "\r\n";
        QTest::newRow("missing label") << noLabel << false << u"income"_s;
        QTest::newRow("header only") << header << false << QString();
        QTest::newRow("empty") << QByteArray() << false << QString();
        QByteArray latin1 = header + rows(1, 400);
        latin1.replace("Private", "Priv\xE9");
        QTest::newRow("not utf-8") << latin1 << false << u"UTF-8"_s;
        QByteArray extra = m_lines[0] + ",id\r\n";
        for (int i = 1; i < 400; ++i)
            extra += m_lines[i] + ',' + QByteArray::number(i) + "\r\n";
        QTest::newRow("extra column (warning)") << extra << true << QString();
        // The label's values: the check's message is the job's Error 0023, word for word.
        const auto relabelled = [this](int line, const QByteArray &label) -> QByteArray {
            const QByteArray &l = m_lines[line - 1];
            return l.left(l.lastIndexOf(',') + 1) + label + "\r\n";
        };
        const QString known = u"but the service learns two values only: \"<=50K\" and \">50K\""_s;
        QTest::newRow("label case variant")
            << header + rows(1, 10) + relabelled(11, "<=50k") + rows(11, 400) << false
            << u"The label column \"income\" holds \"<=50k\" (first on line 11), "_s + known
                + u" (values are case-sensitive: \"<=50k\" is not \"<=50K\")."_s;
        QTest::newRow("label third value")
            << header + rows(1, 20) + relabelled(21, "n/a") + rows(21, 400) << false
            << u"The label column \"income\" holds \"n/a\" (first on line 21), "_s + known + u"."_s;
        QByteArray single = header;
        for (int line = 2; line <= 400; ++line)
            single += relabelled(line, "<=50K");
        QTest::newRow("label single class") << single << false
                                            << u"The label column \"income\" holds only \"<=50K\", but the "
                                               u"service learns two values, \"<=50K\" "
                                               u"and \">50K\": the training data needs rows of both."_s;
    }

    void agreesWithService()
    {
        QFETCH(QByteArray, csv);
        QFETCH(bool, accepted);
        QFETCH(QString, details);
        const auto check = DataChecker::check(csv, m_training.inputs.value(0), u"income"_s);
        QCOMPARE(!check.hasErrors(), accepted);
        if (details.startsWith(u"The label column"_s)) {
            QCOMPARE(check.problems.size(), 1);
            QCOMPARE(check.problems[0].message, details);
            details = u"Error 0023: "_s + details + u" (module Train Model, node "_s;
        }

        const QString connection = m_demo[u"storageConnectionString"_s].toString();
        const QString blob = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".csv"_s;
        QVERIFY(putBlob(connection, u"checktest"_s, blob, csv));
        const QJsonObject training = m_demo[u"trainingService"_s].toObject();
        const QString base = training[u"batchUrl"_s].toString();
        const QString key = training[u"apiKey"_s].toString();
        const QJsonObject body = besTrainingRequest(connection, u"checktest/"_s + blob, u"check-"_s + blob);
        const HttpResult submitted = besSubmit(base, key, body);
        if (submitted.status != 200) { // refused at submit (e.g. an empty input blob)
            QVERIFY2(!accepted, qPrintable(submitted.describe()));
            return;
        }
        const QString id = QString::fromUtf8(submitted.body).remove(u'"');
        QCOMPARE(
            http("POST", QUrl(base + u"/jobs/"_s + id + u"/start?api-version=2.0"_s), {}, bearer(key)).status,
            204);
        const QJsonObject status = waitJob(base + u"/jobs/"_s + id + u"?api-version=2.0"_s, key);
        const QString state = status[u"StatusCode"_s].toString();
        QCOMPARE(state, accepted ? u"Finished"_s : u"Failed"_s);
        if (!details.isEmpty())
            QVERIFY2(status[u"Details"_s].toString().contains(details),
                qPrintable(status[u"Details"_s].toString()));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestEvaluationDataCheck)
#include "tst_evaluation_datacheck.moc"
