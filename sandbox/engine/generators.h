#pragma once

// Deterministic data generators (fixed seeds, own PRNG): the same options give the same
// bytes. They serve the demo seed, the tests and the benchmark. sandbox/README.md
// describes the distributions and the drift between the "initial" and "new" variants.

#include "engine/datatable.h"

class QIODevice;

namespace mlr::studio {

enum class DataVariant
{
    Initial,
    New
};
std::optional<DataVariant> parseDataVariant(const QString &name); // "initial" / "new"

struct GeneratorOptions
{
    qint64 rows = 10000;
    quint64 seed = 1;
    DataVariant variant = DataVariant::Initial;
    double missingScale = 1.0; // multiplies every missing-value rate (0 = no missing values)
};

// Census income, the columns of the article's CensusInput.csv: age, workclass, fnlwgt,
// education, education-num, marital-status, occupation, relationship, race, sex,
// capital-gain, capital-loss, hours-per-week, native-country, income ("<=50K" / ">50K",
// about 24 % ">50K" for Initial, about 30 % for New).
DataTable generateCensus(const GeneratorOptions &options);
// The CSV of generateCensus(options), streamed in blocks (bounded memory for any size).
bool writeCensusCsv(const GeneratorOptions &options, QIODevice &device);

// Housing prices: floor-area, rooms, building-age, distance-to-centre, neighbourhood,
// has-garden, price (thousands), linear in known coefficients + Gaussian noise.
DataTable generateRegression(const GeneratorOptions &options);
bool writeRegressionCsv(const GeneratorOptions &options, QIODevice &device);

struct RegressionTruth
{
    double intercept = 0;
    // floor-area, rooms, building-age, distance-to-centre (per unit)
    double area = 0, rooms = 0, age = 0, distance = 0;
    // neighbourhood effects (Riverside, Old Town, Harbour, Hillside, Suburbs) and garden
    double neighbourhood[5] = {};
    double garden = 0;
    double noise = 0; // standard deviation
};
RegressionTruth regressionTruth(DataVariant variant);

// Two-class data with known logistic weights: columns x1..xk ~ N(0, 1) and a numeric
// label "y" (1 with probability sigmoid(intercept + w.x), else 0).
DataTable generateLogistic(qint64 rows, quint64 seed, const std::vector<double> &weights, double intercept);
// Nonlinear data where a linear model is weak: x1..x4 ~ U(-1, 1);
// two-class: y = 1 when x1 * x2 > 0 (10 % of labels flipped);
// regression: y = sin(3 x1) + 2 x2^2 - x3 * x4 + N(0, 0.1).
DataTable generateNonlinear(qint64 rows, quint64 seed, bool twoClass);

} // namespace mlr::studio
