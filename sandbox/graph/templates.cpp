#include "graph/templates.h"

#include "engine/model.h"
#include "graph/iospec.h"
#include "graph/jsonaccess.h"
#include "graph/moduleparameters.h"
#include "graph/templatefill.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::studio {

namespace {

GraphError templateError(const QString &code, const QString &message)
{
    return GraphError { {}, code, message, 0 };
}

// The distinct non-missing values of a column (as text), at most `limit` of them.
QStringList distinctValues(const Column &c, qsizetype limit)
{
    QStringList out;
    QSet<QString> seen;
    for (qsizetype r = 0; r < c.size() && out.size() < limit; ++r) {
        if (c.isMissing(r))
            continue;
        const QString v = c.text(r);
        if (!seen.contains(v)) {
            seen.insert(v);
            out.append(v);
        }
    }
    return out;
}

QJsonValue cellJson(const Column &c, qsizetype row)
{
    if (c.isMissing(row))
        return QJsonValue::Null;
    if (c.isNumeric())
        return c.numbers[size_t(row)];
    if (c.type == ValueType::Boolean)
        return c.text(row).compare(u"True"_s, Qt::CaseInsensitive) == 0;
    return c.text(row);
}

// Up to three sample rows over `columns`, in the order a JSON object lists them (by name).
QJsonArray exampleRows(const DataTable &sample, QStringList columns)
{
    std::sort(columns.begin(), columns.end());
    QJsonArray rows;
    for (qsizetype r = 0; r < std::min<qsizetype>(3, sample.rowCount()); ++r) {
        QJsonArray row;
        for (const QString &name : columns)
            row.append(cellJson(*sample.find(name), r));
        rows.append(row);
    }
    return rows;
}

QJsonObject columnsSpec(const Schema &schema)
{
    return json::object(tableSpecification(schema), u"properties");
}

std::optional<GraphError> checkLabel(const TemplateRequest &request, const Column &label)
{
    if (request.kind == TemplateKind::Regression) {
        if (!label.isNumeric()) {
            return templateError(u"InvalidLabel"_s,
                u"The regression template needs a numeric label, but column '%1' holds text (e.g. '%2')."_s
                    .arg(request.labelColumn, distinctValues(label, 1).value(0)));
        }
        return std::nullopt;
    }
    const QStringList values = distinctValues(label, 6);
    if (values.size() != 2) {
        return templateError(u"InvalidLabel"_s,
            u"The two-class template needs a label with exactly two values, but column '%1' has %2 in the "
            u"sample (%3)."_s.arg(request.labelColumn,
                values.size() > 5 ? u"more than five"_s : QString::number(values.size()),
                values.mid(0, 5).join(u", "_s)));
    }
    return std::nullopt;
}

// The sample's schema as the template declares it: numbers are Number (Studio's Double)
// unless listed in integerColumns (a sample of whole numbers says nothing of the next file).
std::variant<Schema, GraphError> templateSchema(const DataTable &sample, const QStringList &integerColumns)
{
    for (const QString &name : integerColumns) {
        const Column *c = sample.find(name);
        if (!c) {
            return templateError(u"InvalidIntegerColumn"_s,
                u"The integer column '%1' is not in the data (columns: %2)."_s.arg(
                    name, sample.columnNames().join(u", "_s)));
        }
        if (c->type != ValueType::Integer) {
            return templateError(u"InvalidIntegerColumn"_s,
                u"Column '%1' cannot be an integer column: the sample holds values that are not whole "
                u"numbers in it."_s.arg(name));
        }
    }
    Schema schema = sample.schema();
    for (ColumnSpec &c : schema) {
        if (c.type == ValueType::Integer && !integerColumns.contains(c.name))
            c.type = ValueType::Number;
    }
    return schema;
}

} // namespace

std::optional<TemplateKind> templateKindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"two-class"_s || n == u"twoclass"_s || n == u"binary"_s)
        return TemplateKind::TwoClass;
    if (n == u"regression"_s)
        return TemplateKind::Regression;
    return std::nullopt;
}

QString templateKindName(TemplateKind kind)
{
    return kind == TemplateKind::Regression ? u"regression"_s : u"two-class"_s;
}

std::variant<QJsonObject, GraphError> loadTemplate(TemplateKind kind, const QString &path)
{
    const QString file
        = path.isEmpty() ? u":/mlstudio/templates/"_s + templateKindName(kind) + u".json"_s : path;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return templateError(
            u"InvalidTemplate"_s, u"Cannot read the template %1: %2."_s.arg(file, f.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject()) {
        return templateError(u"InvalidTemplate"_s,
            u"The template %1 is not a JSON object (%2 at offset %3)."_s.arg(file, error.errorString())
                .arg(error.offset));
    }
    return doc.object();
}

std::variant<ServicePairDefinition, GraphError> makeServicePair(const TemplateRequest &request)
{
    const Column *label = request.sample.find(request.labelColumn);
    if (!label) {
        return templateError(u"NoLabelColumn"_s,
            u"The label column '%1' is not in the data (columns: %2)."_s.arg(
                request.labelColumn, request.sample.columnNames().join(u", "_s)));
    }
    if (auto e = checkLabel(request, *label))
        return *e;
    const auto typed = templateSchema(request.sample, request.integerColumns);
    if (const auto *e = std::get_if<GraphError>(&typed))
        return *e;
    const Schema all = std::get<Schema>(typed);
    Schema features;
    ValueType labelType = label->type;
    for (const ColumnSpec &c : all) {
        if (c.name != request.labelColumn)
            features.append(c);
        else
            labelType = c.type;
    }
    if (features.isEmpty())
        return templateError(
            u"NoFeatures"_s, u"The data has no column besides the label '%1'."_s.arg(request.labelColumn));
    const QUrl modelUri(request.initialModelUri);
    if ((modelUri.scheme() != u"https"_s && modelUri.scheme() != u"http"_s) || modelUri.host().isEmpty()) {
        return templateError(u"InvalidModelUri"_s,
            u"The initial model uri '%1' is not an http(s) uri of an .ilearner blob."_s.arg(
                request.initialModelUri));
    }
    auto loaded = loadTemplate(request.kind, request.templatePath);
    if (auto *e = std::get_if<GraphError>(&loaded))
        return *e;
    const QJsonObject doc = std::get<QJsonObject>(loaded);

    const QJsonObject learners = json::object(doc, u"learners");
    const QString wanted = request.learner.isEmpty() ? json::string(doc, u"defaultLearner") : request.learner;
    QString learnerName;
    for (const QString &name : learners.keys()) {
        if (name.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
            learnerName = name;
    }
    const auto learnerKind = parseLearnerKind(learnerName);
    if (learnerName.isEmpty() || !learnerKind) {
        return templateError(u"UnknownLearner"_s,
            u"'%1' is not a learner of the %2 template (learners: %3)."_s.arg(
                wanted, templateKindName(request.kind), learners.keys().join(u", "_s)));
    }
    LearnerSpec spec;
    spec.kind = *learnerKind;
    QJsonObject learnerParameters;
    const QJsonObject defaults = spec.parameters();
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        learnerParameters.insert(it.key(), json::parameterValue(json::scalarText(it.value())));

    QStringList featureNames;
    for (const ColumnSpec &c : features)
        featureNames.append(c.name);
    Schema scored = all; // Clean Missing Data keeps column types
    const ValueType scoredType = request.kind == TemplateKind::Regression ? ValueType::Number : labelType;
    scored.append({ scoredLabelsColumn, scoredType });
    Schema predictions { { scoredLabelsColumn, scoredType } };
    if (request.kind == TemplateKind::TwoClass) {
        scored.append({ scoredProbabilitiesColumn, ValueType::Number });
        predictions.append({ scoredProbabilitiesColumn, ValueType::Number });
    }
    const QString title = request.title.isEmpty()
        ? u"%1 %2 model"_s.arg(request.labelColumn, templateKindName(request.kind))
        : request.title;

    QJsonObject values;
    values.insert(u"location"_s, request.location.isEmpty() ? u"South Central US"_s : request.location);
    values.insert(u"trainingTitle"_s, title);
    values.insert(u"predictiveTitle"_s, QString(title + u" [predictive exp.]"_s));
    values.insert(u"modelAssetName"_s, QString(title + u" [trained model]"_s));
    values.insert(u"storageAccountName"_s,
        request.storageAccountName.isEmpty() ? u"devstoreaccount1"_s : request.storageAccountName);
    values.insert(u"workspaceId"_s,
        request.workspaceId.isEmpty() ? u"8b841df9d60a4d54bcebd4948b10a5db"_s : request.workspaceId);
    values.insert(u"commitmentPlanId"_s,
        request.commitmentPlanId.isEmpty()
            ? u"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mlstudio-local/providers/"
              u"Microsoft.MachineLearning/commitmentPlans/mlstudio-local-plan"_s
            : request.commitmentPlanId);
    values.insert(u"labelColumn"_s, request.labelColumn);
    values.insert(u"labelColumnPicker"_s, encodeColumnPicker({ request.labelColumn }));
    values.insert(u"featureColumnsPicker"_s, encodeColumnPicker(featureNames));
    values.insert(
        u"trainingColumnsPicker"_s, encodeColumnPicker(featureNames + QStringList { request.labelColumn }));
    values.insert(u"allButLabelPicker"_s, encodeColumnPicker({ request.labelColumn }, true));
    values.insert(u"learnerName"_s, learnerName);
    values.insert(u"learnerUri"_s, learners.value(learnerName).toString());
    values.insert(u"learnerParameters"_s, learnerParameters);
    QJsonObject trainingColumns = columnsSpec(all);
    if (request.kind == TemplateKind::TwoClass) {
        // The two values the service learns, in its schema: the data check and Train Model
        // refuse any other (checkTwoClassLabel).
        QStringList known = distinctValues(*label, 2);
        std::sort(known.begin(), known.end());
        QJsonObject spec = trainingColumns.value(request.labelColumn).toObject();
        spec.insert(u"enum"_s, QJsonArray::fromStringList(known));
        trainingColumns.insert(request.labelColumn, spec);
    }
    values.insert(u"trainingInputColumns"_s, trainingColumns);
    values.insert(u"predictiveInputColumns"_s, columnsSpec(features));
    values.insert(u"scoredColumns"_s, columnsSpec(scored));
    values.insert(u"predictiveOutputColumns"_s, columnsSpec(predictions));
    values.insert(u"trainingExampleRows"_s, exampleRows(request.sample, request.sample.columnNames()));
    values.insert(u"predictiveExampleRows"_s, exampleRows(request.sample, featureNames));
    values.insert(u"initialModelUri"_s, request.initialModelUri);

    QStringList unknown;
    ServicePairDefinition pair;
    pair.trainingService = fillTemplate(json::object(doc, u"trainingService"), values, &unknown).toObject();
    pair.predictiveService
        = fillTemplate(json::object(doc, u"predictiveService"), values, &unknown).toObject();
    if (!unknown.isEmpty()) {
        return templateError(u"InvalidTemplate"_s,
            u"The %1 template uses unknown placeholders: %2."_s.arg(
                templateKindName(request.kind), unknown.join(u", "_s)));
    }
    for (const QJsonObject *service : { &pair.trainingService, &pair.predictiveService }) {
        const auto parsed = parseServiceGraph(json::object(*service, u"properties"));
        if (const auto *e = std::get_if<GraphError>(&parsed)) {
            return templateError(u"InvalidTemplate"_s,
                u"The %1 template gives a graph mlstudio-local cannot run: %2"_s.arg(
                    templateKindName(request.kind), e->message));
        }
    }
    return pair;
}

} // namespace mlr::studio
