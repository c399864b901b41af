#include "azureml/jobs/artifacts.h"

#include "azureml/jobs/components.h"
#include "engine/csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::aml {

using namespace mlr::studio;

namespace {

// A YAML single-quoted scalar.
QString quoted(const QString &text)
{
    QString t = text;
    t.replace(u'\'', u"''"_s);
    return u"'"_s + t + u"'"_s;
}

QString columnSpecs(const QList<std::pair<QString, QString>> &columns)
{
    QJsonArray a;
    for (const auto &[name, type] : columns)
        a.append(QJsonObject { { u"name"_s, name }, { u"type"_s, type } });
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

QString mlflowColumnType(ValueType type)
{
    switch (type) {
    case ValueType::Integer:
        return u"long"_s;
    case ValueType::Number:
        return u"double"_s;
    case ValueType::Boolean:
        return u"boolean"_s;
    case ValueType::String:
        break;
    }
    return u"string"_s;
}

QByteArray mlmodelYaml(const TrainedModel &model, const QByteArray &ilearner)
{
    static const QUuid space(u"6f1c2d3e-8a4b-4c5d-9e6f-7a8b9c0d1e2f"_s);
    QList<std::pair<QString, QString>> inputs;
    for (const ColumnSpec &c : model.featureSchema())
        inputs.append({ c.name, mlflowColumnType(c.type) });
    QList<std::pair<QString, QString>> outputs { { scoredLabelsColumn, mlflowColumnType(model.labelType) } };
    if (model.task() == Task::BinaryClassification)
        outputs.append({ scoredProbabilitiesColumn, u"double"_s });
    const QDateTime created
        = model.trainedAt.isValid() ? model.trainedAt.toUTC() : QDateTime::currentDateTimeUtc();
    QString y;
    y += u"artifact_path: model\n"_s;
    y += u"flavors:\n  mlstudio:\n"_s;
    y += u"    format: mlstudio-ilearner\n"_s;
    y += u"    model_file: model.ilearner\n"_s;
    y += u"    version: 1\n"_s;
    y += u"    learner: "_s + learnerName(model.learner.kind) + u"\n"_s;
    y += u"    task: "_s + taskName(model.task()) + u"\n"_s;
    y += u"    label_column: "_s + quoted(model.labelColumn) + u"\n"_s;
    y += u"model_uuid: "_s + QUuid::createUuidV5(space, ilearner).toString(QUuid::Id128) + u"\n"_s;
    y += u"utc_time_created: '"_s + created.toString(u"yyyy-MM-dd HH:mm:ss.zzz000"_s) + u"'\n"_s;
    y += u"signature:\n"_s;
    y += u"  inputs: "_s + quoted(columnSpecs(inputs)) + u"\n"_s;
    y += u"  outputs: "_s + quoted(columnSpecs(outputs)) + u"\n"_s;
    return y.toUtf8();
}

OutputFiles modelFiles(const TrainedModel &model, const QByteArray &ilearner)
{
    return { { u"MLmodel"_s, mlmodelYaml(model, ilearner), u"text/yaml"_s },
        { u"model.ilearner"_s, ilearner, u"application/octet-stream"_s } };
}

OutputFiles untrainedModelFiles(const LearnerSpec &learner)
{
    const QJsonObject o { { u"learner"_s, learnerName(learner.kind) },
        { u"module"_s, learnerModuleName(learner.kind) }, { u"parameters"_s, learner.parameters() } };
    return { { u"learner.json"_s, QJsonDocument(o).toJson(), u"application/json"_s } };
}

OutputFiles datasetFiles(const DataTable &table, const QString &fileName)
{
    return { { fileName, writeCsv(table), u"text/csv"_s } };
}

QMap<QString, double> metricsFromEvaluation(const DataTable &evaluation)
{
    QMap<QString, double> out;
    if (evaluation.rowCount() < 1)
        return out;
    for (const Column &c : evaluation.columns()) {
        if (c.isNumeric() && !std::isnan(c.numbers.front()))
            out.insert(c.name, c.numbers.front());
    }
    return out;
}

OutputFiles evaluationFiles(const DataTable &evaluation, const QByteArray &csv)
{
    QJsonObject metrics;
    const QMap<QString, double> values = metricsFromEvaluation(evaluation);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        metrics.insert(it.key(), it.value());
    return { { u"metrics.json"_s, QJsonDocument(metrics).toJson(), u"application/json"_s },
        { u"evaluation.csv"_s, csv.isEmpty() ? writeCsv(evaluation) : csv, u"text/csv"_s } };
}

} // namespace mlr::aml
