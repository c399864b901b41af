#include "engine/learners.h"

#include "engine/datatable.h"

#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::studio {

namespace {

const LearnerKind allKinds[]
    = { LearnerKind::TwoClassLogisticRegression, LearnerKind::TwoClassBoostedDecisionTree,
          LearnerKind::LinearRegression, LearnerKind::BoostedDecisionTreeRegression };

// Studio parameter names.
const QString pTolerance = u"Optimization tolerance"_s;
const QString pL1 = u"L1 regularization weight"_s;
const QString pL2 = u"L2 regularization weight"_s;
const QString pMemory = u"Memory size for L-BFGS"_s;
const QString pSeed = u"Random number seed"_s;
const QString pUnknown = u"Allow unknown categorical levels"_s;
const QString pLeaves = u"Maximum number of leaves per tree"_s;
const QString pMinLeaf = u"Minimum number of samples per leaf node"_s;
const QString pRate = u"Learning rate"_s;
const QString pTrees = u"Number of trees constructed"_s;
const QString pIntercept = u"Include intercept term"_s;
const QString pSolution = u"Solution method"_s;

StudioError outOfRange(const QString &name, const QString &range)
{
    return StudioError::make(errc::ParameterOutOfRange,
        u"Parameter \""_s + name + u"\" value should be in the range of "_s + range + u"."_s);
}

StudioError badValue(const QString &name, const QString &value, const QString &type)
{
    return StudioError::make(errc::ParseFailed,
        u"Failed to convert \""_s + name + u"\" parameter value \""_s + value + u"\" from \"String\" to \""_s
            + type + u"\"."_s);
}

// Reads name into *out when present; false with *error set when it does not parse.
bool readNumber(const QHash<QString, QString> &p, const QString &name, double *out, StudioError *error)
{
    const auto it = p.constFind(name);
    if (it == p.constEnd() || it->trimmed().isEmpty())
        return true;
    const auto v = parseNumber(it->toStdString());
    if (!v || std::isnan(*v)) {
        *error = badValue(name, *it, u"Double"_s);
        return false;
    }
    *out = *v;
    return true;
}

template<typename Int>
bool readInt(const QHash<QString, QString> &p, const QString &name, Int *out, StudioError *error)
{
    double v = double(*out);
    if (!readNumber(p, name, &v, error))
        return false;
    if (std::trunc(v) != v || std::fabs(v) > 9.0e15) {
        *error = badValue(name, p.value(name), u"Int32"_s);
        return false;
    }
    *out = Int(v);
    return true;
}

bool readBool(const QHash<QString, QString> &p, const QString &name, bool *out, StudioError *error)
{
    const auto it = p.constFind(name);
    if (it == p.constEnd() || it->trimmed().isEmpty())
        return true;
    const QString v = it->trimmed().toLower();
    if (v == u"true"_s || v == u"1"_s) {
        *out = true;
    } else if (v == u"false"_s || v == u"0"_s) {
        *out = false;
    } else {
        *error = badValue(name, *it, u"Boolean"_s);
        return false;
    }
    return true;
}

} // namespace

Task taskOf(LearnerKind kind)
{
    return kind == LearnerKind::LinearRegression || kind == LearnerKind::BoostedDecisionTreeRegression
        ? Task::Regression
        : Task::BinaryClassification;
}

QString learnerModuleName(LearnerKind kind)
{
    switch (kind) {
    case LearnerKind::TwoClassLogisticRegression:
        return u"Two-Class Logistic Regression"_s;
    case LearnerKind::TwoClassBoostedDecisionTree:
        return u"Two-Class Boosted Decision Tree"_s;
    case LearnerKind::LinearRegression:
        return u"Linear Regression"_s;
    case LearnerKind::BoostedDecisionTreeRegression:
        return u"Boosted Decision Tree Regression"_s;
    }
    return {};
}

QString learnerId(LearnerKind kind)
{
    return learnerModuleName(kind).remove(u'-').remove(u' ');
}

std::optional<LearnerKind> parseLearnerKind(const QString &name)
{
    for (LearnerKind k : allKinds) {
        if (name.compare(learnerModuleName(k), Qt::CaseInsensitive) == 0
            || name.compare(learnerId(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString taskName(Task task)
{
    return task == Task::Regression ? u"Regression"_s : u"BinaryClassification"_s;
}

bool LearnerSpec::allowUnknownLevels() const
{
    switch (kind) {
    case LearnerKind::TwoClassLogisticRegression:
        return logistic.allowUnknownLevels;
    case LearnerKind::LinearRegression:
        return linear.allowUnknownLevels;
    default:
        return trees.allowUnknownLevels;
    }
}

Status LearnerSpec::validate() const
{
    switch (kind) {
    case LearnerKind::TwoClassLogisticRegression:
        if (!(logistic.optimizationTolerance > 0 && logistic.optimizationTolerance < 1))
            return outOfRange(pTolerance, u"(0, 1)"_s);
        if (!(logistic.l1Weight >= 0 && std::isfinite(logistic.l1Weight)))
            return outOfRange(pL1, u"[0, +inf)"_s);
        if (!(logistic.l2Weight >= 0 && std::isfinite(logistic.l2Weight)))
            return outOfRange(pL2, u"[0, +inf)"_s);
        if (logistic.memorySize < 1)
            return outOfRange(pMemory, u"[1, +inf)"_s);
        break;
    case LearnerKind::TwoClassBoostedDecisionTree:
    case LearnerKind::BoostedDecisionTreeRegression:
        if (trees.maxLeaves < 2 || trees.maxLeaves > 131072)
            return outOfRange(pLeaves, u"[2, 131072]"_s);
        if (trees.minSamplesPerLeaf < 1)
            return outOfRange(pMinLeaf, u"[1, +inf)"_s);
        if (!(trees.learningRate > 0 && trees.learningRate <= 1))
            return outOfRange(pRate, u"(0, 1]"_s);
        if (trees.trees < 1 || trees.trees > 100000)
            return outOfRange(pTrees, u"[1, 100000]"_s);
        if (trees.threads < 0)
            return outOfRange(u"threads"_s, u"[0, +inf)"_s);
        break;
    case LearnerKind::LinearRegression:
        if (!(linear.l2Weight >= 0 && std::isfinite(linear.l2Weight)))
            return outOfRange(pL2, u"[0, +inf)"_s);
        break;
    }
    return Ok {};
}

QJsonObject LearnerSpec::parameters() const
{
    QJsonObject o;
    switch (kind) {
    case LearnerKind::TwoClassLogisticRegression:
        o.insert(pTolerance, logistic.optimizationTolerance);
        o.insert(pL1, logistic.l1Weight);
        o.insert(pL2, logistic.l2Weight);
        o.insert(pMemory, logistic.memorySize);
        o.insert(pSeed, QString::number(logistic.seed));
        o.insert(pUnknown, logistic.allowUnknownLevels);
        break;
    case LearnerKind::TwoClassBoostedDecisionTree:
    case LearnerKind::BoostedDecisionTreeRegression:
        o.insert(pLeaves, trees.maxLeaves);
        o.insert(pMinLeaf, trees.minSamplesPerLeaf);
        o.insert(pRate, trees.learningRate);
        o.insert(pTrees, trees.trees);
        o.insert(pSeed, QString::number(trees.seed));
        o.insert(pUnknown, trees.allowUnknownLevels);
        break;
    case LearnerKind::LinearRegression:
        o.insert(pSolution, u"Ordinary Least Squares"_s);
        o.insert(pL2, linear.l2Weight);
        o.insert(pIntercept, linear.includeIntercept);
        o.insert(pSeed, QString::number(linear.seed));
        o.insert(pUnknown, linear.allowUnknownLevels);
        break;
    }
    return o;
}

Result<LearnerSpec> LearnerSpec::fromParameters(LearnerKind kind, const QHash<QString, QString> &p)
{
    LearnerSpec spec;
    spec.kind = kind;
    StudioError e;
    bool ok = true;
    switch (kind) {
    case LearnerKind::TwoClassLogisticRegression:
        ok = readNumber(p, pTolerance, &spec.logistic.optimizationTolerance, &e)
            && readNumber(p, pL1, &spec.logistic.l1Weight, &e)
            && readNumber(p, pL2, &spec.logistic.l2Weight, &e)
            && readInt(p, pMemory, &spec.logistic.memorySize, &e)
            && readInt(p, pSeed, &spec.logistic.seed, &e)
            && readBool(p, pUnknown, &spec.logistic.allowUnknownLevels, &e);
        break;
    case LearnerKind::TwoClassBoostedDecisionTree:
    case LearnerKind::BoostedDecisionTreeRegression:
        ok = readInt(p, pLeaves, &spec.trees.maxLeaves, &e)
            && readInt(p, pMinLeaf, &spec.trees.minSamplesPerLeaf, &e)
            && readNumber(p, pRate, &spec.trees.learningRate, &e) && readInt(p, pTrees, &spec.trees.trees, &e)
            && readInt(p, pSeed, &spec.trees.seed, &e)
            && readBool(p, pUnknown, &spec.trees.allowUnknownLevels, &e);
        break;
    case LearnerKind::LinearRegression: {
        const QString method = p.value(pSolution).trimmed();
        if (!method.isEmpty() && method.compare(u"Ordinary Least Squares"_s, Qt::CaseInsensitive) != 0) {
            return StudioError::make(errc::ParameterOutOfRange,
                u"Parameter \"Solution method\" value \""_s + method
                    + u"\" is not supported here: use \"Ordinary Least Squares\"."_s)
                .inModule(learnerModuleName(kind));
        }
        ok = readNumber(p, pL2, &spec.linear.l2Weight, &e)
            && readBool(p, pIntercept, &spec.linear.includeIntercept, &e)
            && readInt(p, pSeed, &spec.linear.seed, &e)
            && readBool(p, pUnknown, &spec.linear.allowUnknownLevels, &e);
        break;
    }
    }
    if (!ok)
        return e.inModule(learnerModuleName(kind));
    const Status valid = spec.validate();
    if (!valid)
        return StudioError(valid.error()).inModule(learnerModuleName(kind));
    return spec;
}

Result<LearnerSpec> LearnerSpec::fromJson(LearnerKind kind, const QJsonObject &parameters)
{
    QHash<QString, QString> p;
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isBool())
            p.insert(it.key(), v.toBool() ? u"True"_s : u"False"_s);
        else if (v.isDouble())
            p.insert(it.key(), formatNumber(v.toDouble()));
        else
            p.insert(it.key(), v.toString());
    }
    return fromParameters(kind, p);
}

} // namespace mlr::studio
