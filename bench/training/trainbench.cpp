// mlstudio-trainbench: times the engine on a CSV, for bench/training/run.
//   mlstudio-trainbench --data FILE [--label income] [--fraction 0.75] [--seed 42]
//                       [--split-dir DIR] [--learners logistic,trees] [--threads N]
// Reads the CSV, splits it (Split Data, stratified on the label), optionally writes the two
// parts as DIR/train.csv and DIR/test.csv (so other tools use the same split), then for each
// learner trains (encoding included), scores the test part and prints one JSON line:
// {"learner", "trainRows", "testRows", "readSeconds", "trainSeconds", "trainCpuSeconds",
// "scoreSeconds", "auc", "accuracy"}.

#include "engine/csvreader.h"
#include "engine/csvwriter.h"
#include "engine/datamodules.h"
#include "engine/evaluate.h"
#include "engine/model.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace mlr::studio;

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// CPU time of the whole process (all threads): robust to a busy machine.
double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

bool writeFile(const QString &path, const DataTable &table)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && writeCsv(table, f);
}

int fail(const QString &text)
{
    std::fprintf(stderr, "mlstudio-trainbench: %s\n", qPrintable(text));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption data(u"data"_s, u"CSV file."_s, u"FILE"_s);
    const QCommandLineOption label(u"label"_s, u"Label column."_s, u"NAME"_s, u"income"_s);
    const QCommandLineOption fraction(u"fraction"_s, u"Training fraction."_s, u"F"_s, u"0.75"_s);
    const QCommandLineOption seed(u"seed"_s, u"Split seed."_s, u"S"_s, u"42"_s);
    const QCommandLineOption splitDir(u"split-dir"_s, u"Write train.csv and test.csv here."_s, u"DIR"_s);
    const QCommandLineOption learners(u"learners"_s, u"logistic,trees"_s, u"LIST"_s, u"logistic,trees"_s);
    const QCommandLineOption threads(u"threads"_s, u"XGBoost threads (0 = all cores)."_s, u"N"_s, u"1"_s);
    parser.addOptions({ data, label, fraction, seed, splitDir, learners, threads });
    parser.process(app);
    if (!parser.isSet(data))
        return fail(u"--data is required"_s);

    QElapsedTimer timer;
    timer.start();
    CsvReadOptions readOptions;
    readOptions.labelColumn = parser.value(label);
    auto table = readCsvFile(parser.value(data), readOptions);
    if (!table)
        return fail(table.error().text());
    const double readSeconds = seconds(timer);

    SplitOptions split;
    split.fraction = parser.value(fraction).toDouble();
    split.seed = parser.value(seed).toULongLong();
    split.stratified = true;
    split.stratificationColumn = parser.value(label);
    auto parts = splitData(table.value(), split);
    if (!parts)
        return fail(parts.error().text());
    table = DataTable {};
    if (parser.isSet(splitDir)) {
        const QString dir = parser.value(splitDir);
        if (!writeFile(dir + u"/train.csv"_s, parts.value().first)
            || !writeFile(dir + u"/test.csv"_s, parts.value().second))
            return fail(u"cannot write the split to "_s + dir);
    }

    for (const QString &name : parser.value(learners).split(u',', Qt::SkipEmptyParts)) {
        LearnerSpec spec;
        spec.trees.threads = parser.value(threads).toInt();
        spec.kind = name == u"trees"_s ? LearnerKind::TwoClassBoostedDecisionTree
                                       : LearnerKind::TwoClassLogisticRegression;
        timer.restart();
        const double cpuStart = cpuSeconds();
        auto model = trainModel(parts.value().first, parser.value(label), spec);
        if (!model)
            return fail(model.error().text());
        const double trainSeconds = seconds(timer);
        const double trainCpuSeconds = cpuSeconds() - cpuStart;
        timer.restart();
        auto scored = scoreModel(model.value(), parts.value().second);
        if (!scored)
            return fail(scored.error().text());
        EvaluateOptions evaluate;
        evaluate.labelColumn = parser.value(label);
        evaluate.positiveLabel = model.value().positiveLabel;
        evaluate.negativeLabel = model.value().negativeLabel;
        auto evaluation = evaluateModel(scored.value().table, evaluate);
        if (!evaluation)
            return fail(evaluation.error().text());
        const double scoreSeconds = seconds(timer);
        const QJsonObject line { { u"learner"_s, name },
            { u"trainRows"_s, double(parts.value().first.rowCount()) },
            { u"testRows"_s, double(parts.value().second.rowCount()) }, { u"readSeconds"_s, readSeconds },
            { u"trainSeconds"_s, trainSeconds }, { u"trainCpuSeconds"_s, trainCpuSeconds },
            { u"scoreSeconds"_s, scoreSeconds }, { u"auc"_s, evaluation.value().binary.auc },
            { u"accuracy"_s, evaluation.value().binary.accuracy } };
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    }
    return 0;
}
