#include "azureml/jobs/stepparams.h"

#include "azureml/jobs/jobspec_p.h"
#include "graph/moduleparameters.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::aml::detail {

using namespace mlr::studio;

namespace {

StudioError outOfRange(const QString &name, const QString &value, const QString &range)
{
    return StudioError::make(errc::ParameterOutOfRange,
        u"Parameter \"%1\" value \"%2\" should be in the range of %3."_s.arg(name, value, range));
}

} // namespace

QHash<QString, QString> literalValues(const JobStep &step, const JobPlan &plan)
{
    QHash<QString, QString> out;
    for (auto it = step.inputs.cbegin(); it != step.inputs.cend(); ++it) {
        const ComponentInput *in = step.component->input(it.key());
        if (!in || !in->isLiteral())
            continue;
        QString value = it->value;
        if (it->source == StepInputBinding::Source::JobInput)
            value = plan.inputs.value(it->jobInput).value;
        else if (it->source == StepInputBinding::Source::StepOutput)
            continue;
        auto checked = checkLiteral(*in, value, {}, {});
        out.insert(in->name, std::holds_alternative<QString>(checked) ? std::get<QString>(checked) : value);
    }
    return out;
}

QHash<QString, QString> studioParameters(const JobStep &step, const JobPlan &plan)
{
    QHash<QString, QString> out;
    const QHash<QString, QString> values = literalValues(step, plan);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.insert(step.component->input(it.key())->studioName, it.value());
    return out;
}

GraphNode graphNode(const JobStep &step, const QHash<QString, QString> &parameters)
{
    GraphNode node;
    node.id = step.name;
    node.kind = GraphNodeKind::Module;
    node.module = findModuleDescriptor(step.component->moduleName);
    node.assetId = step.name;
    node.assetName = step.component->moduleName;
    if (node.module)
        node.learner = node.module->info->learner;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        const auto [name, value] = normaliseNodeParameter(node, it.key(), it.value());
        node.parameters.insert(name, value);
    }
    return node;
}

Result<RetrainSpec> retrainSpec(const QHash<QString, QString> &literals)
{
    RetrainSpec spec;
    spec.labelColumn = literals.value(u"label_column"_s).trimmed();
    const QString learner = literals.value(u"learner"_s, u"two_class_logistic_regression"_s);
    const auto kind = parseLearnerName(learner);
    if (!kind)
        return StudioError::make(
            errc::InvalidLearner, u"Learner \"%1\" is not a sandbox learner."_s.arg(learner));
    const Component *self = findComponentByName(u"train_and_evaluate"_s);
    QHash<QString, QString> learnerParameters;
    for (const ComponentInput &in : self->inputs) {
        if (literals.contains(in.name) && !in.studioName.isEmpty() && in.name != u"label_column"_s
            && in.name != u"train_fraction"_s && in.name != u"split_seed"_s
            && in.name != u"stratified_split"_s && in.name != u"cleaning_mode"_s)
            learnerParameters.insert(in.studioName, literals.value(in.name));
    }
    auto parsed = LearnerSpec::fromParameters(*kind, learnerParameters);
    if (!parsed)
        return parsed.error();
    spec.learner = parsed.value();
    for (const QString &c : literals.value(u"feature_columns"_s).split(u',', Qt::SkipEmptyParts)) {
        if (!c.trimmed().isEmpty())
            spec.featureColumns.append(c.trimmed());
    }
    const QString fractionText = literals.value(u"train_fraction"_s, u"0.75"_s);
    const double fraction = fractionText.toDouble();
    if (!(fraction > 0 && fraction < 1))
        return outOfRange(u"train_fraction"_s, fractionText, u"(0, 1)"_s);
    spec.split.fraction = fraction;
    const QString seedText = literals.value(u"split_seed"_s, u"42"_s);
    const double seed = seedText.toDouble();
    if (seed < 0 || seed > 9007199254740992.0)
        return outOfRange(u"split_seed"_s, seedText, u"[0, 2^53]"_s);
    spec.split.seed = quint64(seed);
    spec.split.stratified = literals.value(u"stratified_split"_s, u"True"_s) == u"True"_s;
    const QString mode = literals.value(u"cleaning_mode"_s, u"replace_with_mean"_s);
    if (mode == u"none"_s) {
        spec.cleaning.reset();
    } else {
        std::optional<CleaningMode> parsedMode;
        for (CleaningMode m : { CleaningMode::ReplaceWithMean, CleaningMode::ReplaceWithMedian,
                 CleaningMode::ReplaceWithMode, CleaningMode::RemoveEntireRow }) {
            if (snakeCase(cleaningModeName(m)) == snakeCase(mode))
                parsedMode = m;
        }
        if (!parsedMode)
            return outOfRange(u"cleaning_mode"_s, mode,
                u"none, replace_with_mean, replace_with_median, "
                u"replace_with_mode, remove_entire_row"_s);
        spec.cleaning->mode = *parsedMode;
    }
    return spec;
}

std::optional<JobSpecError> checkStepParameters(
    const JobStep &step, const JobPlan &plan, const QString &target)
{
    const QString who = plan.type == JobType::Pipeline ? u"Step '%1'"_s.arg(step.name)
                                                       : u"The command job (component '%1')"_s.arg(step.name);
    if (step.component->kind == ComponentKind::Retraining) {
        auto spec = retrainSpec(literalValues(step, plan));
        if (!spec)
            return userError(u"%1: %2"_s.arg(who, spec.error().text()), target);
        return std::nullopt;
    }
    const GraphNode node = graphNode(step, studioParameters(step, plan));
    if (!node.module)
        return userError(
            u"%1: module '%2' is not in the catalogue."_s.arg(who, step.component->moduleName), target);
    const Status status = checkModuleParameters(node, node.parameters);
    if (!status)
        return userError(u"%1: %2"_s.arg(who, status.error().text()), target);
    return std::nullopt;
}

} // namespace mlr::aml::detail
