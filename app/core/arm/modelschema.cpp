// The schema half of the source check (modelsource.h): what a training and a predictive
// service definition say their model takes and gives, and whether the two fit.
#include "arm/modelsource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace mlr::arm {

namespace {

QJsonObject properties(const QJsonObject &resource)
{
    return resource.value(QStringLiteral("properties")).toObject();
}

// The columns of the first table of properties.input / properties.output (natural order of
// the port names is not needed: services here have one input and the scored output first).
QMap<QString, QString> firstTable(const QJsonObject &resource, const QString &member)
{
    const QJsonObject ports
        = properties(resource).value(member).toObject().value(QStringLiteral("properties")).toObject();
    QMap<QString, QString> columns;
    if (ports.isEmpty())
        return columns;
    QStringList names = ports.keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b; // input1 < input2 < input10
    });
    const QJsonObject table
        = ports.value(names.first()).toObject().value(QStringLiteral("properties")).toObject();
    for (auto it = table.begin(); it != table.end(); ++it)
        columns.insert(it.key(), it.value().toObject().value(QStringLiteral("type")).toString());
    return columns;
}

// A column picker's single column: a plain name, or Studio's JSON (URL-encoded or not) with a
// ColumnNames rule that is not an exclusion.
QString pickedColumn(const QString &value)
{
    QString text = value.trimmed();
    if (text.startsWith(u'%'))
        text = QUrl::fromPercentEncoding(text.toUtf8());
    if (!text.startsWith(u'{'))
        return text.contains(u',') ? QString() : text;
    const QJsonObject picker = QJsonDocument::fromJson(text.toUtf8()).object();
    for (const QJsonValue &rule : picker.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject r = rule.toObject();
        if (r.value(QStringLiteral("ruleType")).toString() == u"ColumnNames"
            && !r.value(QStringLiteral("exclude")).toBool()) {
            const QJsonArray columns = r.value(QStringLiteral("columns")).toArray();
            if (columns.size() == 1)
                return columns.first().toString();
        }
    }
    return {};
}

// The value of a node parameter: 2017-01-01 {"value": ...} or a plain value.
QString parameterText(const QJsonValue &parameter)
{
    const QJsonValue v
        = parameter.isObject() ? parameter.toObject().value(QStringLiteral("value")) : parameter;
    return v.toString();
}

QString assetName(const QJsonObject &props, const QString &assetId)
{
    return props.value(QStringLiteral("assets"))
        .toObject()
        .value(assetId)
        .toObject()
        .value(QStringLiteral("name"))
        .toString();
}

ModelTask taskOfLearner(const QString &moduleName)
{
    if (moduleName.startsWith(u"Two-Class", Qt::CaseInsensitive))
        return ModelTask::BinaryClassification;
    if (moduleName.startsWith(u"Multiclass", Qt::CaseInsensitive))
        return ModelTask::MulticlassClassification;
    if (moduleName.endsWith(u"Regression", Qt::CaseInsensitive))
        return ModelTask::Regression;
    return ModelTask::Unknown;
}

enum class Kind
{
    Text,
    Number,
    Boolean,
    Other
};

Kind typeKind(const QString &type)
{
    const QString t = type.toLower();
    if (t == u"string")
        return Kind::Text;
    if (t == u"integer" || t == u"number" || t == u"int32" || t == u"int64" || t == u"double"
        || t == u"float")
        return Kind::Number;
    if (t == u"boolean")
        return Kind::Boolean;
    return Kind::Other;
}

bool compatible(const QString &a, const QString &b)
{
    const Kind ka = typeKind(a), kb = typeKind(b);
    return ka == Kind::Other || kb == Kind::Other || ka == kb;
}

QString quotedList(QStringList names)
{
    constexpr int shown = 6;
    const qsizetype total = names.size();
    if (total > shown)
        names = names.mid(0, shown);
    for (QString &n : names)
        n = u'\'' + n + u'\'';
    QString text = names.join(QStringLiteral(", "));
    if (total > shown)
        text += ModelSource::tr(" and %1 more").arg(total - shown);
    return text;
}

} // namespace

QString modelTaskText(ModelTask task)
{
    switch (task) {
    case ModelTask::BinaryClassification:
        return ModelSource::tr("two-class classification");
    case ModelTask::MulticlassClassification:
        return ModelSource::tr("multiclass classification");
    case ModelTask::Regression:
        return ModelSource::tr("regression");
    case ModelTask::Unknown:
        break;
    }
    return ModelSource::tr("unknown");
}

ServiceSchema trainingSchema(const QJsonObject &trainingService)
{
    ServiceSchema schema;
    const QJsonObject props = properties(trainingService);
    schema.inputs = firstTable(trainingService, QStringLiteral("input"));
    const QJsonObject nodes
        = props.value(QStringLiteral("package")).toObject().value(QStringLiteral("nodes")).toObject();
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        const QJsonObject node = it.value().toObject();
        const QString module = assetName(props, node.value(QStringLiteral("assetId")).toString());
        if (module.compare(u"Train Model", Qt::CaseInsensitive) == 0) {
            const QJsonObject params = node.value(QStringLiteral("parameters")).toObject();
            for (auto p = params.begin(); p != params.end(); ++p)
                if (p.key().compare(u"Label column", Qt::CaseInsensitive) == 0)
                    schema.label = pickedColumn(parameterText(p.value()));
        } else if (const ModelTask task = taskOfLearner(module); task != ModelTask::Unknown) {
            schema.task = task;
        }
    }
    if (schema.label.isEmpty())
        schema.label = trainingService.value(QStringLiteral("tags"))
                           .toObject()
                           .value(QStringLiteral("label"))
                           .toString();
    if (schema.task == ModelTask::Unknown) {
        const QJsonObject outputs
            = props.value(QStringLiteral("output")).toObject().value(QStringLiteral("properties")).toObject();
        for (const QJsonValue &port : outputs) {
            const QJsonObject columns = port.toObject().value(QStringLiteral("properties")).toObject();
            if (columns.contains(u"AUC"))
                schema.task = ModelTask::BinaryClassification;
            else if (columns.contains(u"Mean Absolute Error"))
                schema.task = ModelTask::Regression;
        }
    }
    schema.labelType = schema.inputs.value(schema.label);
    return schema;
}

ServiceSchema predictiveSchema(const QJsonObject &predictiveService)
{
    ServiceSchema schema;
    schema.inputs = firstTable(predictiveService, QStringLiteral("input"));
    const QMap<QString, QString> outputs = firstTable(predictiveService, QStringLiteral("output"));
    const QString labels = QStringLiteral("Scored Labels");
    if (outputs.contains(QStringLiteral("Scored Probabilities")))
        schema.task = ModelTask::BinaryClassification;
    else if (std::any_of(outputs.keyBegin(), outputs.keyEnd(),
                 [](const QString &c) { return c.startsWith(u"Scored Probabilities for Class"); }))
        schema.task = ModelTask::MulticlassClassification;
    else if (outputs.contains(labels) && typeKind(outputs.value(labels)) == Kind::Number)
        schema.task = ModelTask::Regression;
    schema.labelType = outputs.value(labels);
    return schema;
}

QStringList schemaRefusals(const ml::JobRecord &job, const QString &trainingName,
    const ServiceSchema &training, const QString &predictiveName, const ServiceSchema &predictive)
{
    QStringList refusals;
    const QString todo = ModelSource::tr("Use a job of '%1''s own training service.").arg(predictiveName);
    if (training.task != ModelTask::Unknown && predictive.task != ModelTask::Unknown
        && training.task != predictive.task)
        refusals.append(
            ModelSource::tr("Job %1 trained a %2 model (training service '%3'), but '%4' serves a %5 "
                            "model: every scoring request would fail. %6")
                .arg(job.jobId, modelTaskText(training.task), trainingName, predictiveName,
                    modelTaskText(predictive.task), todo));
    if (!training.inputs.isEmpty() && !predictive.inputs.isEmpty()) {
        QStringList missing, unexpected, types;
        for (auto it = training.inputs.begin(); it != training.inputs.end(); ++it) {
            if (it.key() == training.label)
                continue;
            if (!predictive.inputs.contains(it.key()))
                missing.append(it.key());
            else if (!compatible(it.value(), predictive.inputs.value(it.key())))
                types.append(
                    ModelSource::tr("'%1' is %2 in training and %3 in '%4'")
                        .arg(it.key(), it.value(), predictive.inputs.value(it.key()), predictiveName));
        }
        for (auto it = predictive.inputs.begin(); it != predictive.inputs.end(); ++it)
            if (!training.inputs.contains(it.key()))
                unexpected.append(it.key());
        QStringList problems;
        if (!missing.isEmpty())
            problems.append(ModelSource::tr("the model needs %1, which '%2' does not take")
                                .arg(quotedList(missing), predictiveName));
        if (!unexpected.isEmpty())
            problems.append(ModelSource::tr("'%1' takes %2, which the model was not trained on")
                                .arg(predictiveName, quotedList(unexpected)));
        problems.append(types);
        if (!problems.isEmpty())
            refusals.append(
                ModelSource::tr("The input schema of '%1' does not match the columns job %2 was trained on "
                                "(training service '%3'): %4. %5")
                    .arg(predictiveName, job.jobId, trainingName, problems.join(QStringLiteral("; ")), todo));
    }
    const bool classification = training.task == ModelTask::BinaryClassification
        || training.task == ModelTask::MulticlassClassification;
    if (classification && !training.labelType.isEmpty() && !predictive.labelType.isEmpty()
        && !compatible(training.labelType, predictive.labelType))
        refusals.append(ModelSource::tr("Job %1 predicts '%2' (%3), but '%4' answers labels of type %5. %6")
                            .arg(job.jobId, training.label, training.labelType, predictiveName,
                                predictive.labelType, todo));
    return refusals;
}

} // namespace mlr::arm
