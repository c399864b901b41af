#include "engine/learnerimpl.h"

#include <memory>
#include <mutex>
#include <xgboost/c_api.h>

using namespace Qt::StringLiterals;

namespace mlr::studio::detail {

namespace {

struct DMatrixDeleter
{
    void operator()(void *h) const { XGDMatrixFree(h); }
};
struct BoosterDeleter
{
    void operator()(void *h) const { XGBoosterFree(h); }
};
using DMatrix = std::unique_ptr<void, DMatrixDeleter>;
using Booster = std::unique_ptr<void, BoosterDeleter>;

void quietXgboost()
{
    static std::once_flag once;
    std::call_once(once, [] { XGBSetGlobalConfig("{\"verbosity\": 0}"); });
}

QString lastError()
{
    const char *e = XGBGetLastError();
    return e ? QString::fromUtf8(e).section(u'\n', 0, 0) : u"unknown XGBoost error"_s;
}

struct Csr
{
    std::vector<size_t> indptr;
    std::vector<unsigned> indices;
    std::vector<float> values;
};

// Explicit zeros are kept for numeric features (a standardised value of 0 is the mean, not
// missing); absent one-hot slots are "missing" to XGBoost, which learns a default branch.
template<typename RowAt>
Csr buildCsr(const BoundEncoding &enc, size_t count, RowAt &&rowAt, EncodeStats &stats)
{
    Csr m;
    m.indptr.reserve(count + 1);
    m.indices.reserve(count * size_t(enc.maxEntriesPerRow()));
    m.values.reserve(count * size_t(enc.maxEntriesPerRow()));
    m.indptr.push_back(0);
    for (size_t i = 0; i < count; ++i) {
        enc.encodeRow(
            rowAt(i),
            [&m](qint32 index, double value) {
                m.indices.push_back(unsigned(index));
                m.values.push_back(float(value));
            },
            stats);
        m.indptr.push_back(m.values.size());
    }
    return m;
}

Result<DMatrix> makeDMatrix(const Csr &m, qint32 width, const QString &module)
{
    void *handle = nullptr;
    if (XGDMatrixCreateFromCSREx(m.indptr.data(), m.indices.data(), m.values.data(), m.indptr.size(),
            m.values.size(), size_t(width), &handle)
        != 0)
        return libraryFailure(module, u"XGBoost could not build its matrix: "_s + lastError());
    return DMatrix(handle);
}

Result<Booster> loadBooster(const QByteArray &bytes, const QString &module)
{
    quietXgboost();
    void *handle = nullptr;
    if (XGBoosterCreate(nullptr, 0, &handle) != 0)
        return libraryFailure(module, u"XGBoost could not create a booster: "_s + lastError());
    Booster booster(handle);
    if (XGBoosterLoadModelFromBuffer(handle, bytes.constData(), bst_ulong(bytes.size())) != 0) {
        return StudioError::make(errc::ModelNotDeserialized,
            u"Model could not be deserialized: XGBoost rejected the tree ensemble ("_s + lastError()
                + u"). Retrain and resave the model."_s);
    }
    return booster;
}

} // namespace

QString xgboostVersion()
{
    int major = 0, minor = 0, patch = 0;
    XGBoostVersion(&major, &minor, &patch);
    return QString::number(major) + u'.' + QString::number(minor) + u'.' + QString::number(patch);
}

Result<QByteArray> trainBoostedTrees(
    const TrainingData &data, const BoostedTreeParams &params, Task task, EncodeStats &stats)
{
    quietXgboost();
    const bool binary = task == Task::BinaryClassification;
    const QString module = learnerModuleName(
        binary ? LearnerKind::TwoClassBoostedDecisionTree : LearnerKind::BoostedDecisionTreeRegression);
    const BoundEncoding &enc = *data.encoding;
    auto dm = [&]() {
        const Csr csr = buildCsr(
            enc, data.rows.size(), [&data](size_t i) { return data.rows[i]; }, stats);
        return makeDMatrix(csr, enc.width(), module);
    }();
    if (!dm)
        return dm.error();
    std::vector<float> labels(data.targets.begin(), data.targets.end());
    if (XGDMatrixSetFloatInfo(dm.value().get(), "label", labels.data(), bst_ulong(labels.size())) != 0)
        return libraryFailure(module, u"XGBoost refused the labels: "_s + lastError());

    void *dmHandle = dm.value().get();
    void *handle = nullptr;
    if (XGBoosterCreate(&dmHandle, 1, &handle) != 0)
        return libraryFailure(module, u"XGBoost could not create a booster: "_s + lastError());
    Booster booster(handle);
    const double hessian = binary ? 0.25 : 1.0;
    const std::pair<QByteArray, QByteArray> settings[] = {
        { "booster", "gbtree" },
        { "objective", binary ? "binary:logistic" : "reg:squarederror" },
        { "tree_method", "hist" },
        { "grow_policy", "lossguide" },
        { "max_depth", "0" },
        { "max_leaves", QByteArray::number(params.maxLeaves) },
        { "eta", QByteArray::number(params.learningRate, 'g', 17) },
        { "min_child_weight", QByteArray::number(params.minSamplesPerLeaf * hessian, 'g', 17) },
        { "seed", QByteArray::number(params.seed % 2147483647ULL) },
        { "nthread", QByteArray::number(params.threads) },
        { "verbosity", "0" },
    };
    for (const auto &[key, value] : settings) {
        if (key == "nthread" && params.threads == 0)
            continue;
        if (XGBoosterSetParam(handle, key.constData(), value.constData()) != 0)
            return libraryFailure(
                module, u"XGBoost rejected parameter "_s + QString::fromLatin1(key) + u": "_s + lastError());
    }
    for (int round = 0; round < params.trees; ++round) {
        if (data.cancelled && data.cancelled())
            return libraryFailure(module, u"training was cancelled."_s);
        if (XGBoosterUpdateOneIter(handle, round, dmHandle) != 0)
            return libraryFailure(module,
                u"XGBoost failed in boosting round "_s + QString::number(round + 1) + u": "_s + lastError());
    }
    bst_ulong length = 0;
    const char *bytes = nullptr;
    if (XGBoosterSaveModelToBuffer(handle, "{\"format\": \"json\"}", &length, &bytes) != 0)
        return libraryFailure(module, u"XGBoost could not save the model: "_s + lastError());
    return QByteArray(bytes, qsizetype(length));
}

Result<std::vector<double>> predictBoostedTrees(const QByteArray &model, const BoundEncoding &encoding,
    qsizetype rowCount, int threads, EncodeStats &stats)
{
    const QString module = u"Score Model"_s;
    auto booster = loadBooster(model, module);
    if (!booster)
        return booster.error();
    if (threads > 0)
        XGBoosterSetParam(booster.value().get(), "nthread", QByteArray::number(threads).constData());
    std::vector<double> out;
    out.reserve(size_t(rowCount));
    // In blocks, to bound the memory of the sparse matrix.
    const qsizetype block = 262144;
    for (qsizetype first = 0; first < rowCount; first += block) {
        const qsizetype count = std::min(block, rowCount - first);
        const Csr csr = buildCsr(
            encoding, size_t(count), [first](size_t i) { return first + qsizetype(i); }, stats);
        auto dm = makeDMatrix(csr, encoding.width(), module);
        if (!dm)
            return dm.error();
        bst_ulong length = 0;
        const float *result = nullptr;
        if (XGBoosterPredict(booster.value().get(), dm.value().get(), 0, 0, 0, &length, &result) != 0)
            return libraryFailure(module, u"XGBoost prediction failed: "_s + lastError());
        if (length != bst_ulong(count))
            return libraryFailure(module, u"XGBoost returned an unexpected number of predictions."_s);
        out.insert(out.end(), result, result + length);
    }
    return out;
}

Result<qint64> boostedTreeFeatureCount(const QByteArray &model)
{
    auto booster = loadBooster(model, {});
    if (!booster)
        return booster.error();
    bst_ulong features = 0;
    if (XGBoosterGetNumFeature(booster.value().get(), &features) != 0)
        return StudioError::make(
            errc::ModelNotDeserialized, u"Model could not be deserialized: "_s + lastError());
    return qint64(features);
}

} // namespace mlr::studio::detail
