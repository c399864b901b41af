// The pieces of parseJob shared by command and pipeline jobs (jobspec_p.h).

#include "azureml/jobs/jobspec_p.h"
#include "azureml/jobs/jsonfields.h"
#include "engine/datatable.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::aml::detail {

namespace {

const QStringList inputTypes = { u"literal"_s, u"uri_file"_s, u"uri_folder"_s, u"mltable"_s,
    u"mlflow_model"_s, u"custom_model"_s, u"triton_model"_s };
const QStringList inputModes = { u"ReadOnlyMount"_s, u"ReadWriteMount"_s, u"Download"_s, u"Direct"_s,
    u"EvalMount"_s, u"EvalDownload"_s };

const QStringList outputTypes = { u"uri_file"_s, u"uri_folder"_s, u"mltable"_s, u"mlflow_model"_s,
    u"custom_model"_s, u"triton_model"_s };
const QStringList outputModes = { u"ReadWriteMount"_s, u"Upload"_s, u"Direct"_s };

QString kindText(const std::optional<PortKind> &kind)
{
    return kind ? studio::portKindName(*kind) : u"literal value"_s;
}

} // namespace

JobSpecError badRequest(const QString &detail, const QString &target)
{
    return { 400, u"BadRequest"_s, u"Request is invalid and/or missing fields. "_s + detail, target };
}

JobSpecError userError(const QString &message, const QString &target)
{
    return { 400, u"UserError"_s, message, target };
}

QString componentList()
{
    QStringList ids;
    for (const Component &c : components())
        ids.append(c.id());
    return ids.join(u", "_s);
}

JobSpecError unknownComponent(const QString &what, const QString &target)
{
    return userError(u"Unknown component %1: the sandbox runs its documented components (by componentId, or "
                     u"a command 'mlstudio run <component> ...'): %2."_s.arg(what, componentList()),
        target);
}

std::optional<PortKind> kindOfInputType(const QString &type)
{
    if (type == u"uri_file"_s || type == u"uri_folder"_s || type == u"mltable"_s)
        return PortKind::Dataset;
    if (type == u"mlflow_model"_s || type == u"custom_model"_s)
        return PortKind::TrainedModel;
    return std::nullopt;
}

std::variant<JobInput, JobSpecError> parseInput(const QJsonValue &value, const QString &target)
{
    if (!value.isObject())
        return badRequest(u"%1 must be an object with a jobInputType."_s.arg(target), target);
    const QJsonObject o = value.toObject();
    const QJsonValue type = json::field(o, u"jobInputType");
    if (!type.isString() || type.toString().trimmed().isEmpty())
        return badRequest(u"%1.jobInputType is required."_s.arg(target), target + u".jobInputType"_s);
    JobInput in;
    in.type = json::normaliseEnum(type.toString(), inputTypes);
    if (!inputTypes.contains(in.type)) {
        return badRequest(u"%1.jobInputType '%2' is not one of %3."_s.arg(
                              target, type.toString(), inputTypes.join(u", "_s)),
            target + u".jobInputType"_s);
    }
    if (in.type == u"triton_model"_s) {
        return userError(u"%1: triton_model inputs are not supported by this sandbox."_s.arg(target),
            target + u".jobInputType"_s);
    }
    in.description = json::text(json::field(o, u"description"));
    const QJsonValue mode = json::field(o, u"mode");
    if (!mode.isUndefined() && !mode.isNull()) {
        in.mode = json::normaliseEnum(json::text(mode), inputModes);
        if (!inputModes.contains(in.mode)) {
            return badRequest(
                u"%1.mode '%2' is not one of %3."_s.arg(target, json::text(mode), inputModes.join(u", "_s)),
                target + u".mode"_s);
        }
    }
    if (in.isLiteral()) {
        const QJsonValue v = json::field(o, u"value");
        if (!json::isTextual(v))
            return badRequest(u"The literal input %1 has no 'value'."_s.arg(target), target + u".value"_s);
        in.value = json::text(v);
        return in;
    }
    const QJsonValue uri = json::field(o, u"uri");
    if (!uri.isString() || uri.toString().trimmed().isEmpty()) {
        return badRequest(
            u"The %1 input %2 has no 'uri' (SDK 2.1.1 drops it: send the body raw)."_s.arg(in.type, target),
            target + u".uri"_s);
    }
    in.uri = uri.toString().trimmed();
    return in;
}

std::variant<QString, JobSpecError> checkLiteral(
    const ComponentInput &input, const QString &value, const QString &who, const QString &target)
{
    const QString v = value.trimmed();
    auto bad = [&](const QString &expected) {
        return userError(
            u"%1: input '%2' has the value '%3', which is not %4."_s.arg(who, input.name, value, expected),
            target);
    };
    if (input.type == u"integer"_s || input.type == u"number"_s) {
        const auto n = studio::parseNumber(v.toStdString());
        if (!n || std::isnan(*n))
            return bad(input.type == u"integer"_s ? u"an integer"_s : u"a number"_s);
        if (input.type == u"integer"_s && std::trunc(*n) != *n)
            return bad(u"an integer"_s);
        return v;
    }
    if (input.type == u"boolean"_s) {
        const QString l = v.toLower();
        if (l == u"true"_s || l == u"1"_s)
            return u"True"_s;
        if (l == u"false"_s || l == u"0"_s)
            return u"False"_s;
        return bad(u"a boolean (true / false)"_s);
    }
    if (input.enumValues.isEmpty())
        return value;
    if (input.name == u"learner"_s) {
        if (const auto kind = parseLearnerName(v))
            return learnerName(*kind);
    }
    for (const QString &e : input.enumValues) {
        if (e.compare(v, Qt::CaseInsensitive) == 0 || snakeCase(e) == snakeCase(v))
            return e;
    }
    return bad(u"one of "_s + input.enumValues.join(u", "_s));
}

std::optional<JobSpecError> checkInputKind(
    const ComponentInput &input, const JobInput &given, const QString &who, const QString &target)
{
    const std::optional<PortKind> kind = kindOfInputType(given.type);
    if (kind == input.port)
        return std::nullopt;
    return userError(u"%1: input '%2' expects a %3 (%4), but it is given a %5 (%6)."_s.arg(
                         who, input.name, kindText(input.port), input.type, kindText(kind), given.type),
        target);
}

std::optional<JobSpecError> checkRequiredInputs(
    const JobStep &step, const QString &who, const QString &target)
{
    QStringList missing;
    for (const ComponentInput &in : step.component->inputs) {
        if (!in.optional && !step.inputs.contains(in.name))
            missing.append(u"'%1' (%2)"_s.arg(in.name, in.type));
    }
    if (missing.isEmpty())
        return std::nullopt;
    return userError(u"%1: the component '%2' requires the input%3 %4."_s.arg(who, step.component->name,
                         missing.size() > 1 ? u"s"_s : QString(), missing.join(u", "_s)),
        target);
}

std::variant<JobOutput, JobSpecError> parseOutput(const QJsonValue &value, const QString &target)
{
    if (!value.isObject())
        return badRequest(u"%1 must be an object with a jobOutputType."_s.arg(target), target);
    const QJsonObject o = value.toObject();
    const QJsonValue type = json::field(o, u"jobOutputType");
    if (!type.isString() || type.toString().trimmed().isEmpty())
        return badRequest(u"%1.jobOutputType is required."_s.arg(target), target + u".jobOutputType"_s);
    JobOutput out;
    out.type = json::normaliseEnum(type.toString(), outputTypes);
    if (!outputTypes.contains(out.type) || out.type == u"triton_model"_s) {
        return userError(u"%1.jobOutputType '%2' is not supported by this sandbox (%3)."_s.arg(
                             target, type.toString(), outputTypes.mid(0, 5).join(u", "_s)),
            target + u".jobOutputType"_s);
    }
    const QJsonValue mode = json::field(o, u"mode");
    if (json::isTextual(mode)) {
        out.mode = json::normaliseEnum(json::text(mode), outputModes);
        if (!outputModes.contains(out.mode)) {
            return badRequest(
                u"%1.mode '%2' is not one of %3."_s.arg(target, json::text(mode), outputModes.join(u", "_s)),
                target + u".mode"_s);
        }
    }
    out.uri = json::text(json::field(o, u"uri")).trimmed();
    out.assetName = json::text(json::field(o, u"assetName"));
    out.assetVersion = json::text(json::field(o, u"assetVersion"));
    out.description = json::text(json::field(o, u"description"));
    return out;
}

QJsonObject inputJson(const JobInput &in)
{
    QJsonObject o { { u"jobInputType"_s, in.type } };
    if (in.isLiteral())
        o.insert(u"value"_s, in.value);
    else
        o.insert(u"uri"_s, in.uri);
    if (!in.mode.isEmpty())
        o.insert(u"mode"_s, in.mode);
    if (!in.description.isEmpty())
        o.insert(u"description"_s, in.description);
    return o;
}

QJsonObject outputJson(const JobOutput &out)
{
    QJsonObject o { { u"jobOutputType"_s, out.type }, { u"mode"_s, out.mode },
        { u"uri"_s, out.uri.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(out.uri) } };
    if (!out.assetName.isEmpty())
        o.insert(u"assetName"_s, out.assetName);
    if (!out.assetVersion.isEmpty())
        o.insert(u"assetVersion"_s, out.assetVersion);
    if (!out.description.isEmpty())
        o.insert(u"description"_s, out.description);
    return o;
}

} // namespace mlr::aml::detail
