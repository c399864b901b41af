// Pipeline jobs: properties.jobs into JobPlan::steps (jobspec_p.h).

#include "azureml/jobs/jobspec_p.h"
#include "azureml/jobs/jsonfields.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mlr::aml::detail {

namespace {

const QRegularExpression parentInput(
    u"^\\s*\\$\\{\\{\\s*parent\\.inputs\\.([A-Za-z0-9_.-]+)\\s*\\}\\}\\s*$"_s);
const QRegularExpression stepOutput(
    u"^\\s*\\$\\{\\{\\s*parent\\.jobs\\.([A-Za-z0-9_-]+)\\.outputs\\.([A-Za-z0-9_]+)\\s*\\}\\}\\s*$"_s);
const QRegularExpression parentOutput(
    u"^\\s*\\$\\{\\{\\s*parent\\.outputs\\.([A-Za-z0-9_]+)\\s*\\}\\}\\s*$"_s);

// A step input given as a string or as {job_input_type: literal, value} may be a binding.
std::optional<JobSpecError> bindText(const QString &text, const ComponentInput &in, const QString &who,
    const QString &target, JobPlan &plan, StepInputBinding &binding)
{
    if (const auto m = parentInput.match(text); m.hasMatch()) {
        if (!plan.inputs.contains(m.captured(1))) {
            return userError(
                u"%1: input '%2' refers to ${{parent.inputs.%3}}, but the pipeline has no input '%3'."_s.arg(
                    who, in.name, m.captured(1)),
                target);
        }
        if (auto e = checkInputKind(in, plan.inputs.value(m.captured(1)), who, target))
            return e;
        binding = { StepInputBinding::Source::JobInput, {}, m.captured(1), {}, {} };
        if (in.isLiteral()) {
            auto checked = checkLiteral(in, plan.inputs.value(m.captured(1)).value, who, target);
            if (auto *e = std::get_if<JobSpecError>(&checked))
                return *e;
        }
        return std::nullopt;
    }
    if (const auto m = stepOutput.match(text); m.hasMatch()) {
        binding = { StepInputBinding::Source::StepOutput, {}, {}, m.captured(1), m.captured(2) };
        return std::nullopt; // checked once every step is known
    }
    if (text.contains(u"${{"_s)) {
        return userError(
            u"%1: input '%2' has the expression '%3'; the sandbox binds ${{parent.inputs.<name>}} "
            u"and ${{parent.jobs.<step>.outputs.<name>}} only."_s.arg(who, in.name, text),
            target);
    }
    if (!in.isLiteral()) {
        return userError(u"%1: input '%2' expects a %3 (%4), but it is given the literal '%5'."_s.arg(
                             who, in.name, studio::portKindName(*in.port), in.type, text),
            target);
    }
    auto checked = checkLiteral(in, text, who, target);
    if (auto *e = std::get_if<JobSpecError>(&checked))
        return *e;
    binding = { StepInputBinding::Source::Literal, std::get<QString>(checked), {}, {}, {} };
    return std::nullopt;
}

std::optional<JobSpecError> parseStepInputs(
    const QJsonObject &inputs, const QString &base, JobStep &step, JobPlan &plan)
{
    const QString who = u"Step '%1'"_s.arg(step.name);
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        const QString target = base + u".inputs."_s + it.key();
        const ComponentInput *in = step.component->input(it.key());
        if (!in) {
            return userError(
                u"%1: the component '%2' has no input '%3'."_s.arg(who, step.component->name, it.key()),
                target);
        }
        StepInputBinding binding;
        QString text;
        if (json::isTextual(it.value())) {
            text = json::text(it.value());
        } else {
            auto given = parseInput(it.value(), target);
            if (auto *e = std::get_if<JobSpecError>(&given))
                return *e;
            const JobInput &jobInput = std::get<JobInput>(given);
            if (!jobInput.isLiteral()) {
                if (auto e = checkInputKind(*in, jobInput, who, target))
                    return e;
                const QString key = target.mid(QStringLiteral("properties.").size());
                plan.inputs.insert(key, jobInput);
                step.inputs.insert(in->name, { StepInputBinding::Source::JobInput, {}, key, {}, {} });
                continue;
            }
            text = jobInput.value;
        }
        if (text.trimmed().isEmpty() && in->optional)
            continue;
        if (auto e = bindText(text, *in, who, target, plan, binding))
            return e;
        step.inputs.insert(in->name, binding);
    }
    return std::nullopt;
}

std::optional<JobSpecError> parseStepOutputs(
    const QJsonObject &outputs, const QString &base, JobStep &step, JobPlan &plan, QSet<QString> &bound)
{
    for (auto it = outputs.begin(); it != outputs.end(); ++it) {
        const QString target = base + u".outputs."_s + it.key();
        const ComponentOutput *out = step.component->output(it.key());
        if (!out) {
            return userError(u"Step '%1': the component '%2' has no output '%3'."_s.arg(
                                 step.name, step.component->name, it.key()),
                target);
        }
        QString text = json::text(it.value());
        if (it.value().isObject()) {
            const QJsonObject o = it.value().toObject();
            text = json::text(json::field(o, { u"value", u"uri" }));
        }
        const auto m = parentOutput.match(text);
        if (!m.hasMatch()) {
            if (text.contains(u"${{"_s))
                return userError(u"Step '%1': output '%2' has the expression '%3'; the sandbox binds "
                                 u"${{parent.outputs.<name>}} only."_s.arg(step.name, it.key(), text),
                    target);
            continue;
        }
        const QString name = m.captured(1);
        if (!plan.outputs.contains(name)) {
            return userError(
                u"Step '%1': output '%2' binds ${{parent.outputs.%3}}, but the pipeline declares no "
                u"output '%3'."_s.arg(step.name, out->name, name),
                target);
        }
        if (bound.contains(name))
            return userError(u"The pipeline output '%1' is bound by two step outputs."_s.arg(name), target);
        bound.insert(name);
        step.outputs.insert(out->name, name);
    }
    return std::nullopt;
}

// Dependencies first, ties by step name; the 400 naming a cycle otherwise.
std::optional<JobSpecError> orderSteps(JobPlan &plan)
{
    QMap<QString, JobStep> todo;
    for (const JobStep &s : plan.steps)
        todo.insert(s.name, s);
    QList<JobStep> ordered;
    QSet<QString> done;
    while (!todo.isEmpty()) {
        bool progress = false;
        for (auto it = todo.begin(); it != todo.end();) {
            bool ready = true;
            for (const StepInputBinding &b : it->inputs) {
                if (b.source == StepInputBinding::Source::StepOutput && !done.contains(b.step))
                    ready = false;
            }
            if (!ready) {
                ++it;
                continue;
            }
            done.insert(it.key());
            ordered.append(it.value());
            it = todo.erase(it);
            progress = true;
        }
        if (!progress) {
            // Walk back from any remaining step until a step repeats: that is a cycle.
            QStringList path { todo.firstKey() };
            while (true) {
                QString next;
                for (const StepInputBinding &b : todo.value(path.last()).inputs) {
                    if (b.source == StepInputBinding::Source::StepOutput && todo.contains(b.step)) {
                        next = b.step;
                        break;
                    }
                }
                const qsizetype seen = path.indexOf(next);
                if (seen >= 0) {
                    QStringList cycle = path.mid(seen);
                    std::reverse(cycle.begin(), cycle.end());
                    cycle.append(cycle.first());
                    return userError(u"The pipeline's steps form a cycle: %1."_s.arg(cycle.join(u" -> "_s)),
                        u"properties.jobs"_s);
                }
                path.append(next);
            }
        }
    }
    plan.steps = ordered;
    return std::nullopt;
}

} // namespace

std::optional<JobSpecError> parsePipelineSteps(const QJsonObject &properties, JobPlan &plan)
{
    const QJsonObject jobs = json::field(properties, u"jobs").toObject();
    if (jobs.isEmpty())
        return badRequest(u"A Pipeline job needs properties.jobs, a map of steps."_s, u"properties.jobs"_s);
    QSet<QString> bound;
    for (auto it = jobs.begin(); it != jobs.end(); ++it) {
        const QString base = u"properties.jobs."_s + it.key();
        if (!it.value().isObject())
            return badRequest(u"%1 must be an object."_s.arg(base), base);
        const QJsonObject node = it.value().toObject();
        const QString type = json::text(json::field(node, u"type")).trimmed();
        if (!type.isEmpty() && type.compare(u"command"_s, Qt::CaseInsensitive) != 0) {
            return userError(
                u"Step '%1' has type '%2': this sandbox runs command steps only."_s.arg(it.key(), type),
                base + u".type"_s);
        }
        const QString componentId = json::text(json::field(node, { u"componentId", u"component" })).trimmed();
        if (componentId.isEmpty())
            return badRequest(u"%1.componentId is required."_s.arg(base), base + u".componentId"_s);
        JobStep step;
        step.name = it.key();
        step.component = findComponent(componentId);
        if (!step.component)
            return unknownComponent(
                u"'%1' in step '%2'"_s.arg(componentId, it.key()), base + u".componentId"_s);
        for (const QString &member : { u"inputs"_s, u"outputs"_s }) {
            const QJsonValue v = json::field(node, member);
            if (!v.isUndefined() && !v.isNull() && !v.isObject())
                return badRequest(u"%1.%2 must be an object."_s.arg(base, member), base + u"."_s + member);
        }
        if (auto e = parseStepInputs(json::field(node, u"inputs").toObject(), base, step, plan))
            return e;
        if (auto e = parseStepOutputs(json::field(node, u"outputs").toObject(), base, step, plan, bound))
            return e;
        if (auto e = checkRequiredInputs(step, u"Step '%1'"_s.arg(step.name), base + u".inputs"_s))
            return e;
        plan.steps.append(step);
    }
    // Step references: the step and its output exist, and the port kinds agree.
    for (const JobStep &step : plan.steps) {
        for (auto it = step.inputs.cbegin(); it != step.inputs.cend(); ++it) {
            if (it->source != StepInputBinding::Source::StepOutput)
                continue;
            const QString target = u"properties.jobs.%1.inputs.%2"_s.arg(step.name, it.key());
            const QString ref = u"${{parent.jobs.%1.outputs.%2}}"_s.arg(it->step, it->output);
            const JobStep *source = plan.step(it->step);
            if (!source)
                return userError(u"Step '%1': input '%2' refers to %3, but there is no step '%4'."_s.arg(
                                     step.name, it.key(), ref, it->step),
                    target);
            const ComponentOutput *out = source->component->output(it->output);
            if (!out)
                return userError(
                    u"Step '%1': input '%2' refers to %3, but the component '%4' has no output '%5'."_s.arg(
                        step.name, it.key(), ref, source->component->name, it->output),
                    target);
            const ComponentInput *in = step.component->input(it.key());
            if (in->port != out->port) {
                return userError(
                    u"Step '%1': input '%2' expects a %3 (%4), but %5 is a %6 (%7)."_s.arg(step.name,
                        it.key(), in->port ? studio::portKindName(*in->port) : u"literal value"_s, in->type,
                        ref, studio::portKindName(out->port), out->type),
                    target);
            }
        }
    }
    for (auto it = plan.outputs.cbegin(); it != plan.outputs.cend(); ++it) {
        if (!bound.contains(it.key()))
            return userError(
                u"The pipeline output '%1' is not bound to any step output (${{parent.outputs.%1}})."_s.arg(
                    it.key()),
                u"properties.outputs."_s + it.key());
    }
    if (auto e = orderSteps(plan))
        return e;
    for (const JobStep &step : plan.steps) {
        if (auto e = checkStepParameters(step, plan, u"properties.jobs.%1.inputs"_s.arg(step.name)))
            return e;
    }
    return std::nullopt;
}

} // namespace mlr::aml::detail
