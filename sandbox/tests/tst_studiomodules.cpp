// Select Columns in Dataset, Clean Missing Data, Split Data, the PRNG, and the catalogue's
// parameter parsing.

#include "engine/catalogue.h"
#include "engine/datamodules.h"
#include "engine/random.h"

#include <QTest>

#include <cmath>
#include <set>

using namespace Qt::StringLiterals;
using namespace mlr::studio;

namespace {

DataTable sample()
{
    const double nan = std::nan("");
    DataTable t;
    (void)t.addColumn(Column::numeric(u"age"_s, { 20, nan, 40, 30, nan, 30 }, ValueType::Integer));
    (void)t.addColumn(Column::numeric(u"score"_s, { 1.5, 2.5, nan, 4.0, 5.0, 6.0 }));
    (void)t.addColumn(
        Column::categorical(u"city"_s, { u"b"_s, QString(), u"a"_s, u"b"_s, u"a"_s, QString() }));
    (void)t.addColumn(Column::categorical(u"label"_s, { u"y"_s, u"n"_s, u"y"_s, u"n"_s, u"n"_s, u"n"_s }));
    return t;
}

DataTable numbered(qsizetype rows, int classes)
{
    std::vector<double> id;
    QStringList cls;
    for (qsizetype i = 0; i < rows; ++i) {
        id.push_back(double(i));
        cls.append(u"c"_s + QString::number(i % classes == 0 ? 0 : (i % 4 == 1 ? 1 : 2)));
    }
    DataTable t;
    (void)t.addColumn(Column::numeric(u"id"_s, std::move(id), ValueType::Integer));
    (void)t.addColumn(Column::categorical(u"class"_s, cls));
    return t;
}

QString texts(const Column &c)
{
    QStringList out;
    for (qsizetype r = 0; r < c.size(); ++r)
        out.append(c.text(r));
    return out.join(u',');
}

} // namespace

class TestStudioModules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomIsBitExact()
    {
        // Golden values, checked against an independent Python implementation of splitmix64 +
        // xoshiro256**: the same on every platform.
        Random r(42);
        QCOMPARE(r.next(), Q_UINT64_C(0x15780B2E0C2EC716));
        QCOMPARE(r.next(), Q_UINT64_C(0x6104D9866D113A7E));
        QCOMPARE(r.below(1000), Q_UINT64_C(9));
        Random a(7), b(7), c(8);
        for (int i = 0; i < 100; ++i) {
            const quint64 x = a.next();
            QCOMPARE(b.next(), x);
            QVERIFY(c.next() != x);
        }
        Random u(1);
        for (int i = 0; i < 1000; ++i) {
            const double v = u.uniform();
            QVERIFY(v >= 0.0 && v < 1.0);
            QVERIFY(u.below(3) < 3);
        }
    }

    void selectColumns_data()
    {
        QTest::addColumn<QString>("picker");
        QTest::addColumn<QString>("expected"); // column names, or "!code"
        QTest::newRow("names in order") << u"label, age"_s << u"label,age"_s;
        QTest::newRow("all") << u"All columns"_s << u"age,score,city,label"_s;
        QTest::newRow("json all but")
            << uR"({"isFilter":true,"rules":[{"ruleType":"AllColumns","exclude":false},
            {"ruleType":"ColumnNames","exclude":true,"columns":["score","city"]}]})"_s
            << u"age,label"_s;
        QTest::newRow("json names")
            << uR"({"isFilter":true,"rules":[{"ruleType":"ColumnNames","exclude":false,
            "columns":["city"]}]})"_s
            << u"city"_s;
        QTest::newRow("unknown column") << u"age,nope"_s << u"!1"_s;
    }

    void selectColumns()
    {
        QFETCH(QString, picker);
        QFETCH(QString, expected);
        const auto selection = parseColumnSelection(picker);
        QVERIFY(selection.ok());
        const auto out = mlr::studio::selectColumns(sample(), selection.value());
        if (expected.startsWith(u'!')) {
            QVERIFY(!out.ok());
            QCOMPARE(out.error().code, expected.mid(1).toInt());
            QVERIFY(out.error().message.contains(u"\"nope\" not found"_s));
            QCOMPARE(out.error().module, u"Select Columns in Dataset"_s);
            return;
        }
        QVERIFY(out.ok());
        QCOMPARE(out->columnNames().join(u','), expected);
        QCOMPARE(out->rowCount(), 6);
    }

    void cleanMissing_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("age");
        QTest::addColumn<QString>("score");
        QTest::addColumn<QString>("city");
        QTest::addColumn<int>("replaced");
        QTest::addColumn<int>("rowsRemoved");
        QTest::newRow("mean") << int(CleaningMode::ReplaceWithMean) << u"20,30,40,30,30,30"_s
                              << u"1.5,2.5,3.8,4,5,6"_s << u"b,a,a,b,a,a"_s << 5 << 0;
        QTest::newRow("median") << int(CleaningMode::ReplaceWithMedian) << u"20,30,40,30,30,30"_s
                                << u"1.5,2.5,4,4,5,6"_s << u"b,a,a,b,a,a"_s << 5 << 0;
        QTest::newRow("mode") << int(CleaningMode::ReplaceWithMode) << u"20,30,40,30,30,30"_s
                              << u"1.5,2.5,1.5,4,5,6"_s << u"b,a,a,b,a,a"_s << 5 << 0;
        QTest::newRow("custom") << int(CleaningMode::CustomSubstitutionValue) << u"20,0,40,30,0,30"_s
                                << u"1.5,2.5,0,4,5,6"_s << u"b,0,a,b,a,0"_s << 5 << 0;
        QTest::newRow("remove row") << int(CleaningMode::RemoveEntireRow) << u"20,30"_s << u"1.5,4"_s
                                    << u"b,b"_s << 0 << 4;
    }

    void cleanMissing()
    {
        QFETCH(int, mode);
        QFETCH(QString, age);
        QFETCH(QString, score);
        QFETCH(QString, city);
        QFETCH(int, replaced);
        QFETCH(int, rowsRemoved);
        CleanMissingOptions options;
        options.mode = CleaningMode(mode);
        options.columns = ColumnSelection::allExcept({ u"label"_s });
        const auto out = cleanMissingData(sample(), options);
        QVERIFY2(out.ok(), qPrintable(out.error().text()));
        QCOMPARE(texts(*out->table.find(u"age"_s)), age);
        QCOMPARE(texts(*out->table.find(u"score"_s)), score);
        QCOMPARE(texts(*out->table.find(u"city"_s)), city);
        QCOMPARE(out->totalReplaced(), replaced);
        QCOMPARE(out->rowsRemoved, rowsRemoved);
        QCOMPARE(out->columns.size(), 3);
        QCOMPARE(out->columns[0].missing, 2);
        if (replaced) {
            // The transformation reproduces the cleaning on other data.
            DataTable other = sample();
            QCOMPARE(applyCleaning(other, out->transformation), replaced);
            QCOMPARE(texts(*other.find(u"score"_s)), score);
        }
    }

    void cleanMissingKeepsTypes()
    {
        DataTable t;
        QVERIFY(t.addColumn(Column::numeric(u"n"_s, { 1, 2, std::nan("") }, ValueType::Integer)).ok());
        CleanMissingOptions mean;
        mean.mode = CleaningMode::ReplaceWithMean;
        const auto out = cleanMissingData(t, mean);
        QVERIFY(out.ok());
        QCOMPARE(texts(out->table.column(0)), u"1,2,2"_s); // 1.5 rounded
        QCOMPARE(out->table.column(0).type, ValueType::Integer);
        CleanMissingOptions custom;
        custom.replacementValue = u"0.5"_s;
        QCOMPARE(cleanMissingData(t, custom).error().code, errc::ParseFailed);
    }

    void cleanMissingOptions()
    {
        CleanMissingOptions options;
        options.mode = CleaningMode::RemoveEntireColumn;
        options.maximumMissingRatio = 0.2; // age and city are 1/3 missing: kept; score 1/6: removed
        const auto out = cleanMissingData(sample(), options);
        QVERIFY(out.ok());
        QCOMPARE(out->columnsRemoved, QStringList { u"score"_s });
        QCOMPARE(out->table.columnNames().join(u','), u"age,city,label"_s);

        options.minimumMissingRatio = 0.5;
        const auto bad = cleanMissingData(sample(), options);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, errc::ParameterOutOfRange);

        CleanMissingOptions custom;
        custom.replacementValue = u"abc"_s;
        const auto notNumber = cleanMissingData(sample(), custom);
        QVERIFY(!notNumber.ok());
        QCOMPARE(notNumber.error().code, errc::ParseFailed);
        QCOMPARE(notNumber.error().module, u"Clean Missing Data"_s);
    }

    void splitFraction_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<double>("fraction");
        QTest::addColumn<bool>("randomized");
        QTest::addColumn<bool>("stratified");
        QTest::addColumn<int>("first");
        QTest::newRow("half") << 1000 << 0.5 << true << false << 500;
        QTest::newRow("0.75 of 10") << 10 << 0.75 << true << false << 8; // llround(7.5) = 8
        QTest::newRow("none") << 10 << 0.0 << true << false << 0;
        QTest::newRow("all") << 10 << 1.0 << true << false << 10;
        QTest::newRow("head") << 10 << 0.3 << false << false << 3;
        QTest::newRow("stratified") << 999 << 0.7 << true << true << 699;
    }

    void splitFraction()
    {
        QFETCH(int, rows);
        QFETCH(double, fraction);
        QFETCH(bool, randomized);
        QFETCH(bool, stratified);
        QFETCH(int, first);
        const DataTable t = numbered(rows, 3);
        const SplitOptions options { fraction, randomized, 5, stratified, u"class"_s };
        const auto split = splitData(t, options);
        QVERIFY(split.ok());
        QCOMPARE(split->first.rowCount(), first);
        QCOMPARE(split->second.rowCount(), rows - first);
        std::set<qsizetype> all(split->firstRows.begin(), split->firstRows.end());
        all.insert(split->secondRows.begin(), split->secondRows.end());
        QCOMPARE(qsizetype(all.size()), qsizetype(rows)); // a partition
        QVERIFY(std::is_sorted(split->firstRows.begin(), split->firstRows.end()));
        if (!randomized)
            QCOMPARE(split->firstRows.back(), qsizetype(first - 1));
        if (stratified) {
            // Each class keeps its proportion (within rounding).
            for (const QString &cls : { u"c0"_s, u"c1"_s, u"c2"_s }) {
                qsizetype inFirst = 0, total = 0;
                const Column &c = *t.find(u"class"_s);
                for (qsizetype r = 0; r < t.rowCount(); ++r)
                    total += c.text(r) == cls ? 1 : 0;
                for (qsizetype r : split->firstRows)
                    inFirst += c.text(r) == cls ? 1 : 0;
                QCOMPARE(inFirst, qsizetype(std::llround(fraction * double(total))));
            }
        }
    }

    void splitIsDeterministic()
    {
        const DataTable t = numbered(20, 3);
        const SplitOptions options { 0.5, true, 7, false, {} };
        const auto a = splitData(t, options);
        const auto b = splitData(t, options);
        QCOMPARE(a->firstRows, b->firstRows);
        // Golden rows for seed 7 (same Python reference): integer-only PRNG and shuffle.
        const std::vector<qsizetype> golden { 1, 3, 5, 7, 9, 10, 13, 16, 18, 19 };
        QCOMPARE(a->firstRows, golden);
        QCOMPARE(texts(a->first.column(0)), u"1,3,5,7,9,10,13,16,18,19"_s);
        const auto other = splitData(t, SplitOptions { 0.5, true, 8, false, {} });
        QVERIFY(other->firstRows != a->firstRows);
    }

    void splitErrors()
    {
        const DataTable t = numbered(10, 3);
        const auto range = splitData(t, SplitOptions { 1.5, true, 0, false, {} });
        QVERIFY(!range.ok());
        QCOMPARE(range.error().code, errc::ParameterOutOfRange);
        const auto key = splitData(t, SplitOptions { 0.5, true, 0, true, u"nope"_s });
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, errc::ColumnNotFound);
    }

    void parametersFromGraph()
    {
        const auto split = splitFromParameters({ { u"Splitting mode"_s, u"Split Rows"_s },
            { u"Fraction of rows in the first output dataset"_s, u"0.7"_s },
            { u"Randomized split"_s, u"True"_s }, { u"Random seed"_s, u"123"_s },
            { u"Stratified split"_s, u"True"_s }, { u"Stratification key column"_s, u"income"_s } });
        QVERIFY(split.ok());
        QCOMPARE(split->fraction, 0.7);
        QCOMPARE(split->seed, quint64(123));
        QCOMPARE(split->stratificationColumn, u"income"_s);
        const auto badFraction
            = splitFromParameters({ { u"Fraction of rows in the first output dataset"_s, u"x"_s } });
        QCOMPARE(badFraction.error().code, errc::ParseFailed);

        const auto clean = cleanMissingFromParameters({ { u"Cleaning mode"_s, u"Replace with mode"_s },
            { u"Columns to be cleaned"_s, u"age,city"_s } });
        QVERIFY(clean.ok());
        QCOMPARE(clean->mode, CleaningMode::ReplaceWithMode);
        QCOMPARE(clean->columns.include, (QStringList { u"age"_s, u"city"_s }));
        QCOMPARE(cleanMissingFromParameters({ { u"Cleaning mode"_s, u"Replace using MICE"_s } }).error().code,
            errc::ParameterOutOfRange);

        QCOMPARE(labelColumnFromParameters({ { u"Label column"_s, u"income"_s } }).value(), u"income"_s);
        QCOMPARE(labelColumnFromParameters({ { u"Label column"_s, u"a,b"_s } }).error().code,
            errc::WrongColumnCount);

        const auto learner = LearnerSpec::fromParameters(LearnerKind::TwoClassLogisticRegression,
            { { u"L2 regularization weight"_s, u"0.5"_s }, { u"Optimization tolerance"_s, u"1E-05"_s } });
        QVERIFY(learner.ok());
        QCOMPARE(learner->logistic.l2Weight, 0.5);
        QCOMPARE(learner->logistic.optimizationTolerance, 1e-5);
        const auto badLeaves = LearnerSpec::fromParameters(
            LearnerKind::TwoClassBoostedDecisionTree, { { u"Maximum number of leaves per tree"_s, u"1"_s } });
        QCOMPARE(badLeaves.error().code, errc::ParameterOutOfRange);
        QVERIFY(badLeaves.error().text().contains(u"Maximum number of leaves per tree"_s));
    }

    void catalogueNamesStudioModules()
    {
        for (const QString &name : { u"Select Columns in Dataset"_s, u"Clean Missing Data"_s, u"Split Data"_s,
                 u"Train Model"_s, u"Score Model"_s, u"Evaluate Model"_s, u"Two-Class Logistic Regression"_s,
                 u"Two-Class Boosted Decision Tree"_s, u"Linear Regression"_s,
                 u"Boosted Decision Tree Regression"_s })
            QVERIFY2(findModule(name), qPrintable(name));
        QCOMPARE(findModule(u"Split Data"_s)->outputPorts,
            (QStringList { u"Results dataset1"_s, u"Results dataset2"_s }));
        QCOMPARE(findModule(u"Score Model"_s)->outputPorts, QStringList { u"Scored dataset"_s });
        QCOMPARE(catalogueJson().size(), moduleCatalogue().size());
    }
};

QTEST_GUILESS_MAIN(TestStudioModules)
#include "tst_studiomodules.moc"
