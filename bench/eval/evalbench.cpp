// Threshold slider benchmark: one slider move on N scored rows (default 1 M) updates the
// confusion matrices of both models (new and current). ThresholdIndex (one sort up front,
// then a binary search per model per move) against a naive full recount of the rows per
// model per move (the baseline). Prints the median and worst milliseconds per move side by
// side, their ratio and the 16 ms target; plus the one-off costs (parse of the scored CSV,
// index build, curves) that run off the GUI thread and, in GUI builds, the Evaluate page's whole
// update per move on the GUI thread (lookups, three matrix models, label, the paint it causes).
//
//   mlr-evalbench [--rows N] [--moves M] [--seed S]
#include "eval/compare.h"
#include "eval/curves.h"
#include "eval/scoredcsv.h"
#include "eval/thresholdindex.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace mlr::eval;

#ifdef MLR_EVALBENCH_GUI
#include <QApplication>
std::vector<double> timePageMoves(
    std::shared_ptr<const Comparison> comparison, const std::vector<double> &thresholds);
#endif

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// A scored CSV like Score Model's: label, Scored Labels, Scored Probabilities; P(positive)
// from a noisy logistic score, so that the classes overlap as in real data.
QByteArray scoredCsv(qint64 rows, quint64 seed, double signal)
{
    QRandomGenerator rng(seed);
    QByteArray csv = "id,income,Scored Labels,Scored Probabilities\r\n";
    csv.reserve(rows * 40);
    char line[96];
    for (qint64 i = 0; i < rows; ++i) {
        const bool positive = rng.generateDouble() < 0.24;
        const double z
            = (positive ? signal : -signal) + 2.0 * (rng.generateDouble() + rng.generateDouble() - 1.0);
        const double p = 1.0 / (1.0 + std::exp(-z));
        const int n = std::snprintf(line, sizeof line, "%lld,%s,%s,%.6g\r\n", static_cast<long long>(i),
            positive ? ">50K" : "<=50K", p >= 0.5 ? ">50K" : "<=50K", p);
        csv.append(line, n);
    }
    return csv;
}

ScoredRows parse(QByteArray &csv, double *ms)
{
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    mlr::Error error;
    const auto start = Clock::now();
    auto rows = parseScoredCsv(buffer, QStringLiteral("income"), &error);
    *ms = msSince(start);
    if (!rows) {
        std::fprintf(stderr, "parse failed: %s\n", qPrintable(error.message()));
        std::exit(1);
    }
    return std::move(*rows);
}

struct Stats
{
    double median = 0;
    double worst = 0;
    double mean = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    Stats s;
    s.median = v[v.size() / 2];
    s.worst = v.back();
    double sum = 0;
    for (double x : v)
        sum += x;
    s.mean = sum / double(v.size());
    return s;
}

} // namespace

int main(int argc, char **argv)
{
#ifdef MLR_EVALBENCH_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("MLR_KEYCHAIN"))
        qputenv("MLR_KEYCHAIN", "session"); // the page's wizard state never touches a keyring
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    qint64 rows = 1'000'000;
    int moves = 1000;
    quint64 seed = 2024;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--rows"))
            rows = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--moves"))
            moves = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--seed"))
            seed = args[i + 1].toULongLong();
    }
    if (rows <= 0 || moves <= 0) {
        std::fprintf(stderr, "usage: mlr-evalbench [--rows N] [--moves M] [--seed S]\n");
        return 2;
    }

    std::printf("== threshold slider on %lld scored rows, %d moves, two models (new and current) ==\n",
        static_cast<long long>(rows), moves);
    QByteArray challengerCsv = scoredCsv(rows, seed, 0.9);
    QByteArray championCsv = scoredCsv(rows, seed, 0.7); // same labels (same seed), weaker scores
    double parseMs = 0, parse2Ms = 0;
    ScoredRows challenger = parse(challengerCsv, &parseMs);
    ScoredRows champion = parse(championCsv, &parse2Ms);
    std::printf("scored CSV parse: %.0f ms per model (%.1f MB, %.0f MB/s)\n", parseMs,
        double(challengerCsv.size()) / 1e6, double(challengerCsv.size()) / 1e3 / parseMs);

    auto start = Clock::now();
    const ThresholdIndex challengerIndex(challenger);
    const ThresholdIndex championIndex(champion);
    const double buildMs = msSince(start) / 2;
    start = Clock::now();
    const Curves curves = computeCurves(challengerIndex);
    const double curvesMs = msSince(start);
    std::printf("one-off per model, off the GUI thread: index build %.0f ms, curves %.0f ms "
                "(AUC %.4f, %lld ROC points drawn)\n",
        buildMs, curvesMs, curves.auc, static_cast<long long>(curves.roc.size()));

    // Slider moves: mostly small steps (dragging), some jumps (clicks on the groove).
    QRandomGenerator rng(seed + 1);
    std::vector<double> thresholds;
    int position = 500; // slider 0..1000 -> threshold 0..1
    for (int i = 0; i < moves; ++i) {
        position = rng.bounded(10) == 0 ? int(rng.bounded(1001))
                                        : std::clamp(position + int(rng.bounded(21)) - 10, 0, 1000);
        thresholds.push_back(position / 1000.0);
    }
    std::vector<double> indexMs, recountMs;
    qint64 checksum = 0;
    for (double t : thresholds) {
        start = Clock::now();
        const Confusion a = challengerIndex.at(t);
        const Confusion b = championIndex.at(t);
        indexMs.push_back(msSince(start));
        start = Clock::now();
        const Confusion c = recountConfusion(challenger, t);
        const Confusion d = recountConfusion(champion, t);
        recountMs.push_back(msSince(start));
        if (!(a == c) || !(b == d)) {
            std::fprintf(stderr, "mismatch at threshold %g\n", t);
            return 1;
        }
        checksum += a.truePositive + b.falsePositive;
    }
    const Stats fast = stats(indexMs);
    const Stats slow = stats(recountMs);
    std::printf("\n%-34s %14s %14s %10s\n", "ms per slider move (both models)", "ThresholdIndex",
        "full recount", "ratio");
    std::printf(
        "%-34s %14.4f %14.3f %9.0fx\n", "median", fast.median, slow.median, slow.median / fast.median);
    std::printf("%-34s %14.4f %14.3f %9.0fx\n", "worst", fast.worst, slow.worst, slow.worst / fast.worst);
    std::printf("%-34s %14.4f %14.3f %9.0fx\n", "mean", fast.mean, slow.mean, slow.mean / fast.mean);
    std::printf("%-34s %14s %14s\n", "target <= 16 ms a move (worst)", fast.worst <= 16 ? "met" : "MISSED",
        slow.worst <= 16 ? "met" : "missed");
#ifdef MLR_EVALBENCH_GUI
    // The whole page update on the GUI thread: lookups, three matrices, label, paint.
    const auto comparison
        = std::make_shared<const Comparison>(compare(std::move(challenger), std::move(champion), {}));
    const std::vector<double> pageMs = timePageMoves(comparison, thresholds);
    if (!pageMs.empty()) {
        const Stats page = stats(pageMs);
        std::printf("%-34s %14.3f %14s\n", "Evaluate page, median (+paint)", page.median, "");
        std::printf("%-34s %14.3f %14s   target <= 16 ms: %s\n", "Evaluate page, worst (+paint)", page.worst,
            "", page.worst <= 16 ? "met" : "MISSED");
    }
#endif
    std::printf("(identical matrices on every move; checksum %lld)\n", static_cast<long long>(checksum));
    return fast.worst <= 16 ? 0 : 1;
}
