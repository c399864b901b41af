// `retrain check` and `retrain evaluate` as a user runs them: the built mlretrain-cli against
// its own seeded mlstudio-local and the Azurite of the fixture. Profile from the sandbox's
// demo.json, keys in the environment (no keychain), a private job journal; the job comes
// from `retrain submit --wait`, so this is the whole Submit -> Evaluate flow of the CLI.

#include "clirunner.h"
#include "tst_serversupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr::test;

class TestCliEvaluate : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QTemporaryDir m_dir;
    QJsonObject m_demo;
    QString m_jobId;

    CliRunner m_cli;

    CliRun cli(const QStringList &arguments, const QProcessEnvironment &env)
    {
        return m_cli.runWith(env, arguments);
    }
    CliRun cli(const QStringList &arguments) { return m_cli.run(arguments); }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return f.fileName();
    }

    QString censusNew() const { return m_server.dataDir() + u"/census-new.csv"_s; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        QVERIFY2(m_server.start({ u"--seed-demo"_s }, &why), qPrintable(why));
        m_demo = m_server.demo();
        QProcessEnvironment env = isolatedCliEnvironment(m_dir.filePath(u"home"_s));
        addSandboxCredentials(env, m_demo, m_dir.filePath(u"data"_s), false);
        m_cli = CliRunner(
            QStringLiteral(MLR_CLI_BINARY), env, { u"--config"_s, m_dir.filePath(u"profiles.ini"_s) });
        const CliRun r
            = cli({ u"profile"_s, u"from-sandbox"_s, m_server.dataDir() + u"/demo.json"_s, u"demo"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    }

    void checkGoodFile()
    {
        const CliRun r = cli({ u"-p"_s, u"demo"_s, u"retrain"_s, u"check"_s, censusNew() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        QVERIFY2(r.outText().contains(u"10000 data rows, 15 column(s), label 'income'"_s),
            qPrintable(r.outText()));
        QVERIFY(r.outText().contains(u"0 error(s)"_s));
        const CliRun j = cli({ u"-p"_s, u"demo"_s, u"--json"_s, u"retrain"_s, u"check"_s, censusNew() });
        QCOMPARE(j.exitCode, 0);
        const QJsonObject o = j.object();
        QCOMPARE(o[u"rows"_s].toInt(), 10000);
        QCOMPARE(o[u"label"_s].toString(), u"income"_s);
        QCOMPARE(o[u"errors"_s].toInt(), 0);
        QCOMPARE(o[u"header"_s].toArray().size(), 15);
    }

    void checkBadFiles_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("expected");
        QFile f(censusNew());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        const QByteArray header = lines[0].trimmed() + '\n';
        QByteArray ragged = header + lines[1] + '\n' + "46,Private,428448\n" + lines[3] + '\n';
        QTest::newRow("ragged") << ragged
                                << QStringList {
                                       u"bad.csv:3: error: Line 3 has 3 values, but the header has 15"_s
                                   };
        QByteArray mistyped = header + lines[1] + '\n' + QByteArray(lines[2]).replace(0, 2, "xx") + '\n';
        QTest::newRow("mistyped") << mistyped
                                  << QStringList {
                                         u"bad.csv:3 [age]: error: \"xx\" is not a whole number"_s
                                     };
        QByteArray noLabel;
        for (int i = 0; i < 5; ++i)
            noLabel += lines[i].left(lines[i].lastIndexOf(',')) + '\n';
        QTest::newRow("missing label")
            << noLabel
            << QStringList { u"bad.csv:1 [income]: error: The label column \"income\" is missing"_s };
        QTest::newRow("empty") << QByteArray() << QStringList { u"bad.csv: error: The file is empty"_s };
        QTest::newRow("header only") << header
                                     << QStringList { u"error: The file has a header but no data rows"_s };
        QTest::newRow("invalid utf-8")
            << QByteArray(header + lines[2] + '\n' + QByteArray(lines[1]).replace("Private", "Priv\xE9te"))
            << QStringList {
                   u"bad.csv:3 [workclass]: error: The value is not valid UTF-8 text (byte 0xE9)"_s
               };
    }

    void checkBadFiles()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, expected);
        const QString path = writeFile(u"bad.csv"_s, csv);
        const CliRun r = cli({ u"-p"_s, u"demo"_s, u"retrain"_s, u"check"_s, path });
        QCOMPARE(r.exitCode, 1);
        for (const QString &e : expected)
            QVERIFY2(r.outText().contains(e), qPrintable(r.outText()));
        QVERIFY(r.errText().contains(u"The data check found"_s));
    }

    void checkUsage()
    {
        QCOMPARE(cli({ u"-p"_s, u"demo"_s, u"retrain"_s, u"check"_s }).exitCode, 2);
        const CliRun missing
            = cli({ u"-p"_s, u"demo"_s, u"retrain"_s, u"check"_s, m_dir.filePath(u"nope.csv"_s) });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.errText().contains(u"is not a file"_s));
    }

    void submitThenEvaluate()
    {
        const CliRun submit
            = cli({ u"-p"_s, u"demo"_s, u"retrain"_s, u"submit"_s, u"--input"_s, censusNew(), u"--wait"_s });
        QVERIFY2(submit.exitCode == 0, qPrintable(submit.outText() + submit.errText()));
        m_jobId = submit.outText().trimmed().split(u'\n').first().trimmed();
        QVERIFY(!m_jobId.isEmpty());

        const CliRun text = cli({ u"-p"_s, u"demo"_s, u"retrain"_s, u"evaluate"_s, m_jobId });
        QVERIFY2(text.exitCode == 0, qPrintable(text.outText() + text.errText()));
        QVERIFY(text.outText().contains(u"binary model, label 'income', 2500 rows scored by both models"_s));
        QVERIFY(text.outText().contains(u"AUC"_s));
        QVERIFY(text.outText().contains(u"verdict: PASS"_s));
        QVERIFY(
            text.errText().contains(u"Scoring the same rows with the current model"_s)); // progress on stderr

        const CliRun json = cli({ u"-p"_s, u"demo"_s, u"--json"_s, u"retrain"_s, u"evaluate"_s, m_jobId });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = json.object();
        QCOMPARE(o[u"task"_s].toString(), u"binary"_s);
        QCOMPARE(o[u"rows"_s].toInt(), 2500);
        QVERIFY(o[u"gate"_s].toObject()[u"passed"_s].toBool());
        double newAuc = -1, serviceAuc = -2;
        for (const QJsonValue &m : o[u"metrics"_s].toArray()) {
            if (m[u"metric"_s].toString() == u"AUC"_s) {
                newAuc = m[u"new"_s].toDouble();
                QVERIFY(m[u"current"_s].toDouble() > 0.7);
                QCOMPARE(m[u"delta"_s].toDouble(), newAuc - m[u"current"_s].toDouble());
            }
        }
        for (const QJsonValue &m : o[u"serviceEvaluation"_s].toArray()) {
            if (m[u"metric"_s].toString() == u"AUC"_s)
                serviceAuc = m[u"value"_s].toDouble();
        }
        QVERIFY(std::abs(newAuc - serviceAuc) < 1e-9);
    }

    void evaluateGateFails()
    {
        QVERIFY(!m_jobId.isEmpty());
        const CliRun r = cli(
            { u"-p"_s, u"demo"_s, u"retrain"_s, u"evaluate"_s, m_jobId, u"--gate"_s, u"AUC gain >= 0.5"_s });
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.outText().contains(u"verdict: FAIL"_s));
        const CliRun bad
            = cli({ u"-p"_s, u"demo"_s, u"retrain"_s, u"evaluate"_s, m_jobId, u"--gate"_s, u"AUC >>> 1"_s });
        QCOMPARE(bad.exitCode, 1);
    }

    void evaluateErrors()
    {
        const CliRun unknown
            = cli({ u"-p"_s, u"demo"_s, u"retrain"_s, u"evaluate"_s, u"0123456789abcdef"_s });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.errText().contains(u"not in the job journal"_s));
        QCOMPARE(cli({ u"-p"_s, u"demo"_s, u"retrain"_s, u"evaluate"_s, u"../x"_s }).exitCode, 1);

        QProcessEnvironment env = m_cli.environment();
        const QString wrongKey = u"V3JvbmcgcHJlZGljdGl2ZSBrZXk="_s;
        env.insert(u"MLR_PREDICTIVE_API_KEY"_s, wrongKey);
        const CliRun r = cli({ u"-p"_s, u"demo"_s, u"retrain"_s, u"evaluate"_s, m_jobId }, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"API key was refused"_s), qPrintable(r.errText()));
        QVERIFY(!r.errText().contains(wrongKey) && !r.outText().contains(wrongKey));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestCliEvaluate)
#include "tst_cli_evaluate.moc"
