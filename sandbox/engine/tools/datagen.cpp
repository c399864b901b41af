// mlstudio-datagen: writes the engine's deterministic data sets as CSV.
//   mlstudio-datagen census|regression [--rows N] [--seed S] [--variant initial|new]
//                    [--no-missing] [--out FILE]   (standard output by default)

#include "engine/generators.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace mlr::studio;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"mlstudio-datagen"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes deterministic census-income or housing-price CSV data."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"kind"_s, u"census or regression"_s);
    const QCommandLineOption rows(u"rows"_s, u"Number of data rows (default 10000)."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption seed(u"seed"_s, u"Random seed (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption variant(
        u"variant"_s, u"initial or new (drifted) data (default initial)."_s, u"V"_s, u"initial"_s);
    const QCommandLineOption noMissing(u"no-missing"_s, u"Generate no missing values."_s);
    const QCommandLineOption out(u"out"_s, u"Output file (default: standard output)."_s, u"FILE"_s);
    parser.addOptions({ rows, seed, variant, noMissing, out });
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString kind = args.value(0);
    bool rowsOk = false, seedOk = false;
    GeneratorOptions options;
    options.rows = parser.value(rows).toLongLong(&rowsOk);
    options.seed = parser.value(seed).toULongLong(&seedOk);
    const auto v = parseDataVariant(parser.value(variant));
    options.missingScale = parser.isSet(noMissing) ? 0.0 : 1.0;
    if (args.size() != 1 || (kind != u"census"_s && kind != u"regression"_s) || !rowsOk || options.rows < 0
        || !seedOk || !v) {
        std::fputs("usage: mlstudio-datagen census|regression [--rows N] [--seed S] [--variant initial|new] "
                   "[--no-missing] [--out FILE]\n",
            stderr);
        return 2;
    }
    options.variant = *v;

    const auto write = [&](QIODevice &device) {
        return kind == u"census"_s ? writeCensusCsv(options, device) : writeRegressionCsv(options, device);
    };
    if (parser.isSet(out)) {
        QSaveFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly) || !write(file) || !file.commit()) {
            std::fprintf(stderr, "mlstudio-datagen: cannot write %s: %s\n", qPrintable(parser.value(out)),
                qPrintable(file.errorString()));
            return 1;
        }
        return 0;
    }
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || !write(stdoutFile)) {
        std::fputs("mlstudio-datagen: cannot write to standard output\n", stderr);
        return 1;
    }
    return 0;
}
