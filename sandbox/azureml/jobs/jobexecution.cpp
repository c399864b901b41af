#include "azureml/jobs/jobexecution.h"

#include "azureml/jobs/stepparams.h"
#include "engine/csvreader.h"
#include "engine/ilearner.h"
#include "graph/modulerun.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace mlr::aml {

using namespace mlr::studio;

namespace {

// What a step output holds: the value later steps read, and the files it writes.
struct StepValue
{
    PortValue value;
    QByteArray ilearner; // trained models: the .ilearner (saved once)
    QByteArray csv; // train_and_evaluate's metrics / scored data as the engine wrote them
};

struct Run
{
    const JobPlan &plan;
    const QMap<QString, QByteArray> &bytes;
    std::function<bool()> cancelled;
    QMap<QString, PortValue> jobInputs; // parsed once
    QMap<QString, QHash<QString, StepValue>> results; // step -> output -> value
    QMap<QString, QString> params;
    QStringList log;

    bool isCancelled() const { return cancelled && cancelled(); }
};

JobRunError userError(const StudioError &e, const QString &step, const Run &run)
{
    JobRunError out;
    out.code = e.code == errc::OperationFailed ? u"SystemError"_s : u"UserError"_s;
    out.message = u"%1 (step '%2')"_s.arg(e.text(), step);
    out.step = step;
    out.log = run.log;
    return out;
}

JobRunError cancelledError(const QString &step, const Run &run)
{
    return { u"UserError"_s, u"The job was canceled."_s, step, true, run.log };
}

QString seconds(const QElapsedTimer &t)
{
    return QString::number(double(t.nsecsElapsed()) / 1e9, 'f', 3) + u" s"_s;
}

// A job input's value for a port of the given kind.
std::variant<PortValue, JobRunError> jobInputValue(
    Run &run, const QString &key, PortKind kind, const QString &step)
{
    if (const auto it = run.jobInputs.constFind(key); it != run.jobInputs.constEnd())
        return *it;
    const auto bytes = run.bytes.constFind(key);
    if (bytes == run.bytes.constEnd()) {
        return JobRunError { u"SystemError"_s,
            u"The input '%1' (%2) was not fetched."_s.arg(key, run.plan.inputs.value(key).uri), step, false,
            run.log };
    }
    PortValue value;
    if (kind == PortKind::TrainedModel) {
        auto model = loadIlearner(*bytes);
        if (!model)
            return userError(model.error(), step, run);
        value = std::make_shared<const TrainedModel>(std::move(model).value());
    } else {
        QElapsedTimer t;
        t.start();
        auto table = readCsv(*bytes);
        if (!table)
            return JobRunError { u"UserError"_s, u"%1 (input '%2')"_s.arg(table.error().text(), key), step,
                false, run.log };
        run.log.append(u"input %1: %2 rows, %3 columns read (%4)"_s.arg(key)
                           .arg(table->rowCount())
                           .arg(table->columnCount())
                           .arg(seconds(t)));
        auto v = std::make_shared<DatasetValue>();
        v->table = std::move(table).value();
        value = DatasetPtr(v);
    }
    run.jobInputs.insert(key, value);
    return value;
}

void learnerParams(const LearnerSpec &learner, QMap<QString, QString> &params)
{
    params.insert(u"learner"_s, learnerName(learner.kind));
    const QJsonObject p = learner.parameters();
    for (auto it = p.begin(); it != p.end(); ++it) {
        const QJsonValue v = it.value();
        params.insert(snakeCase(it.key()),
            v.isBool()         ? (v.toBool() ? u"True"_s : u"False"_s)
                : v.isDouble() ? formatNumber(v.toDouble())
                               : v.toString());
    }
}

bool consumed(const JobPlan &plan, const QString &step, const QString &output)
{
    for (const JobStep &s : plan.steps) {
        for (const StepInputBinding &b : s.inputs) {
            if (b.source == StepInputBinding::Source::StepOutput && b.step == step && b.output == output)
                return true;
        }
    }
    return false;
}

std::optional<JobRunError> runRetrainingStep(Run &run, const JobStep &step, const DatasetPtr &data)
{
    auto spec = detail::retrainSpec(detail::literalValues(step, run.plan));
    if (!spec)
        return userError(spec.error(), step.name, run);
    spec.value().cancelled = run.cancelled;
    auto r = runRetraining(data->table, spec.value());
    if (run.isCancelled())
        return cancelledError(step.name, run);
    if (!r)
        return userError(r.error(), step.name, run);
    const RetrainResult &res = r.value();
    run.log.append(
        u"%1 train_and_evaluate: %2 missing values replaced, %3 rows removed; split %4 + %5 rows; "
        u"%6 trained on %7 rows; %8 (%9 s)"_s.arg(step.name)
            .arg(res.missingValuesReplaced)
            .arg(res.rowsRemoved)
            .arg(res.trainRows)
            .arg(res.testRows)
            .arg(learnerModuleName(res.model.learner.kind))
            .arg(res.model.trainingRows)
            .arg(res.model.task() == Task::BinaryClassification
                    ? u"AUC "_s + formatNumber(res.evaluation.binary.auc)
                    : u"R2 "_s + formatNumber(res.evaluation.regression.coefficientOfDetermination))
            .arg(res.seconds, 0, 'f', 3));
    QHash<QString, StepValue> &out = run.results[step.name];
    out.insert(u"model"_s, { std::make_shared<const TrainedModel>(res.model), res.ilearner, {} });
    auto evaluation = std::make_shared<DatasetValue>();
    evaluation->table = evaluationTable(res.evaluation);
    out.insert(u"metrics"_s, { DatasetPtr(evaluation), {}, res.evaluationCsv });
    auto scored = std::make_shared<DatasetValue>();
    if (consumed(run.plan, step.name, u"scored_data"_s)) {
        auto table = readCsv(res.scoredCsv);
        if (table)
            scored->table = std::move(table).value();
        scored->labelColumn = res.model.labelColumn;
        scored->positiveLabel = res.model.positiveLabel;
        scored->negativeLabel = res.model.negativeLabel;
    }
    out.insert(u"scored_data"_s, { DatasetPtr(scored), {}, res.scoredCsv });
    if (run.params.isEmpty()) {
        learnerParams(res.model.learner, run.params);
        run.params.insert(u"label_column"_s, spec->labelColumn);
        run.params.insert(u"train_fraction"_s, formatNumber(spec->split.fraction));
        run.params.insert(u"split_seed"_s, QString::number(spec->split.seed));
    }
    return std::nullopt;
}

std::optional<JobRunError> runStep(Run &run, const JobStep &step)
{
    if (run.isCancelled())
        return cancelledError(step.name, run);
    QHash<QString, PortValue> ports; // by Studio port name
    for (const ComponentInput &in : step.component->inputs) {
        if (in.isLiteral() || !step.inputs.contains(in.name))
            continue;
        const StepInputBinding &b = step.inputs.value(in.name);
        if (b.source == StepInputBinding::Source::StepOutput) {
            const PortValue v = run.results.value(b.step).value(b.output).value;
            const auto *data = std::get_if<DatasetPtr>(&v);
            if (data && !*data) {
                return JobRunError { u"SystemError"_s,
                    u"Step '%1' reads %2.%3, which was not produced."_s.arg(step.name, b.step, b.output),
                    step.name, false, run.log };
            }
            ports.insert(in.studioName, v);
            continue;
        }
        auto v = jobInputValue(run, b.jobInput, *in.port, step.name);
        if (auto *e = std::get_if<JobRunError>(&v))
            return *e;
        ports.insert(in.studioName, std::get<PortValue>(v));
    }
    if (step.component->kind == ComponentKind::Retraining) {
        const PortValue data = ports.value(u"Dataset"_s);
        const auto *table = std::get_if<DatasetPtr>(&data);
        if (!table || !*table)
            return JobRunError { u"SystemError"_s, u"Step '%1' has no training data."_s.arg(step.name),
                step.name, false, run.log };
        return runRetrainingStep(run, step, *table);
    }

    QElapsedTimer t;
    t.start();
    const GraphNode node = detail::graphNode(step, detail::studioParameters(step, run.plan));
    ModuleRun module { &node, node.parameters, ports, run.cancelled };
    auto r = runModule(module);
    if (run.isCancelled())
        return cancelledError(step.name, run);
    if (!r)
        return userError(r.error(), step.name, run);
    run.log.append(u"%1 %2: %3 (%4)"_s.arg(step.name, step.component->moduleName, r->summary, seconds(t)));
    QHash<QString, StepValue> &out = run.results[step.name];
    for (const ComponentOutput &o : step.component->outputs) {
        StepValue v { r->outputs.value(o.studioName), {}, {} };
        if (const auto *model = std::get_if<ModelPtr>(&v.value)) {
            v.ilearner = saveIlearner(**model);
            if (run.params.isEmpty())
                learnerParams((*model)->learner, run.params);
        }
        out.insert(o.name, v);
    }
    return std::nullopt;
}

OutputFiles filesOf(const ComponentOutput &output, const StepValue &v)
{
    const auto *model = std::get_if<ModelPtr>(&v.value);
    const auto *learner = std::get_if<LearnerSpec>(&v.value);
    const auto *data = std::get_if<DatasetPtr>(&v.value);
    if (model && *model)
        return modelFiles(**model, v.ilearner);
    if (learner)
        return untrainedModelFiles(*learner);
    if (!data || !*data)
        return {};
    if (output.artifact == ArtifactKind::Evaluation)
        return evaluationFiles((*data)->table, v.csv);
    if (output.artifact == ArtifactKind::ScoredData) {
        if (!v.csv.isEmpty())
            return { { u"scored.csv"_s, v.csv, u"text/csv"_s } };
        return datasetFiles((*data)->table, u"scored.csv"_s);
    }
    return datasetFiles((*data)->table, u"data.csv"_s);
}

} // namespace

QByteArray JobRunResult::stdLog() const
{
    QByteArray out;
    for (const QString &line : log)
        out += line.toUtf8() + '\n';
    return out;
}

std::variant<JobRunResult, JobRunError> runJob(
    const JobPlan &plan, const QMap<QString, QByteArray> &inputBytes, std::function<bool()> cancelled)
{
    QElapsedTimer timer;
    timer.start();
    Run run { plan, inputBytes, std::move(cancelled), {}, {}, {}, {} };
    run.log.append(u"%1 job: %2 step(s): %3"_s.arg(jobTypeName(plan.type)).arg(plan.steps.size()).arg([&] {
        QStringList names;
        for (const JobStep &s : plan.steps)
            names.append(
                s.name == s.component->name ? s.name : s.name + u" ("_s + s.component->name + u")"_s);
        return names.join(u", "_s);
    }()));
    for (const JobStep &step : plan.steps) {
        if (!step.component)
            return JobRunError { u"SystemError"_s, u"Step '%1' has no component."_s.arg(step.name), step.name,
                false, run.log };
        if (auto e = runStep(run, step))
            return *e;
    }
    JobRunResult result;
    std::optional<QMap<QString, double>> boundMetrics;
    std::optional<QMap<QString, double>> firstMetrics;
    for (const JobStep &step : plan.steps) {
        const QHash<QString, StepValue> &values = run.results.value(step.name);
        for (const ComponentOutput &o : step.component->outputs) {
            const StepValue v = values.value(o.name);
            const QString bound = step.outputs.value(o.name);
            const bool isBound = !bound.isEmpty() && plan.outputs.contains(bound);
            if (!isBound && plan.type == JobType::Command)
                continue;
            const OutputFiles files = filesOf(o, v);
            if (isBound)
                result.outputs.insert(bound, files);
            if (plan.type == JobType::Pipeline)
                result.stepOutputs[step.name].insert(o.name, files);
            const auto *data = std::get_if<DatasetPtr>(&v.value);
            if (o.artifact == ArtifactKind::Evaluation && data && *data) {
                const QMap<QString, double> m = metricsFromEvaluation((*data)->table);
                if (isBound && !boundMetrics)
                    boundMetrics = m;
                if (!firstMetrics)
                    firstMetrics = m;
            }
        }
    }
    result.metrics = boundMetrics ? *boundMetrics : firstMetrics.value_or(QMap<QString, double> {});
    result.params = run.params;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.log.append(u"job done in %1 s"_s.arg(result.seconds, 0, 'f', 3));
    result.log = run.log;
    return result;
}

} // namespace mlr::aml
