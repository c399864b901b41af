#include "azureml/jobs/scoring.h"

#include "engine/ilearner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::aml {

using namespace mlr::studio;

namespace {

ScoreError malformed(const QString &message)
{
    return { 400, u"MalformedRequest"_s, message };
}

// The request's rows as arrays in the order of `features`, or the error.
std::variant<QList<QJsonArray>, ScoreError> rowsOf(const QJsonObject &body, const Schema &features)
{
    QList<QJsonArray> rows;
    const QJsonValue input
        = body.contains(u"input_data"_s) ? body.value(u"input_data"_s) : body.value(u"data"_s);
    const QString member = body.contains(u"input_data"_s) ? u"input_data"_s : u"data"_s;
    if (input.isObject()) {
        const QJsonObject split = input.toObject();
        if (!split.value(u"columns"_s).isArray() || !split.value(u"data"_s).isArray())
            return malformed(
                u"\"%1\" as an object needs \"columns\" and \"data\" arrays (MLflow split orientation)."_s
                    .arg(member));
        const QJsonArray columns = split.value(u"columns"_s).toArray();
        QList<qsizetype> index;
        for (const ColumnSpec &f : features) {
            qsizetype at = -1;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (columns.at(i).toString() == f.name)
                    at = i;
            }
            if (at < 0)
                return ScoreError { 400, u"MissingColumn"_s,
                    u"The feature column \"%1\" is not in \"columns\"."_s.arg(f.name) };
            index.append(at);
        }
        const QJsonArray data = split.value(u"data"_s).toArray();
        for (qsizetype r = 0; r < data.size(); ++r) {
            const QJsonArray row = data.at(r).toArray();
            if (!data.at(r).isArray() || row.size() != columns.size()) {
                return malformed(
                    u"Row %1 of \"data\" must be an array of %2 values (one per column)."_s.arg(r).arg(
                        columns.size()));
            }
            QJsonArray picked;
            for (qsizetype i : index)
                picked.append(row.at(i));
            rows.append(picked);
        }
        return rows;
    }
    if (!input.isArray())
        return malformed(u"The request needs \"input_data\" (an object with columns and data, or an array of "
                         u"records) or \"data\" (an array of records or of rows)."_s);
    const QJsonArray items = input.toArray();
    for (qsizetype r = 0; r < items.size(); ++r) {
        const QJsonValue item = items.at(r);
        QJsonArray picked;
        if (item.isObject()) {
            const QJsonObject record = item.toObject();
            for (const ColumnSpec &f : features) {
                if (!record.contains(f.name)) {
                    return ScoreError { 400, u"MissingColumn"_s,
                        u"Row %1 has no value for the feature column \"%2\"."_s.arg(r).arg(f.name) };
                }
                picked.append(record.value(f.name));
            }
        } else if (item.isArray() && member == u"data"_s) {
            picked = item.toArray();
            if (picked.size() != features.size()) {
                return malformed(
                    u"Row %1 has %2 values; the model's %3 feature columns are, in order: %4."_s.arg(r)
                        .arg(picked.size())
                        .arg(features.size())
                        .arg([&] {
                            QStringList n;
                            for (const ColumnSpec &f : features)
                                n.append(f.name);
                            return n.join(u", "_s);
                        }()));
            }
        } else {
            return malformed(u"Row %1 of \"%2\" must be an object (column: value)."_s.arg(r).arg(member));
        }
        rows.append(picked);
    }
    return rows;
}

ScoreError invalid(qsizetype row, const ColumnSpec &f, const QJsonValue &v, const QString &expected)
{
    const QString shown = v.isString()
        ? u"\""_s + v.toString() + u"\""_s
        : QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    return { 400, u"InvalidValue"_s,
        u"Row %1, column \"%2\": %3 is not %4 (the column is %5)."_s.arg(row).arg(
            f.name, shown, expected, valueTypeName(f.type)) };
}

std::variant<DataTable, ScoreError> tableOf(const QList<QJsonArray> &rows, const Schema &features)
{
    DataTable table;
    for (qsizetype c = 0; c < features.size(); ++c) {
        const ColumnSpec &f = features.at(c);
        const bool numeric = f.type == ValueType::Integer || f.type == ValueType::Number;
        std::vector<double> numbers;
        QStringList texts;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QJsonValue v = rows.at(r).at(c);
            const bool missing
                = v.isNull() || v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty());
            if (v.isObject() || v.isArray())
                return invalid(r, f, v, u"a single value"_s);
            if (numeric) {
                double x = std::nan("");
                if (v.isDouble()) {
                    x = v.toDouble();
                } else if (!missing) {
                    const auto parsed = v.isString() ? parseNumber(v.toString().toStdString()) : std::nullopt;
                    if (!parsed)
                        return invalid(r, f, v, u"a number"_s);
                    x = *parsed;
                }
                if (f.type == ValueType::Integer && !std::isnan(x) && std::trunc(x) != x)
                    return invalid(r, f, v, u"an integer"_s);
                numbers.push_back(x);
            } else if (f.type == ValueType::Boolean) {
                QString t;
                const QString s = v.isString() ? v.toString().trimmed().toLower() : QString();
                if (v.isBool())
                    t = v.toBool() ? u"True"_s : u"False"_s;
                else if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
                    t = v.toDouble() == 1 ? u"True"_s : u"False"_s;
                else if (s == u"true"_s || s == u"yes"_s || s == u"1"_s)
                    t = u"True"_s;
                else if (s == u"false"_s || s == u"no"_s || s == u"0"_s)
                    t = u"False"_s;
                else if (!missing)
                    return invalid(r, f, v, u"a boolean"_s);
                texts.append(t);
            } else {
                texts.append(v.isString() ? v.toString()
                        : v.isBool()      ? (v.toBool() ? u"True"_s : u"False"_s)
                        : v.isDouble()    ? formatNumber(v.toDouble())
                                          : QString());
            }
        }
        const Status added = table.addColumn(numeric ? Column::numeric(f.name, std::move(numbers), f.type)
                                                     : Column::categorical(f.name, texts, f.type));
        if (!added)
            return ScoreError { 400, u"InvalidValue"_s, added.error().text() };
    }
    return table;
}

} // namespace

QJsonObject ScoreError::toJson() const
{
    return QJsonObject { { u"error"_s, QJsonObject { { u"code"_s, code }, { u"message"_s, message } } } };
}

std::variant<QByteArray, ScoreError> scoreRequest(const TrainedModel &model, const QByteArray &requestBody)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(requestBody, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(u"The request body is not JSON: %1 at offset %2."_s.arg(parseError.errorString())
                             .arg(parseError.offset));
    if (!doc.isObject())
        return malformed(u"The request body must be a JSON object with \"input_data\" or \"data\"."_s);
    const Schema features = model.featureSchema();
    auto rows = rowsOf(doc.object(), features);
    if (auto *e = std::get_if<ScoreError>(&rows))
        return *e;
    const QList<QJsonArray> &values = std::get<QList<QJsonArray>>(rows);
    if (values.isEmpty())
        return QByteArray("[]");
    auto table = tableOf(values, features);
    if (auto *e = std::get_if<ScoreError>(&table))
        return *e;
    auto scored = scoreModel(model, std::get<DataTable>(table), false);
    if (!scored)
        return ScoreError { 400, u"InvalidValue"_s, scored.error().text() };
    const Column *labels = scored->table.find(scoredLabelsColumn);
    const Column *probabilities = scored->table.find(scoredProbabilitiesColumn);
    if (!labels)
        return ScoreError { 424, u"ModelError"_s, u"The model gave no Scored Labels."_s };
    QJsonArray answer;
    for (qsizetype r = 0; r < scored->table.rowCount(); ++r) {
        QJsonObject o;
        QJsonValue label;
        if (labels->isMissing(r))
            label = QJsonValue(QJsonValue::Null);
        else if (labels->isNumeric())
            label = labels->numbers[size_t(r)];
        else if (labels->type == ValueType::Boolean)
            label = labels->text(r) == u"True"_s;
        else
            label = labels->text(r);
        o.insert(scoredLabelsColumn, label);
        if (probabilities)
            o.insert(scoredProbabilitiesColumn, probabilities->numbers[size_t(r)]);
        answer.append(o);
    }
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

std::variant<QByteArray, ScoreError> scoreRequest(const QByteArray &ilearner, const QByteArray &requestBody)
{
    auto model = loadIlearner(ilearner);
    if (!model)
        return ScoreError { 424, u"ModelError"_s, model.error().text() };
    return scoreRequest(model.value(), requestBody);
}

} // namespace mlr::aml
