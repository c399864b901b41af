// Data check, what real files do: a two-class label's values against the two the service
// knows (its schema's enum, or only "two-class"), and files separated by ';' or tabs. One
// data row per file; each asserts the whole list of problems and their messages.

#include "ml/datacheck.h"
#include "ml/labelvalues.h"

#include <QTest>

using namespace Qt::StringLiterals;
using mlr::ml::DataChecker;
using mlr::ml::DataCheckOptions;
using mlr::ml::DataCheckResult;
using mlr::ml::DataProblem;
using mlr::ml::LabelCheck;
using mlr::ml::LabelClasses;
using mlr::ml::LabelValueTally;
using mlr::ml::PortSpec;

namespace {

// x: number, c: string, y: the label (string, or number when `numericLabel`), with the enum.
PortSpec port(const QStringList &labelValues, bool numericLabel = false)
{
    PortSpec p;
    p.name = u"input1"_s;
    p.kind = PortSpec::Kind::Dataset;
    p.columns = { { u"x"_s, u"number"_s, u"double"_s, {}, false }, { u"c"_s, u"string"_s, {}, {}, true },
        { u"y"_s, numericLabel ? u"number"_s : u"string"_s, numericLabel ? u"double"_s : QString(),
            labelValues, !numericLabel } };
    return p;
}

// "E|line|column|message" / "W|...", the whole message.
QStringList describe(const DataCheckResult &r)
{
    QStringList out;
    for (const DataProblem &p : r.problems)
        out << u"%1|%2|%3|%4"_s.arg(p.severity == DataProblem::Severity::Error ? u"E"_s : u"W"_s)
                   .arg(p.line)
                   .arg(p.column, p.message);
    return out;
}

QByteArray manyValues(int n)
{
    QByteArray csv = "x,c,y\n";
    for (int i = 0; i < n; ++i)
        csv += "1,a,v" + QByteArray::number(i) + '\n';
    return csv;
}

} // namespace

class TestDataCheckLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labels_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("known"); // the label column's enum
        QTest::addColumn<bool>("twoClass"); // DataCheckOptions::twoClassLabel
        QTest::addColumn<bool>("numeric");
        QTest::addColumn<QStringList>("expected");
        const QStringList bm { u"benign"_s, u"malignant"_s };
        const QByteArray h = "x,c,y\n";
        const QString known = u"but the service learns two values only: \"benign\" and \"malignant\""_s;
        QTest::newRow("both known values") << h + "1,a,benign\n2,b,malignant\n3,c,benign\n"
                                           << bm << false << false << QStringList();
        QTest::newRow("third value")
            << h + "1,a,benign\n2,b,malignant\n3,c,benign\n4,d,cyst\n5,e,cyst\n"
            << bm << false << false
            << QStringList { u"E|5|y|The label column \"y\" holds \"cyst\" (first on line 5), "_s + known
                   + u"."_s };
        QTest::newRow("case variant")
            << h + "1,a,benign\n2,b,Malignant\n3,c,malignant\n"
            << bm << false << false
            << QStringList { u"E|3|y|The label column \"y\" holds \"Malignant\" (first on line 3), "_s + known
                   + u" (values are case-sensitive: \"Malignant\" is not \"malignant\")."_s };
        QTest::newRow("two unexpected values, by first line")
            << h + "1,a,benign\n2,b,zz\n3,c,BENIGN\n4,d,zz\n5,e,malignant\n"
            << bm << false << false
            << QStringList { u"E|3|y|The label column \"y\" holds \"zz\" (first on line 3), "_s + known
                       + u"."_s,
                   u"E|4|y|The label column \"y\" holds \"BENIGN\" (first on line 4), "_s + known
                       + u" (values are case-sensitive: \"BENIGN\" is not \"benign\")."_s };
        QTest::newRow("single class")
            << h + "1,a,benign\n2,b,benign\n"
            << bm << false << false
            << QStringList {
                   u"E|0|y|The label column \"y\" holds only \"benign\", but the service learns two "
                   u"values, \"benign\" and \"malignant\": the training data needs rows of both."_s
               };
        QTest::newRow("blank labels are not values")
            << h + "1,a,benign\n2,b,\n3,c,malignant\n"
            << bm << false << false
            << QStringList { u"W|3|y|1 row(s) have no value in the label column \"y\" (the first on line 3); "
                             u"training skips them."_s };
        QTest::newRow("quoted value with a comma")
            << h + "1,a,benign\n2,b,\"malignant, stage 2\"\n3,c,malignant\n"
            << bm << false << false
            << QStringList {
                   u"E|3|y|The label column \"y\" holds \"malignant, stage 2\" (first on line 3), "_s + known
                   + u"."_s
               };
        QTest::newRow("numeric label, 1 and 1.0 are one value")
            << h + "1,a,0\n2,b,1.0\n3,c,1\n"
            << QStringList { u"0"_s, u"1"_s } << false << true << QStringList();
        QTest::newRow("numeric label, a third number")
            << h + "1,a,0\n2,b,1\n3,c,2\n"
            << QStringList { u"0"_s, u"1"_s } << false << true
            << QStringList { u"E|4|y|The label column \"y\" holds \"2\" (first on line 4), but the service "
                             u"learns two values only: \"0\" and \"1\"."_s };
        QTest::newRow("two-class, values not declared: three values")
            << h + "1,a,yes\n2,b,no\n3,c,no\n4,d,Yes\n"
            << QStringList() << true << false
            << QStringList { u"E|5|y|The label column \"y\" holds 3 values (\"yes\" from line 2, \"no\" from "
                             u"line 3, \"Yes\" from line 5), but a two-class service learns exactly two."_s };
        QTest::newRow("two-class, values not declared: one value")
            << h + "1,a,yes\n2,b,yes\n"
            << QStringList() << true << false
            << QStringList {
                   u"E|0|y|The label column \"y\" holds only \"yes\", but a two-class service learns "
                   u"two values: the training data needs rows of both."_s
               };
        QTest::newRow("two-class, values not declared: two values")
            << h + "1,a,yes\n2,b,no\n"
            << QStringList() << true << false << QStringList();
        QTest::newRow("more than 64 values")
            << manyValues(70) << QStringList() << true << false
            << QStringList {
                   u"E|4|y|The label column \"y\" holds more than 64 values (\"v0\" from line 2, "
                   u"\"v1\" from line 3, \"v2\" from line 4, \"v3\" from line 5, \"v4\" from line 6, "
                   u"...), but a two-class service learns exactly two."_s
               };
        QTest::newRow("not two-class: any values") << h + "1,a,p\n2,b,q\n3,c,r\n"
                                                   << QStringList() << false << false << QStringList();
    }

    void labels()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, known);
        QFETCH(bool, twoClass);
        QFETCH(bool, numeric);
        QFETCH(QStringList, expected);
        DataCheckOptions options;
        options.twoClassLabel = twoClass;
        const DataCheckResult r = DataChecker::check(csv, port(known, numeric), u"y"_s, options);
        QCOMPARE(describe(r), expected);
        QCOMPARE(r.hasErrors(), std::any_of(expected.begin(), expected.end(), [](const QString &e) {
            return e.startsWith(u"E|"_s);
        }));
    }

    // The tally keeps the first line and the count of each value, whatever the order of rows.
    void tally()
    {
        LabelValueTally t;
        t.add("b", 2);
        t.add("a", 3);
        t.add("a", 4);
        t.add("b", 5);
        QCOMPARE(t.values().size(), size_t(2));
        QCOMPARE(t.values()[0].text, std::string("b"));
        QCOMPARE(t.values()[0].firstLine, 2);
        QCOMPARE(t.values()[0].rows, 2);
        QCOMPARE(t.values()[1].firstLine, 3);
        QCOMPARE(t.values()[1].rows, 2);
        QVERIFY(!t.overflowed());
        QVERIFY(LabelCheck::problems(u"y"_s, t, LabelClasses { true, {} }, false).isEmpty());
        QVERIFY(LabelCheck::problems(u"y"_s, t, LabelClasses { false, {} }, false).isEmpty());
    }

    void separators_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<QStringList>("expected");
        const QString semicolon
            = u"E|1||The file looks semicolon-separated: its header reads as %1 column(s) "
              u"because the values are separated by \";\". The service needs "
              u"comma-separated values: save or export the file as CSV with commas."_s;
        const QString tab
            = u"E|1||The file looks tab-separated: its header reads as %1 column(s) because the "
              u"values are separated by tabs. The service needs comma-separated values: save "
              u"or export the file as CSV with commas."_s;
        QTest::newRow("semicolons") << QByteArray("x;c;y\n1;a;benign\n2;b;malignant\n") << 2LL
                                    << QStringList { semicolon.arg(1) };
        QTest::newRow("semicolons and decimal commas")
            << QByteArray("x;c;y\n1,5;a;benign\n2,25;b;malignant\n") << 2LL
            << QStringList { semicolon.arg(1) };
        QTest::newRow("tabs") << QByteArray("x\tc\ty\n1\ta\tbenign\n") << 1LL << QStringList { tab.arg(1) };
        QTest::newRow("tabs, a comma in a name splits the header")
            << QByteArray("x\tc,d\ty\n1\ta\tbenign\n") << 1LL << QStringList { tab.arg(2) };
        QTest::newRow("a ';' in one name of a comma-separated header")
            << QByteArray("x,c,y;z\n1,a,benign\n") << 1LL
            << QStringList { u"E|1|y|The label column \"y\" is missing: the service learns from it, so the "
                             u"training data needs it."_s,
                   u"W|1|y;z|The service does not take the column \"y;z\"; it will be dropped."_s };
    }

    void separators()
    {
        QFETCH(QByteArray, csv);
        QFETCH(qint64, rows);
        QFETCH(QStringList, expected);
        const DataCheckResult r = DataChecker::check(csv, port({ u"benign"_s, u"malignant"_s }), u"y"_s);
        QCOMPARE(describe(r), expected);
        QCOMPARE(r.rows, rows);
        QCOMPARE(r.errorCount, qint64(expected.size() - (expected.size() > 1 ? 1 : 0)));
    }

    // The separator problem also names itself when the service does not describe its columns.
    void separatorWithoutSchema()
    {
        PortSpec bare;
        bare.name = u"input1"_s;
        const DataCheckResult r = DataChecker::check("x;c;y\n1;a;b\n", bare, {});
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems[0].message.startsWith(u"The file looks semicolon-separated"_s),
            qPrintable(r.problems[0].message));
    }
};

QTEST_GUILESS_MAIN(TestDataCheckLabels)
#include "tst_datacheck_labels.moc"
