#include "engine/learnerimpl.h"

#include <Eigen/Dense>
#include <cmath>
#include <linear.h>
#include <mutex>

using namespace Qt::StringLiterals;

namespace mlr::studio::detail {

namespace {

void silent(const char *) { }

void silenceLiblinear()
{
    static std::once_flag once;
    std::call_once(once, [] { set_print_string_function(&silent); });
}

struct ModelDeleter
{
    void operator()(model *m) const { free_and_destroy_model(&m); }
};

} // namespace

StudioError libraryFailure(const QString &module, const QString &what)
{
    return StudioError::make(errc::OperationFailed, u"Operation failed: "_s + what).inModule(module);
}

int liblinearVersion()
{
    return liblinear_version;
}

Result<LinearModel> trainLogisticRegression(
    const TrainingData &data, const LogisticRegressionParams &params, EncodeStats &stats)
{
    silenceLiblinear();
    const QString module = learnerModuleName(LearnerKind::TwoClassLogisticRegression);
    const BoundEncoding &enc = *data.encoding;
    const int width = enc.width();
    const size_t n = data.rows.size();

    // Every row: its entries, the bias node (index width + 1) and the terminator.
    std::vector<feature_node> nodes;
    nodes.reserve(n * size_t(enc.maxEntriesPerRow() + 2));
    std::vector<size_t> starts(n);
    std::vector<double> y(n);
    for (size_t i = 0; i < n; ++i) {
        starts[i] = nodes.size();
        enc.encodeRow(
            data.rows[i],
            [&nodes](qint32 index, double value) {
                if (value != 0.0)
                    nodes.push_back({ index + 1, value });
            },
            stats);
        nodes.push_back({ width + 1, 1.0 });
        nodes.push_back({ -1, 0.0 });
        y[i] = data.targets[i] > 0.5 ? 1.0 : -1.0;
    }
    std::vector<feature_node *> x(n);
    for (size_t i = 0; i < n; ++i)
        x[i] = nodes.data() + starts[i];
    if (data.cancelled && data.cancelled())
        return libraryFailure(module, u"training was cancelled."_s);

    problem prob {};
    prob.l = int(n);
    prob.n = width + 1;
    prob.y = y.data();
    prob.x = x.data();
    prob.bias = 1.0;

    parameter param {};
    // Studio stops L-BFGS when the relative improvement of the objective falls under the
    // tolerance; liblinear stops on the relative gradient norm, which near the optimum scales as
    // the square root of the objective gap: eps = sqrt(tolerance) (1e-7 -> 3.2e-4).
    param.eps = std::sqrt(params.optimizationTolerance);
    param.p = 0.1;
    if (params.l2Weight > 0) {
        param.solver_type = L2R_LR;
        param.C = 1.0 / params.l2Weight;
    } else if (params.l1Weight > 0) {
        param.solver_type = L1R_LR;
        param.C = 1.0 / params.l1Weight;
    } else {
        param.solver_type = L2R_LR;
        param.C = 1e6;
    }
    if (const char *problemText = check_parameter(&prob, &param))
        return libraryFailure(
            module, u"liblinear rejected the parameters: "_s + QString::fromUtf8(problemText));
    std::unique_ptr<model, ModelDeleter> trained(train(&prob, &param));
    if (!trained || trained->nr_class > 2)
        return libraryFailure(module, u"liblinear did not produce a two-class model."_s);

    LinearModel out;
    out.weights.assign(size_t(width), 0.0);
    // w is the decision function for label[0]; make it the one for the positive class.
    const double sign = trained->nr_class == 2 && trained->label[0] == -1 ? -1.0 : 1.0;
    if (trained->nr_class < 2) {
        // Only one class present (cannot happen after the label checks): constant model.
        out.intercept = trained->label[0] == 1 ? 30.0 : -30.0;
        return out;
    }
    for (int j = 0; j < width; ++j)
        out.weights[size_t(j)] = sign * trained->w[j];
    out.intercept = sign * trained->w[width] * prob.bias;
    return out;
}

Result<LinearModel> trainLinearRegression(
    const TrainingData &data, const LinearRegressionParams &params, EncodeStats &stats)
{
    const QString module = learnerModuleName(LearnerKind::LinearRegression);
    const BoundEncoding &enc = *data.encoding;
    const int width = enc.width();
    const int p = width + (params.includeIntercept ? 1 : 0);
    // Normal equations accumulated row by row from the sparse encoding.
    Eigen::MatrixXd xtx = Eigen::MatrixXd::Zero(p, p);
    Eigen::VectorXd xty = Eigen::VectorXd::Zero(p);
    std::vector<qint32> idx;
    std::vector<double> val;
    idx.reserve(size_t(enc.maxEntriesPerRow() + 1));
    val.reserve(size_t(enc.maxEntriesPerRow() + 1));
    for (size_t i = 0; i < data.rows.size(); ++i) {
        idx.clear();
        val.clear();
        enc.encodeRow(
            data.rows[i],
            [&](qint32 index, double value) {
                if (value != 0.0) {
                    idx.push_back(index);
                    val.push_back(value);
                }
            },
            stats);
        if (params.includeIntercept) {
            idx.push_back(width);
            val.push_back(1.0);
        }
        const double t = data.targets[i];
        for (size_t a = 0; a < idx.size(); ++a) {
            xty(idx[a]) += val[a] * t;
            for (size_t b = 0; b <= a; ++b)
                xtx(idx[a], idx[b]) += val[a] * val[b];
        }
    }
    xtx = xtx.selfadjointView<Eigen::Lower>();
    for (int j = 0; j < width; ++j)
        xtx(j, j) += params.l2Weight;
    if (data.cancelled && data.cancelled())
        return libraryFailure(module, u"training was cancelled."_s);

    Eigen::VectorXd w;
    bool solved = false;
    if (params.l2Weight > 0) {
        const Eigen::LDLT<Eigen::MatrixXd> ldlt(xtx);
        if (ldlt.info() == Eigen::Success && ldlt.isPositive()) {
            w = ldlt.solve(xty);
            solved = w.allFinite();
        }
    }
    if (!solved) {
        // Singular (e.g. one-hot levels plus the intercept, no L2): minimum-norm solution.
        const Eigen::CompleteOrthogonalDecomposition<Eigen::MatrixXd> cod(xtx);
        w = cod.solve(xty);
        solved = w.allFinite();
    }
    if (!solved)
        return libraryFailure(module, u"the least-squares system could not be solved."_s);
    LinearModel out;
    out.weights.assign(w.data(), w.data() + width);
    out.intercept = params.includeIntercept ? w(width) : 0.0;
    return out;
}

} // namespace mlr::studio::detail
