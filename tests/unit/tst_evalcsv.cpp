// Evaluation input parsing: the RFC 4180 record reader (chunk boundaries, quotes, line
// ends, BOM), Evaluate Model results (binary, regression, multiclass, Metric/Value form)
// and scored CSVs (binary, regression, multiclass; positive class; kept columns; errors).
#include "eval/csvstream.h"
#include "eval/evaluationcsv.h"
#include "eval/scoredcsv.h"

#include <QBuffer>
#include <QTest>

#include <cmath>

using namespace mlr;
using namespace mlr::eval;
using namespace Qt::StringLiterals;

namespace {

QList<QStringList> readAll(const QByteArray &bytes, qint64 chunk, QString *error = nullptr)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvRecordReader reader(buffer, chunk);
    QList<QStringList> out;
    while (reader.next()) {
        QStringList r;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            r.append(reader.text(i));
        out.append(r);
    }
    if (error)
        *error = reader.error();
    return out;
}

std::optional<ScoredRows> scored(const QByteArray &bytes, const ScoredCsvOptions &options, Error *error)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return parseScoredCsv(buffer, options, error);
}

ScoredCsvOptions label(const QString &column)
{
    ScoredCsvOptions o;
    o.labelColumn = column;
    return o;
}

} // namespace

class TestEvalCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<QStringList>>("expected");
        using L = QList<QStringList>;
        QTest::newRow("lf") << "a,b\n1,2\n"_ba << L { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } };
        QTest::newRow("crlf, no final newline")
            << "a,b\r\n1,2"_ba << L { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } };
        QTest::newRow("cr") << "a,b\r1,2\r"_ba << L { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } };
        QTest::newRow("bom") << "\xEF\xBB\xBFx\n1\n"_ba << L { { u"x"_s }, { u"1"_s } };
        QTest::newRow("quotes") << "\"a,b\",\"say \"\"hi\"\"\"\n"_ba << L { { u"a,b"_s, u"say \"hi\""_s } };
        QTest::newRow("newline in quotes") << "\"l1\r\nl2\",x\n"_ba << L { { u"l1\r\nl2"_s, u"x"_s } };
        QTest::newRow("blank lines skipped") << "a\n\n\r\nb\n"_ba << L { { u"a"_s }, { u"b"_s } };
        QTest::newRow("empty fields")
            << ",\n,,x\n"_ba << L { { QString(), QString() }, { QString(), QString(), u"x"_s } };
        QTest::newRow("empty quoted field is a record") << "\"\"\n"_ba << L { { QString() } };
        QTest::newRow("text after closing quote kept") << "\"ab\"c,d\n"_ba << L { { u"abc"_s, u"d"_s } };
        QTest::newRow("utf8") << "café,ß\n"_ba << L { { u"café"_s, u"ß"_s } };
        QTest::newRow("empty") << QByteArray() << L {};
    }

    void records()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<QStringList>, expected);
        // Every chunk size, so that every split point of quotes and CRLF is crossed.
        for (qint64 chunk : { 1, 2, 3, 5, 7, 1 << 20 }) {
            QString error;
            QCOMPARE(readAll(bytes, chunk, &error), expected);
            QVERIFY(error.isEmpty());
        }
    }

    void unclosedQuote()
    {
        QString error;
        readAll("a\n\"open,\nmore\n"_ba, 4, &error);
        QVERIFY(error.contains(u"line 2"_s));
    }

    void numberCells_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::newRow("int") << "42"_ba << true << 42.0;
        QTest::newRow("spaces and plus") << " +1.5 "_ba << true << 1.5;
        QTest::newRow("exponent") << "-2e-3"_ba << true << -0.002;
        QTest::newRow("empty is NaN") << ""_ba << true << std::nan("");
        QTest::newRow("NaN") << "NaN"_ba << true << std::nan("");
        QTest::newRow("text") << "abc"_ba << false << 0.0;
        QTest::newRow("trailing text") << "1x"_ba << false << 0.0;
    }

    void numberCells()
    {
        QFETCH(QByteArray, cell);
        QFETCH(bool, ok);
        QFETCH(double, value);
        double v = 0;
        QCOMPARE(parseNumberCell(cell, &v), ok);
        if (ok && std::isnan(value))
            QVERIFY(std::isnan(v));
        else if (ok)
            QCOMPARE(v, value);
    }

    void evaluationBinary()
    {
        // As mlstudio-local's Evaluate Model writes it (CRLF, empty cell for a NaN metric).
        const QByteArray csv
            = "True Positive,False Negative,False Positive,True Negative,Accuracy,Precision,Recall,"
              "F1 Score,AUC,Average Log Loss,Threshold,Positive Label,Negative Label\r\n"
              "3,1,2,4,0.7,0.6,0.75,0.6666666666666666,,0.5,0.5,>50K,<=50K\r\n"_ba;
        Error error;
        const auto e = parseEvaluationCsv(csv, &error);
        QVERIFY2(e, qPrintable(error.message()));
        QCOMPARE(e->task, Task::Binary);
        QCOMPARE(e->metrics.size(), 11);
        QCOMPARE(e->metrics.first().first, u"True Positive"_s);
        QCOMPARE(*e->metric(u"Accuracy"_s), 0.7);
        QCOMPARE(*e->metric(u"F1 Score"_s), 0.6666666666666666);
        QVERIFY(std::isnan(*e->metric(u"AUC"_s)));
        QCOMPARE(e->positiveLabel, u">50K"_s);
        QCOMPARE(e->negativeLabel, u"<=50K"_s);
        QVERIFY(!e->metric(u"Positive Label"_s));
    }

    void evaluationFScoreAlias()
    {
        const auto e = parseEvaluationCsv("Accuracy,F-Score,AUC\n0.5,0.25,0.75\n"_ba, nullptr);
        QVERIFY(e);
        QCOMPARE(e->task, Task::Binary);
        QCOMPARE(*e->metric(u"F1 Score"_s), 0.25);
    }

    void evaluationRegression()
    {
        const auto e
            = parseEvaluationCsv("Mean Absolute Error,Root Mean Squared Error,Relative Absolute Error,"
                                 "Relative Squared Error,Coefficient of Determination\r\n"
                                 "1.5,2,0.5,0.25,0.75\r\n"_ba,
                nullptr);
        QVERIFY(e);
        QCOMPARE(e->task, Task::Regression);
        QCOMPARE(e->metrics.size(), 5);
        QCOMPARE(*e->metric(u"Coefficient of Determination"_s), 0.75);
    }

    void evaluationMulticlassMetricValue()
    {
        const auto e = parseEvaluationCsv("Metric,Value\nOverall accuracy,0.8\nAverage accuracy,0.9\n"
                                          "Micro-averaged precision,0.8\nMacro-averaged precision,0.7\n"
                                          "Micro-averaged recall,0.8\nMacro-averaged recall,0.6\n"_ba,
            nullptr);
        QVERIFY(e);
        QCOMPARE(e->task, Task::Multiclass);
        QCOMPARE(e->metrics.size(), 6);
        QCOMPARE(*e->metric(u"Macro-averaged recall"_s), 0.6);
    }

    void evaluationErrors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header only") << "Accuracy,AUC\n"_ba;
        QTest::newRow("unknown columns") << "a,b\n1,2\n"_ba;
        QTest::newRow("ragged") << "Accuracy,AUC\n0.5\n"_ba;
        QTest::newRow("unclosed quote") << "Accuracy,AUC\n\"0.5,1\n"_ba;
    }

    void evaluationErrors()
    {
        QFETCH(QByteArray, csv);
        Error error;
        QVERIFY(!parseEvaluationCsv(csv, &error));
        QCOMPARE(error.kind, Error::Kind::Parse);
        QVERIFY(!error.message().isEmpty());
    }

    void scoredBinary()
    {
        // Positive class = the Scored Labels value where P >= 0.5; missing label / score kept
        // as NaN rows; quoted cells with commas.
        const QByteArray csv = "name,income,Scored Labels,Scored Probabilities\r\n"
                               "\"Doe, J\",>50K,>50K,0.9\r\n"
                               "b,<=50K,<=50K,0.2\r\n"
                               "c,,<=50K,0.1\r\n"
                               "d,>50K,,\r\n"
                               "e,<=50K,>50K,0.5\r\n"_ba;
        ScoredCsvOptions o = label(u"income"_s);
        o.keepColumns = { u"name"_s };
        Error error;
        const auto rows = scored(csv, o, &error);
        QVERIFY2(rows, qPrintable(error.message()));
        QCOMPARE(rows->task, Task::Binary);
        QCOMPARE(rows->classNames, QStringList({ u"<=50K"_s, u">50K"_s }));
        QCOMPARE(rows->rowCount(), 5);
        QCOMPARE(rows->usableRowCount(), 3);
        QCOMPARE(rows->labels[0], 1.0);
        QCOMPARE(rows->labels[1], 0.0);
        QVERIFY(std::isnan(rows->labels[2]));
        QVERIFY(std::isnan(rows->scores[3]));
        QCOMPARE(rows->scores[4], 0.5);
        QCOMPARE(rows->keptColumns, QStringList { u"name"_s });
        QCOMPARE(rows->keptRows.size(), size_t(5));
        QCOMPARE(rows->keptRows[0], QStringList { u"Doe, J"_s });
    }

    void scoredBinaryPositiveGivenOrInferred_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("positive");
        QTest::addColumn<QStringList>("classes");
        // Every P < 0.5: the scored label seen is the negative one.
        QTest::newRow("only negatives predicted")
            << "y,Scored Labels,Scored Probabilities\nno,no,0.1\nyes,no,0.3\n"_ba << QString()
            << QStringList { u"no"_s, u"yes"_s };
        // Nothing scored: Studio's preference ("1", "yes", ">50K", ... else the larger text).
        QTest::newRow("preference") << "y,Scored Labels,Scored Probabilities\n0,,\n1,,\n"_ba << QString()
                                    << QStringList { u"0"_s, u"1"_s };
        QTest::newRow("given") << "y,Scored Labels,Scored Probabilities\na,b,0.9\nb,b,0.8\n"_ba << u"a"_s
                               << QStringList { u"b"_s, u"a"_s };
        QTest::newRow("given numerically") << "y,Scored Labels,Scored Probabilities\n0,1,0.9\n1,1,0.8\n"_ba
                                           << u"1.0"_s << QStringList { u"0"_s, u"1"_s };
        QTest::newRow("one class") << "y,Scored Labels,Scored Probabilities\nyes,yes,0.9\n"_ba << QString()
                                   << QStringList { QString(), u"yes"_s };
    }

    void scoredBinaryPositiveGivenOrInferred()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, positive);
        QFETCH(QStringList, classes);
        ScoredCsvOptions o = label(u"y"_s);
        o.positiveLabel = positive;
        Error error;
        const auto rows = scored(csv, o, &error);
        QVERIFY2(rows, qPrintable(error.message()));
        QCOMPARE(rows->classNames, classes);
    }

    void scoredRegression()
    {
        Error error;
        const auto rows
            = scored("x,price,Scored Labels\n1,10,12.5\n2,,3\n3,7,\n"_ba, label(u"price"_s), &error);
        QVERIFY2(rows, qPrintable(error.message()));
        QCOMPARE(rows->task, Task::Regression);
        QCOMPARE(rows->rowCount(), 3);
        QCOMPARE(rows->usableRowCount(), 1);
        QCOMPARE(rows->labels[0], 10.0);
        QCOMPARE(rows->scores[0], 12.5);
        QVERIFY(rows->predicted.empty());
    }

    void scoredMulticlass()
    {
        // Text "Scored Labels" without "Scored Probabilities": multiclass; the first rows have no
        // score and are kept. Classes in natural order (numbers first, by value).
        const QByteArray csv = "k,Scored Labels\n"
                               "b,\n"
                               "b,b\n"
                               "a,c\n"
                               "10,a\n"
                               "9,9\n"_ba;
        Error error;
        const auto rows = scored(csv, label(u"k"_s), &error);
        QVERIFY2(rows, qPrintable(error.message()));
        QCOMPARE(rows->task, Task::Multiclass);
        QCOMPARE(rows->classNames, QStringList({ u"9"_s, u"10"_s, u"a"_s, u"b"_s, u"c"_s }));
        QCOMPARE(rows->rowCount(), 5);
        QCOMPARE(rows->predicted[0], -1);
        QCOMPARE(rows->labels[1], 3.0);
        QCOMPARE(rows->predicted[1], 3);
        QCOMPARE(rows->predicted[2], 4);
        QCOMPARE(rows->labels[3], 1.0);
        QCOMPARE(rows->usableRowCount(), 4);
    }

    void scoredMulticlassClassOrderAndProbabilityColumns()
    {
        ScoredCsvOptions o = label(u"k"_s);
        o.classNames = { u"z"_s, u"b"_s };
        const auto rows = scored(
            "k,Scored Probabilities for Class \"1\",Scored Labels\nb,0.2,1\na,0.7,1\n"_ba, o, nullptr);
        QVERIFY(rows);
        QCOMPARE(rows->task, Task::Multiclass); // numeric Scored Labels, but per-class probabilities
        QCOMPARE(rows->classNames, QStringList({ u"z"_s, u"b"_s, u"1"_s, u"a"_s }));
        QCOMPARE(rows->labels[0], 1.0);
        QCOMPARE(rows->predicted[0], 2);
    }

    void scoredErrors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("labelColumn");
        QTest::addColumn<QString>("needle");
        QTest::newRow("empty") << QByteArray() << u"y"_s << u"empty"_s;
        QTest::newRow("no label column") << "x,Scored Labels\n1,2\n"_ba << u"y"_s << u"\"y\""_s;
        QTest::newRow("no scores") << "y,x\n1,2\n"_ba << u"y"_s << u"Scored Labels"_s;
        QTest::newRow("ragged") << "y,Scored Labels\n1,2\n1\n"_ba << u"y"_s << u"Row 2 (line 3)"_s;
        QTest::newRow("three classes")
            << "y,Scored Labels,Scored Probabilities\na,a,0.9\nb,b,0.1\nc,a,0.8\n"_ba << u"y"_s
            << u"more than two"_s;
        QTest::newRow("bad probability")
            << "y,Scored Labels,Scored Probabilities\na,a,high\n"_ba << u"y"_s << u"not a number"_s;
        QTest::newRow("text regression label") << "y,Scored Labels\n1,2\nx,3\n"_ba << u"y"_s << u"\"x\""_s;
        QTest::newRow("unclosed quote") << "y,Scored Labels\n\"1,2\n"_ba << u"y"_s << u"never closed"_s;
        QTest::newRow("positive class absent")
            << "y,Scored Labels,Scored Probabilities\nno,no,0.1\nyes,no,0.2\n"_ba << u"y"_s
            << u"\"1\" is not among"_s;
    }

    void scoredErrors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, labelColumn);
        QFETCH(QString, needle);
        ScoredCsvOptions options = label(labelColumn);
        if (QByteArray(QTest::currentDataTag()) == "positive class absent")
            options.positiveLabel = u"1"_s;
        Error error;
        QVERIFY(!scored(csv, options, &error));
        QVERIFY(error.isError());
        QVERIFY2(error.message().contains(needle), qPrintable(error.message()));
    }

    void scoredCancelAndProgress()
    {
        QByteArray csv = "y,Scored Labels,Scored Probabilities\n"_ba;
        for (int i = 0; i < 20000; ++i)
            csv += (i % 2 ? "1,1,0.9\n"_ba : "0,0,0.1\n"_ba);
        ScoredCsvOptions o = label(u"y"_s);
        qint64 lastProgress = 0;
        o.progress = [&lastProgress](qint64 bytes) {
            lastProgress = bytes;
        };
        const auto rows = scored(csv, o, nullptr);
        QVERIFY(rows);
        QCOMPARE(rows->rowCount(), 20000);
        QCOMPARE(lastProgress, qint64(csv.size()));
        o.cancelled = [] {
            return true;
        };
        Error error;
        QVERIFY(!scored(csv, o, &error));
        QVERIFY(error.isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestEvalCsv)
#include "tst_evalcsv.moc"
