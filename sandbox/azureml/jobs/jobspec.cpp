#include "azureml/jobs/jobspec.h"

#include "azureml/jobs/jobspec_p.h"
#include "azureml/jobs/jsonfields.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mlr::aml {

using namespace detail;

namespace {

const QStringList jobTypes = { u"Command"_s, u"Pipeline"_s, u"Sweep"_s, u"AutoML"_s, u"Spark"_s };

// Every ${{...}} of the command outside [optional] parts must be ${{inputs.X}} or
// ${{outputs.Y}} of a declared input / output.
std::optional<JobSpecError> checkCommandPlaceholders(const QString &command, const JobPlan &plan)
{
    static const QRegularExpression optionalPart(u"\\[[^\\]]*\\]"_s);
    static const QRegularExpression expression(u"\\$\\{\\{\\s*([^}]*?)\\s*\\}\\}"_s);
    static const QRegularExpression reference(u"^(inputs|outputs)\\.([A-Za-z0-9_]+)$"_s);
    QString required = command;
    required.replace(optionalPart, u" "_s);
    for (int pass = 0; pass < 2; ++pass) {
        auto it = expression.globalMatch(pass == 0 ? command : required);
        while (it.hasNext()) {
            const auto m = it.next();
            const auto ref = reference.match(m.captured(1));
            if (!ref.hasMatch()) {
                return userError(u"The command uses '%1': a command job can only refer to ${{inputs.<name>}} "
                                 u"and ${{outputs.<name>}}."_s.arg(m.captured(0)),
                    u"properties.command"_s);
            }
            if (pass == 0)
                continue; // optional [...] parts may name undeclared inputs
            const bool isInput = ref.captured(1) == u"inputs"_s;
            const bool declared = isInput
                ? plan.inputs.contains(ref.captured(2))
                : plan.outputs.value(ref.captured(2)).declared && plan.outputs.contains(ref.captured(2));
            if (!declared) {
                return userError(u"The command uses '%1', but the job declares no %2 '%3'."_s.arg(
                                     m.captured(0), isInput ? u"input"_s : u"output"_s, ref.captured(2)),
                    u"properties.command"_s);
            }
        }
    }
    return std::nullopt;
}

std::optional<JobSpecError> parseCommandJob(
    const QJsonObject &p, const QMap<QString, JobOutput> &declaredOutputs, JobPlan &plan)
{
    const QString command = json::text(json::field(p, u"command")).trimmed();
    if (command.isEmpty())
        return badRequest(u"properties.command is required."_s, u"properties.command"_s);
    if (json::text(json::field(p, u"environmentId")).trimmed().isEmpty())
        return badRequest(u"properties.environmentId is required."_s, u"properties.environmentId"_s);
    const Component *component = nullptr;
    const QString componentId = json::text(json::field(p, u"componentId")).trimmed();
    const QStringList words = command.split(u' ', Qt::SkipEmptyParts);
    const bool runsSandbox = words.size() >= 2 && words[0] == u"mlstudio"_s && words[1] == u"run"_s;
    if (!componentId.isEmpty()) {
        component = findComponent(componentId);
        if (!component)
            return unknownComponent(u"'%1'"_s.arg(componentId), u"properties.componentId"_s);
    } else if (runsSandbox && words.size() >= 3) {
        component = findComponentByName(words[2]);
        if (!component)
            return unknownComponent(u"'%1' in the command"_s.arg(words[2]), u"properties.command"_s);
    } else {
        return unknownComponent(
            u"(no componentId, and the command '%1' is not 'mlstudio run <component> ...')"_s.arg(command),
            u"properties.command"_s);
    }
    if (runsSandbox && words.size() >= 3 && findComponentByName(words[2]) != component) {
        return userError(
            u"The command runs '%1' but componentId names '%2'."_s.arg(words[2], component->name),
            u"properties.command"_s);
    }

    JobStep step;
    step.name = component->name;
    step.component = component;
    const QString who = u"The command job (component '%1')"_s.arg(component->name);
    QMap<QString, JobInput> inputs;
    for (auto it = plan.inputs.cbegin(); it != plan.inputs.cend(); ++it) {
        const QString target = u"properties.inputs."_s + it.key();
        const ComponentInput *in = component->input(it.key());
        if (!in) {
            QStringList names;
            for (const ComponentInput &i : component->inputs)
                names.append(i.name);
            return userError(u"The component '%1' has no input '%2'; its inputs are: %3."_s.arg(
                                 component->name, it.key(), names.join(u", "_s)),
                target);
        }
        if (auto e = checkInputKind(*in, it.value(), who, target))
            return e;
        JobInput given = it.value();
        if (in->isLiteral()) {
            if (given.value.trimmed().isEmpty() && in->optional)
                continue;
            auto checked = checkLiteral(*in, given.value, who, target + u".value"_s);
            if (auto *e = std::get_if<JobSpecError>(&checked))
                return *e;
            given.value = std::get<QString>(checked);
        }
        inputs.insert(in->name, given);
        step.inputs.insert(in->name, { StepInputBinding::Source::JobInput, {}, in->name, {}, {} });
    }
    plan.inputs = inputs;
    if (auto e = checkRequiredInputs(step, who, u"properties.inputs"_s))
        return e;
    for (auto it = declaredOutputs.cbegin(); it != declaredOutputs.cend(); ++it) {
        const ComponentOutput *out = component->output(it.key());
        if (!out) {
            return userError(u"The component '%1' has no output '%2'."_s.arg(component->name, it.key()),
                u"properties.outputs."_s + it.key());
        }
        plan.outputs.insert(out->name, it.value());
    }
    for (const ComponentOutput &o : component->outputs) {
        if (!plan.outputs.contains(o.name)) {
            JobOutput undeclared;
            undeclared.type = o.type;
            undeclared.declared = false;
            plan.outputs.insert(o.name, undeclared);
        }
        step.outputs.insert(o.name, o.name);
    }
    if (auto e = checkCommandPlaceholders(command, plan))
        return e;
    if (auto e = checkStepParameters(step, plan, u"properties.inputs"_s))
        return e;
    plan.steps = { step };
    return std::nullopt;
}

} // namespace

QJsonObject JobSpecError::toJson() const
{
    QJsonObject e { { u"code"_s, code }, { u"message"_s, message } };
    if (!target.isEmpty())
        e.insert(u"target"_s, target);
    return QJsonObject { { u"error"_s, e } };
}

QString jobTypeName(JobType type)
{
    return type == JobType::Pipeline ? u"Pipeline"_s : u"Command"_s;
}

QStringList JobPlan::dataInputs() const
{
    QStringList names;
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it) {
        if (!it->isLiteral())
            names.append(it.key());
    }
    return names;
}

const Component *JobPlan::component() const
{
    return type == JobType::Command && !steps.isEmpty() ? steps.first().component : nullptr;
}

const JobStep *JobPlan::step(const QString &name) const
{
    for (const JobStep &s : steps) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

std::variant<JobPlan, JobSpecError> parseJob(const QJsonObject &putBody)
{
    const QJsonValue pv = json::field(putBody, u"properties");
    if (!pv.isObject())
        return badRequest(u"The body needs a 'properties' object."_s, u"properties"_s);
    const QJsonObject p = pv.toObject();
    const QString typeText = json::text(json::field(p, u"jobType")).trimmed();
    if (typeText.isEmpty())
        return badRequest(u"properties.jobType is required."_s, u"properties.jobType"_s);
    const QString type = json::normaliseEnum(typeText, jobTypes);
    if (type != u"Command"_s && type != u"Pipeline"_s) {
        return userError(
            u"Job type '%1' is not supported by this sandbox: it runs Command and Pipeline jobs."_s.arg(
                typeText),
            u"properties.jobType"_s);
    }
    JobPlan plan;
    plan.type = type == u"Pipeline"_s ? JobType::Pipeline : JobType::Command;
    plan.displayName = json::text(json::field(p, u"displayName"));
    const QString experiment = json::text(json::field(p, u"experimentName")).trimmed();
    if (!experiment.isEmpty())
        plan.experimentName = experiment;
    plan.description = json::text(json::field(p, u"description"));
    for (const QString &member : { u"inputs"_s, u"outputs"_s, u"tags"_s, u"properties"_s, u"jobs"_s }) {
        const QJsonValue v = json::field(p, member);
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            return badRequest(u"properties.%1 must be an object."_s.arg(member), u"properties."_s + member);
    }
    const QJsonObject inputs = json::field(p, u"inputs").toObject();
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        auto in = parseInput(it.value(), u"properties.inputs."_s + it.key());
        if (auto *e = std::get_if<JobSpecError>(&in))
            return *e;
        plan.inputs.insert(it.key(), std::get<JobInput>(in));
    }
    QMap<QString, JobOutput> outputs;
    const QJsonObject outputObject = json::field(p, u"outputs").toObject();
    for (auto it = outputObject.begin(); it != outputObject.end(); ++it) {
        auto out = parseOutput(it.value(), u"properties.outputs."_s + it.key());
        if (auto *e = std::get_if<JobSpecError>(&out))
            return *e;
        outputs.insert(it.key(), std::get<JobOutput>(out));
    }
    const QJsonObject topInputs = [&] {
        QJsonObject o;
        for (auto it = plan.inputs.cbegin(); it != plan.inputs.cend(); ++it)
            o.insert(it.key(), inputJson(*it));
        return o;
    }();
    if (plan.type == JobType::Command) {
        if (auto e = parseCommandJob(p, outputs, plan))
            return *e;
    } else {
        plan.outputs = outputs;
        if (auto e = parsePipelineSteps(p, plan))
            return *e;
    }

    QJsonObject props { { u"jobType"_s, jobTypeName(plan.type) },
        { u"experimentName"_s, plan.experimentName }, { u"isArchived"_s, false },
        { u"inputs"_s, topInputs } };
    for (const QString &member : { u"displayName"_s, u"description"_s, u"computeId"_s, u"environmentId"_s,
             u"command"_s, u"componentId"_s, u"codeId"_s }) {
        const QJsonValue v = json::field(p, member);
        if (v.isString())
            props.insert(member, v);
    }
    for (const QString &member : { u"tags"_s, u"properties"_s, u"environmentVariables"_s, u"resources"_s,
             u"distribution"_s, u"limits"_s, u"settings"_s, u"jobs"_s }) {
        const QJsonValue v = json::field(p, member);
        if (v.isObject())
            props.insert(member, v);
        else if (member == u"tags"_s || member == u"properties"_s)
            props.insert(member, QJsonObject {});
    }
    QJsonObject outs;
    for (auto it = plan.outputs.cbegin(); it != plan.outputs.cend(); ++it) {
        if (it->declared)
            outs.insert(it.key(), outputJson(*it));
    }
    props.insert(u"outputs"_s, outs);
    plan.properties = props;
    return plan;
}

} // namespace mlr::aml
