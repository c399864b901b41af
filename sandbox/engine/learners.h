#pragma once

// The learner modules of the catalogue and their parameters, under Studio's names.

#include "engine/studioerror.h"

#include <QHash>
#include <QJsonObject>

namespace mlr::studio {

enum class LearnerKind
{
    TwoClassLogisticRegression, // liblinear, L2-regularised logistic regression
    TwoClassBoostedDecisionTree, // XGBoost, binary:logistic
    LinearRegression, // Eigen, ordinary least squares with optional L2
    BoostedDecisionTreeRegression, // XGBoost, reg:squarederror
};

enum class Task
{
    BinaryClassification,
    Regression
};

Task taskOf(LearnerKind kind);
QString learnerModuleName(LearnerKind kind); // "Two-Class Logistic Regression", ...
QString learnerId(LearnerKind kind); // "TwoClassLogisticRegression", ... (in .ilearner)
// Accepts the module name or the id, case-insensitively.
std::optional<LearnerKind> parseLearnerKind(const QString &name);
QString taskName(Task task); // "BinaryClassification" / "Regression"

// "Two-Class Logistic Regression". liblinear minimises 0.5*|w|^2 + C*sum(logloss) with
// C = 1 / (L2 regularization weight). liblinear cannot mix L1 and L2: the L1 weight is
// used (L1-regularised solver, C = 1/L1) only when the L2 weight is 0; with both 0,
// C = 1e6. Memory size for L-BFGS is recorded but unused (trust-region Newton solver).
struct LogisticRegressionParams
{
    double optimizationTolerance = 1e-7;
    double l1Weight = 1.0;
    double l2Weight = 1.0;
    int memorySize = 20;
    quint64 seed = 0;
    bool allowUnknownLevels = true;
};

// "Two-Class Boosted Decision Tree" / "Boosted Decision Tree Regression" on XGBoost
// (tree_method=hist, grow_policy=lossguide, max_depth=0): max_leaves = leaves, eta =
// learning rate, rounds = trees, min_child_weight = min samples per leaf x the initial
// hessian per sample (1 for squared error, 0.25 for logistic loss), seed, nthread.
struct BoostedTreeParams
{
    int maxLeaves = 20;
    int minSamplesPerLeaf = 10;
    double learningRate = 0.2;
    int trees = 100;
    quint64 seed = 0;
    bool allowUnknownLevels = true;
    // Not a Studio parameter: XGBoost threads (0 = all cores). One by default: the service
    // runs jobs side by side, and OpenMP spinning on a busy machine costs far more than it gains.
    int threads = 1;
};

// "Linear Regression" (Solution method: Ordinary Least Squares). Minimises
// |y - Xw - b|^2 + l2 * |w|^2 (the intercept is not penalised), on standardised features.
struct LinearRegressionParams
{
    double l2Weight = 0.001;
    bool includeIntercept = true;
    quint64 seed = 0;
    bool allowUnknownLevels = true;
};

struct LearnerSpec
{
    LearnerKind kind = LearnerKind::TwoClassLogisticRegression;
    LogisticRegressionParams logistic;
    BoostedTreeParams trees;
    LinearRegressionParams linear;

    Task task() const { return taskOf(kind); }
    bool allowUnknownLevels() const;
    // Error 0008 when a parameter is out of range, naming it with Studio's name.
    Status validate() const;
    // The parameters under Studio's names, e.g. {"L2 regularization weight": 1}.
    QJsonObject parameters() const;
    // Builds a spec from Studio-named parameters (missing ones keep their defaults;
    // unknown names are ignored). Error 0002 for values that do not parse, 0008 for
    // values out of range. Booleans accept True/False/1/0.
    static Result<LearnerSpec> fromParameters(LearnerKind kind, const QHash<QString, QString> &parameters);
    static Result<LearnerSpec> fromJson(LearnerKind kind, const QJsonObject &parameters);
};

} // namespace mlr::studio
