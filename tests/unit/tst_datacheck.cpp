// Data check before upload: DataChecker on in-memory CSVs (one row per bad input), the
// streaming scanner under every chunking, problem caps, label inference, and DataCheckJob
// on files (large, missing, a folder, cancelled).

#include "ml/csvscan.h"
#include "ml/datacheck.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using mlr::Error;
using mlr::ml::ColumnSpec;
using mlr::ml::DataChecker;
using mlr::ml::DataCheckResult;
using mlr::ml::DataProblem;
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

ServiceSwagger swagger(const QString &name)
{
    return ServiceSwagger::parse(testData(name), nullptr).value_or(ServiceSwagger {});
}

// a: integer, b: number, c: string, flag: boolean, y: string (the label).
PortSpec port(bool ordered = false)
{
    PortSpec p;
    p.name = u"input1"_s;
    p.kind = PortSpec::Kind::Dataset;
    p.ordered = ordered;
    p.columns = { { u"a"_s, u"integer"_s, u"int32"_s, {}, false },
        { u"b"_s, u"number"_s, u"double"_s, {}, false }, { u"c"_s, u"string"_s, {}, {}, true },
        { u"flag"_s, u"boolean"_s, {}, {}, false }, { u"y"_s, u"string"_s, {}, {}, true } };
    return p;
}

// "E|line|column|fragment" / "W|..." per problem, in order.
QStringList describe(const DataCheckResult &r)
{
    QStringList out;
    for (const DataProblem &p : r.problems)
        out << u"%1|%2|%3|%4"_s.arg(p.severity == DataProblem::Severity::Error ? u"E"_s : u"W"_s)
                   .arg(p.line)
                   .arg(p.column, p.message);
    return out;
}

void compareProblems(const DataCheckResult &r, const QStringList &expected)
{
    const QStringList actual = describe(r);
    QVERIFY2(actual.size() == expected.size(), qPrintable(actual.join(u'\n')));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QStringList e = expected[i].split(u'|');
        const QStringList a = actual[i].split(u'|');
        QVERIFY2(a.mid(0, 3) == e.mid(0, 3) && a.mid(3).join(u'|').contains(e.value(3)),
            qPrintable(u"problem %1: expected %2, got %3"_s.arg(i).arg(expected[i], actual[i])));
    }
}

} // namespace

class TestDataCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problems_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("ordered");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<QStringList>("expected");
        const QByteArray h = "a,b,c,flag,y\n";
        QTest::newRow("good") << h + "1,2.5,x,true,yes\n2,3,z,0,no" << u"y"_s << false << 2LL
                              << QStringList();
        QTest::newRow("crlf and quotes") << QByteArray("a,b,c,flag,y\r\n1,2,\"x, \"\"q\"\"\",yes,l\r\n")
                                         << u"y"_s << false << 1LL << QStringList();
        QTest::newRow("missing values ok") << h + "  +4 ,NaN,,,l\n3.0, 1e3 ,,FALSE,l\n"
                                           << u"y"_s << false << 2LL << QStringList();
        QTest::newRow("ragged") << h + "1,2,x,true,l\n1,2,x,true\n1,2,x,true,l,9\n"
                                << u"y"_s << false << 3LL
                                << QStringList { u"E|3||Line 3 has 4 value(s), but the header has 5"_s,
                                       u"E|4||Line 4 has 6 value(s)"_s };
        QTest::newRow("quoted newline shifts lines")
            << h + "1,2,\"two\nlines\",true,l\n1,2\n"
            << u"y"_s << false << 2LL << QStringList { u"E|4||Line 4 has 2 value(s)"_s };
        QTest::newRow("blank lines keep numbering") << h + "\n\n1,2\r\n\r\n1,2,x,true,l" << u"y"_s << false
                                                    << 2LL << QStringList { u"E|4||Line 4 has 2 value(s)"_s };
        QTest::newRow("cr line ends") << QByteArray("a,b,c,flag,y\r1,2,x,true,l\r1\r") << u"y"_s << false
                                      << 2LL << QStringList { u"E|3||Line 3 has 1 value(s),"_s };
        QTest::newRow("mistyped") << h + "1.5,abc,x,maybe,l\n7,8,x,yes,l\n"
                                  << u"y"_s << false << 2LL
                                  << QStringList { u"E|2|a|\"1.5\" is not a whole number"_s,
                                         u"E|2|b|\"abc\" is not a number"_s,
                                         u"E|2|flag|\"maybe\" is not true or false"_s };
        QTest::newRow("signs and exponents") << h + "-4,-2.5e-3,x,no,l\n1e3,+.5,x,YES,l\n+7,-0,x,False,l\n"
                                             << u"y"_s << false << 3LL << QStringList();
        QTest::newRow("negative fraction in integer column")
            << h + "-3.5,1,x,1,l\n--3,1,x,1,l\n"
            << u"y"_s << false << 2LL
            << QStringList { u"E|2|a|\"-3.5\" is not a whole number"_s,
                   u"E|3|a|\"--3\" is not a whole number"_s };
        QTest::newRow("infinity is not a number")
            << h + "1,inf,x,1,l\n"
            << u"y"_s << false << 1LL << QStringList { u"E|2|b|\"inf\" is not a number"_s };
        QTest::newRow("missing label") << QByteArray("a,b,c,flag\n1,2,x,true\n") << u"y"_s << false << 1LL
                                       << QStringList { u"E|1|y|The label column \"y\" is missing"_s };
        QTest::newRow("label empty everywhere")
            << h + "1,2,x,true,\n1,2,x,true, \n"
            << u"y"_s << false << 2LL << QStringList { u"E|0|y|empty in every row"_s };
        QTest::newRow("label empty sometimes")
            << h + "1,2,x,true,l\n1,2,x,true,\n1,2,x,true,\n"
            << u"y"_s << false << 3LL << QStringList { u"W|3|y|2 row(s) have no value"_s };
        QTest::newRow("missing feature") << QByteArray("a,c,flag,y\n1,x,1,l\n") << u"y"_s << false << 1LL
                                         << QStringList { u"E|1|b|needs the column \"b\""_s };
        QTest::newRow("spaces in name") << QByteArray("a, b,c,flag,y\n1,2,x,1,l\n") << u"y"_s << false << 1LL
                                        << QStringList { u"E|1|b|with spaces around the name"_s,
                                               u"W|1| b|does not take the column \" b\""_s };
        QTest::newRow("case in name")
            << QByteArray("a,B,c,flag,y\n1,2,x,1,l\n") << u"y"_s << false << 1LL
            << QStringList { u"E|1|b|names are case-sensitive"_s, u"W|1|B|will be dropped"_s };
        QTest::newRow("extra column") << QByteArray("a,b,c,flag,y,id\n1,2,x,1,l,7\n") << u"y"_s << false
                                      << 1LL << QStringList { u"W|1|id|does not take the column \"id\""_s };
        QTest::newRow("duplicate header")
            << QByteArray("a,b,c,flag,y,a\n1,2,x,1,l,1\n") << u"y"_s << false << 1LL
            << QStringList { u"E|1|a|appears more than once in the header (columns 1 and 6)"_s };
        QTest::newRow("empty header name")
            << QByteArray("a,b,c,flag,y,\n1,2,x,1,l,\n") << u"y"_s << false << 1LL
            << QStringList { u"E|1||Column 6 of the header has no name"_s };
        QTest::newRow("order ignored when unordered")
            << QByteArray("y,a,b,c,flag\nl,1,2,x,1\n") << u"y"_s << false << 1LL << QStringList();
        QTest::newRow("order when ordered")
            << QByteArray("y,a,b,c,flag\nl,1,2,x,1\n") << u"y"_s << true << 1LL
            << QStringList { u"W|1||not in the service's order (a, b, c, flag, y)"_s };
        QTest::newRow("empty") << QByteArray() << u"y"_s << false << 0LL
                               << QStringList { u"E|0||The file is empty"_s };
        QTest::newRow("only bom and blank lines") << QByteArray("\xEF\xBB\xBF\r\n\n") << u"y"_s << false
                                                  << 0LL << QStringList { u"E|0||The file is empty"_s };
        QTest::newRow("header only") << h << u"y"_s << false << 0LL
                                     << QStringList { u"E|0||a header but no data rows"_s };
        QTest::newRow("bom") << "\xEF\xBB\xBF" + h + "1,2,x,1,l\n" << u"y"_s << false << 1LL << QStringList();
        QTest::newRow("invalid utf-8")
            << h + "1,2,caf\xE9,1,l\n1,2,ok,1,l\n"
            << u"y"_s << false << 2LL << QStringList { u"E|2|c|not valid UTF-8 text (byte 0xE9)"_s };
        QTest::newRow("overlong utf-8") << h + "1,2,\xC0\xAF,1,l\n"
                                        << u"y"_s << false << 1LL << QStringList { u"E|2|c|byte 0xC0"_s };
        QTest::newRow("valid utf-8") << h + "1,2,Zürich \xE2\x82\xAC \xF0\x9F\x98\x80,1,l\n"
                                     << u"y"_s << false << 1LL << QStringList();
        QTest::newRow("nul byte") << h + "1,2,x,1,l\n1,2,x\0y,1,l\n"_ba << u"y"_s << false << 1LL
                                  << QStringList { u"E|3||Line 3 contains a NUL byte"_s };
        QTest::newRow("utf-16") << QByteArray("\xFF\xFE"
                                              "a\0,\0b\0",
            8) << u"y"_s << false
                                << 0LL << QStringList { u"E|0||UTF-16"_s };
        QTest::newRow("unclosed quote")
            << h + "1,2,x,1,l\n1,2,\"open,1,l\n1,2,x,1,l\n"
            << u"y"_s << false << 1LL << QStringList { u"E|3||starts on line 3 is never closed"_s };
        QTest::newRow("enum") << QByteArray("a,b,c,flag,y\n1,2,x,1,l\n") << u"y"_s << false << 1LL
                              << QStringList();
    }

    void problems()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, label);
        QFETCH(bool, ordered);
        QFETCH(qint64, rows);
        QFETCH(QStringList, expected);
        const DataCheckResult r = DataChecker::check(csv, port(ordered), label);
        compareProblems(r, expected);
        QCOMPARE(r.rows, rows);
        QCOMPARE(r.hasErrors(), std::any_of(expected.begin(), expected.end(), [](const QString &e) {
            return e.startsWith(u"E|"_s);
        }));
        QCOMPARE(r.bytes, qint64(csv.size()));
    }

    void headerWithoutBom()
    {
        const DataCheckResult r = DataChecker::check("\xEF\xBB\xBF"
                                                     "a,b\n1,2\n",
            port(), u"y"_s);
        QCOMPARE(r.header, (QStringList { u"a"_s, u"b"_s }));
    }

    void enumValues()
    {
        PortSpec p = port();
        p.columns[2].enumValues = { u"x"_s, u"z"_s };
        const DataCheckResult r
            = DataChecker::check("a,b,c,flag,y\n1,2,x,1,l\n1,2,w,1,l\n1,2,,1,l\n", p, u"y"_s);
        compareProblems(r, { u"E|3|c|\"w\" is not one of the values column \"c\" allows (x, z)"_s });
    }

    // The scanner gives the same records and problems whatever the chunking.
    void chunking()
    {
        const QByteArray csv = "\xEF\xBB\xBF"
                               "a,b,c,flag,y\r\n1,2,\"q\"\"x\r\ny\",1,l\r\n\r\n1,x,\"\",0,\r\n"
                               "4,5,caf\xC3\xA9,yes,l\r1,2,3\n7,8,\"a,b\"tail,no,l";
        const DataCheckResult whole = DataChecker::check(csv, port(), u"y"_s);
        QVERIFY(whole.problems.size() >= 3);
        for (int size : { 1, 2, 3, 5, 7, 64 }) {
            DataChecker c(port(), u"y"_s);
            for (qsizetype i = 0; i < csv.size(); i += size)
                c.feed(csv.mid(i, size));
            const DataCheckResult parts = c.finish();
            QCOMPARE(describe(parts), describe(whole));
            QCOMPARE(parts.rows, whole.rows);
            QCOMPARE(parts.header, whole.header);
        }
    }

    // Random CSV-like bytes (quotes, separators, CR/LF, UTF-8 pieces, bad bytes, NUL): the
    // result never depends on where the chunks are split, and nothing crashes.
    void randomChunking()
    {
        QRandomGenerator rng(20261126);
        const QList<QByteArray> pieces { "a", "1", "2.5", ",", ",", "\"", "\"\"", "\n", "\r", "\r\n",
            "\xC3\xA9", "\xE9", "\xEF\xBB\xBF", " ", "true", QByteArray(1, '\0') };
        for (int round = 0; round < 300; ++round) {
            QByteArray csv = round % 3 == 0 ? "a,b,c,flag,y\n" : "";
            const int n = int(rng.bounded(1, 80));
            for (int i = 0; i < n; ++i)
                csv += pieces[rng.bounded(pieces.size())];
            const DataCheckResult whole = DataChecker::check(csv, port(), u"y"_s);
            DataChecker c(port(), u"y"_s);
            qsizetype at = 0;
            while (at < csv.size()) {
                const qsizetype size = rng.bounded(1, 9);
                c.feed(csv.mid(at, size));
                at += size;
            }
            const DataCheckResult parts = c.finish();
            QVERIFY2(describe(parts) == describe(whole) && parts.rows == whole.rows
                    && parts.header == whole.header,
                qPrintable(QString::fromLatin1(csv.toPercentEncoding())));
        }
    }

    void scannerCells()
    {
        QList<QStringList> records;
        QList<qint64> lines;
        mlr::ml::CsvScanner s([&](const mlr::ml::CsvRecord &r) {
            QStringList cells;
            for (qsizetype i = 0; i < r.size(); ++i)
                cells << QString::fromUtf8(r.field(i).data(), qsizetype(r.field(i).size()));
            records << cells;
            lines << r.line;
            return true;
        });
        s.feed("x,\"a,b\",\"say \"\"hi\"\"\"\n\"multi\nline\",,\"\"\n\"q\"rest,end");
        s.finish();
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0], (QStringList { u"x"_s, u"a,b"_s, u"say \"hi\""_s }));
        QCOMPARE(records[1], (QStringList { u"multi\nline"_s, QString(), QString() }));
        QCOMPARE(records[2], (QStringList { u"qrest"_s, u"end"_s }));
        QCOMPARE(lines, (QList<qint64> { 1, 2, 4 }));
        QCOMPARE(s.stop(), mlr::ml::CsvScanner::Stop::None);
    }

    void caps()
    {
        QByteArray csv = "a,b,c,flag,y\n";
        for (int i = 0; i < 1000; ++i)
            csv += "1,2\n";
        const DataCheckResult r = DataChecker::check(csv, port(), u"y"_s);
        QCOMPARE(r.errorCount, 1000);
        QCOMPARE(r.rows, 1000);
        QCOMPARE(r.problems.size(), 11); // 10 listed + "990 more"
        QVERIFY(r.problems.last().message.contains(u"990 more line(s)"_s));
        QCOMPARE(r.problems.last().line, 12); // the first not listed
        // Many kinds: the overall cap holds.
        QByteArray wide = "a,b,c,flag,y";
        QByteArray row = "1,2,x,1,l";
        for (int k = 0; k < 200; ++k) {
            wide += ",extra" + QByteArray::number(k);
            row += ",v";
        }
        const DataCheckResult w = DataChecker::check(QByteArray(wide + '\n' + row + '\n'), port(), u"y"_s);
        QCOMPARE(w.warningCount, 200);
        QCOMPARE(w.problems.size(), 101);
        QVERIFY(w.problems.last().message.contains(u"100 more problem(s)"_s));
    }

    void typeSample()
    {
        mlr::ml::DataCheckOptions o;
        o.typeSampleRows = 2;
        const DataCheckResult r
            = DataChecker::check("a,b,c,flag,y\n1,2,x,1,l\n1,2,x,1,l\nbad,2,x,1,l\n1,2\n", port(), u"y"_s, o);
        compareProblems(r, { u"E|5||Line 5 has 2 value(s)"_s }); // row 3 is outside the type sample
        QCOMPARE(r.typedRows, 2);
        QCOMPARE(r.rows, 4);
    }

    void censusSample()
    {
        const ServiceSwagger training = swagger(u"census-trainingService.swagger.json"_s);
        const ServiceSwagger predictive = swagger(u"census-predictiveService.swagger.json"_s);
        QCOMPARE(mlr::ml::inferLabelColumn(training, predictive), u"income"_s);
        QCOMPARE(mlr::ml::inferLabelColumn(training, training), QString());
        const DataCheckResult r
            = DataChecker::check(testData(u"census-sample.csv"_s), training.inputs.value(0), u"income"_s);
        QVERIFY2(!r.hasErrors(), qPrintable(describe(r).join(u'\n')));
        QCOMPARE(r.rows, 200);
        QCOMPARE(r.header.size(), 15);
        // The same rows with the label dropped, for the training service: an error.
        QByteArray noLabel;
        for (const QByteArray &line : testData(u"census-sample.csv"_s).split('\n'))
            noLabel += line.left(line.lastIndexOf(',')) + '\n';
        const DataCheckResult m = DataChecker::check(noLabel, training.inputs.value(0), u"income"_s);
        QVERIFY(m.hasErrors());
        QCOMPARE(m.problems.value(0).column, u"income"_s);
        const ServiceSwagger housing = swagger(u"housing-trainingService.swagger.json"_s);
        const DataCheckResult hr
            = DataChecker::check(testData(u"housing-sample.csv"_s), housing.inputs.value(0),
                mlr::ml::inferLabelColumn(housing, swagger(u"housing-predictiveService.swagger.json"_s)));
        QCOMPARE(hr.labelColumn, u"price"_s);
        QVERIFY2(!hr.hasErrors(), qPrintable(describe(hr).join(u'\n')));
    }

    void job()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b,c,flag,y\n");
        QByteArray block;
        for (int i = 0; i < 1000; ++i)
            block += QByteArray::number(i) + ",1.5,\"text, quoted\",true,l\n";
        for (int i = 0; i < 200; ++i)
            f.write(block); // ~7 MB, 200 000 rows
        f.write("1,2\n");
        f.close();
        ServiceSwagger s;
        s.inputs << port();
        mlr::ml::DataCheckJob job(path, s, u"y"_s);
        QSignalSpy done(&job, &mlr::ml::DataCheckJob::finished);
        QSignalSpy progress(&job, &mlr::ml::DataCheckJob::progress);
        job.start();
        QCOMPARE(done.size(), 0);
        QVERIFY(done.wait(30000));
        const auto r = done.at(0).at(0).value<DataCheckResult>();
        QVERIFY(!done.at(0).at(1).value<Error>());
        QCOMPARE(r.rows, 200001);
        QCOMPARE(r.typedRows, 200001); // every row by default
        compareProblems(r, { u"E|200002||Line 200002 has 2 value(s)"_s });
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), QFileInfo(path).size());
    }

    void jobInfersLabel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"x.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(testData(u"census-sample.csv"_s).replace(">50K", ""));
        f.close();
        mlr::ml::DataCheckJob job(path, swagger(u"census-trainingService.swagger.json"_s), QString());
        job.setPredictiveSwagger(swagger(u"census-predictiveService.swagger.json"_s));
        QSignalSpy done(&job, &mlr::ml::DataCheckJob::finished);
        job.start();
        QVERIFY(done.wait(10000));
        const auto r = done.at(0).at(0).value<DataCheckResult>();
        QCOMPARE(r.labelColumn, u"income"_s);
        QCOMPARE(r.warningCount, 1);
        QVERIFY(r.problems.value(0).message.contains(u"no value in the label column \"income\""_s));
        // The predictive output (Scored Probabilities) makes it two-class: one value is refused.
        QCOMPARE(r.errorCount, 1);
        QCOMPARE(r.problems.value(1).message,
            u"The label column \"income\" holds only \"<=50K\", but a two-class service learns two values: "
            u"the "
            u"training data needs rows of both."_s);
    }

    void jobUnreadable_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::newRow("missing") << u"nope.csv"_s;
        QTest::newRow("folder") << u"."_s;
    }

    void jobUnreadable()
    {
        QFETCH(QString, relative);
        QTemporaryDir dir;
        mlr::ml::DataCheckJob job(dir.filePath(relative), ServiceSwagger {}, u"y"_s);
        QSignalSpy done(&job, &mlr::ml::DataCheckJob::finished);
        job.start();
        QVERIFY(done.wait(10000));
        const auto error = done.at(0).at(1).value<Error>();
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY(!error.message().isEmpty());
    }

    void jobCancelledByDestruction()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b\n");
        const QByteArray block = QByteArray("1,2\n").repeated(100000);
        for (int i = 0; i < 20; ++i)
            f.write(block);
        f.close();
        auto *job = new mlr::ml::DataCheckJob(path, ServiceSwagger {}, {});
        QSignalSpy done(job, &mlr::ml::DataCheckJob::finished);
        job->start();
        delete job;
        QTest::qWait(200);
        QCOMPARE(done.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDataCheck)
#include "tst_datacheck.moc"
