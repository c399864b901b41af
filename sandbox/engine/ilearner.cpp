#include "engine/ilearner.h"

#include "engine/learnerimpl.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::studio {

namespace {

const QString formatName = u"mlstudio-ilearner"_s;

StudioError bad(const QString &what)
{
    return StudioError::make(errc::ModelNotDeserialized, u"Model could not be deserialized: "_s + what);
}

QJsonArray numbers(const std::vector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}

QJsonObject schemaEntry(const QString &name, ValueType type)
{
    QJsonObject o { { u"name"_s, name }, { u"type"_s, valueTypeName(type) } };
    if (!valueTypeFormat(type).isEmpty())
        o.insert(u"format"_s, valueTypeFormat(type));
    return o;
}

QJsonObject payload(const TrainedModel &m)
{
    QJsonObject learner { { u"kind"_s, learnerId(m.learner.kind) },
        { u"module"_s, learnerModuleName(m.learner.kind) }, { u"task"_s, taskName(m.task()) },
        { u"parameters"_s, m.learner.parameters() } };
    QJsonObject label { { u"column"_s, m.labelColumn }, { u"type"_s, valueTypeName(m.labelType) } };
    if (m.task() == Task::BinaryClassification) {
        label.insert(u"positive"_s, m.positiveLabel);
        label.insert(u"negative"_s, m.negativeLabel);
    }
    QJsonArray schema;
    for (const ColumnSpec &c : m.inputSchema)
        schema.append(schemaEntry(c.name, c.type));
    QJsonArray features;
    for (const FeatureSpec &f : m.encoding.features) {
        QJsonObject o { { u"column"_s, f.column }, { u"type"_s, valueTypeName(f.type) } };
        if (f.kind == ColumnKind::Numeric) {
            o.insert(u"kind"_s, u"numeric"_s);
            o.insert(u"mean"_s, f.mean);
            o.insert(u"std"_s, f.stdDev);
        } else {
            o.insert(u"kind"_s, u"categorical"_s);
            o.insert(u"levels"_s, QJsonArray::fromStringList(f.levels));
        }
        features.append(o);
    }
    QJsonObject model;
    if (m.isLinear()) {
        model = { { u"kind"_s, u"linear"_s }, { u"intercept"_s, m.linear.intercept },
            { u"weights"_s, numbers(m.linear.weights) } };
    } else {
        model = { { u"kind"_s, u"xgboost"_s }, { u"format"_s, u"json"_s },
            { u"base64"_s, QString::fromLatin1(m.xgboostModel.toBase64()) } };
    }
    const QJsonObject training { { u"rows"_s, double(m.trainingRows) },
        { u"rowsWithoutLabel"_s, double(m.rowsWithoutLabel) }, { u"seconds"_s, m.trainingSeconds },
        { u"trainedAt"_s, m.trainedAt.toString(Qt::ISODateWithMs) },
        { u"missingValuesReplaced"_s, double(m.trainingStats.missingTotal()) },
        { u"engine"_s, u"mlstudio-engine " MLSTUDIO_ENGINE_VERSION ""_s },
        { u"liblinear"_s, detail::liblinearVersion() }, { u"xgboost"_s, detail::xgboostVersion() } };
    return { { u"learner"_s, learner }, { u"label"_s, label }, { u"inputSchema"_s, schema },
        { u"encoding"_s, QJsonObject { { u"width"_s, m.encoding.width }, { u"features"_s, features } } },
        { u"model"_s, model }, { u"training"_s, training } };
}

// Field readers: false (and *error) when absent or of the wrong type.
struct Reader
{
    QString error;
    QString str(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString() && error.isEmpty())
            error = where + u"."_s + key + u" is missing or not a string"_s;
        return v.toString();
    }
    double num(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if ((!v.isDouble() || !std::isfinite(v.toDouble())) && error.isEmpty())
            error = where + u"."_s + key + u" is missing or not a finite number"_s;
        return v.toDouble();
    }
    QJsonObject obj(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isObject() && error.isEmpty())
            error = key + u" is missing or not an object"_s;
        return v.toObject();
    }
    QJsonArray arr(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray() && error.isEmpty())
            error = where + u"."_s + key + u" is missing or not an array"_s;
        return v.toArray();
    }
    std::optional<ValueType> type(const QJsonObject &o, const QString &where)
    {
        const auto t = parseValueType(str(o, u"type"_s, where));
        if (!t && error.isEmpty())
            error = where + u".type is not String, Integer, Number or Boolean"_s;
        return t;
    }
};

Result<TrainedModel> fromPayload(const QJsonObject &root)
{
    Reader r;
    TrainedModel m;
    const QJsonObject learner = r.obj(root, u"learner"_s);
    const QJsonObject label = r.obj(root, u"label"_s);
    const QJsonObject encoding = r.obj(root, u"encoding"_s);
    const QJsonObject model = r.obj(root, u"model"_s);
    const QJsonObject training = r.obj(root, u"training"_s);
    if (!r.error.isEmpty())
        return bad(r.error + u"."_s);
    const QString kindText = r.str(learner, u"kind"_s, u"learner"_s);
    const auto kind = parseLearnerKind(kindText);
    if (!kind)
        return bad(u"unknown learner \""_s + kindText + u"\"."_s);
    auto spec = LearnerSpec::fromJson(*kind, learner.value(u"parameters"_s).toObject());
    if (!spec)
        return bad(u"invalid learner parameters ("_s + spec.error().message + u")."_s);
    m.learner = spec.value();

    m.labelColumn = r.str(label, u"column"_s, u"label"_s);
    m.labelType = r.type(label, u"label"_s).value_or(ValueType::String);
    if (m.task() == Task::BinaryClassification) {
        m.positiveLabel = r.str(label, u"positive"_s, u"label"_s);
        m.negativeLabel = r.str(label, u"negative"_s, u"label"_s);
        if (r.error.isEmpty() && (m.positiveLabel.isEmpty() || m.positiveLabel == m.negativeLabel))
            r.error = u"label.positive and label.negative must be two different labels"_s;
    }
    for (const QJsonValue v : r.arr(root, u"inputSchema"_s, u"root"_s)) {
        const QJsonObject c = v.toObject();
        const QString name = r.str(c, u"name"_s, u"inputSchema[]"_s);
        m.inputSchema.append({ name, r.type(c, u"inputSchema[]"_s).value_or(ValueType::String) });
    }
    for (const QJsonValue v : r.arr(encoding, u"features"_s, u"encoding"_s)) {
        const QJsonObject o = v.toObject();
        FeatureSpec f;
        f.column = r.str(o, u"column"_s, u"encoding.features[]"_s);
        f.type = r.type(o, u"encoding.features[]"_s).value_or(ValueType::String);
        const QString kindName = r.str(o, u"kind"_s, u"encoding.features[]"_s);
        if (kindName == u"numeric"_s) {
            f.kind = ColumnKind::Numeric;
            f.mean = r.num(o, u"mean"_s, f.column);
            f.stdDev = r.num(o, u"std"_s, f.column);
            if (r.error.isEmpty() && !(f.stdDev > 0))
                r.error = u"the standard deviation of feature \""_s + f.column + u"\" is not positive"_s;
        } else if (kindName == u"categorical"_s) {
            f.kind = ColumnKind::Categorical;
            for (const QJsonValue level : r.arr(o, u"levels"_s, f.column)) {
                if (!level.isString() || f.levels.contains(level.toString())) {
                    if (r.error.isEmpty())
                        r.error = u"the levels of feature \""_s + f.column + u"\" are not distinct strings"_s;
                }
                f.levels.append(level.toString());
            }
        } else if (r.error.isEmpty()) {
            r.error = u"feature \""_s + f.column + u"\" has an unknown kind \""_s + kindName + u"\""_s;
        }
        m.encoding.features.append(f);
    }
    m.encoding.layout();
    if (r.error.isEmpty() && m.encoding.features.isEmpty())
        r.error = u"the encoding has no features"_s;
    if (r.error.isEmpty() && r.num(encoding, u"width"_s, u"encoding"_s) != double(m.encoding.width))
        r.error = u"encoding.width does not match its features"_s;

    const QString modelKind = r.str(model, u"kind"_s, u"model"_s);
    if (r.error.isEmpty() && (modelKind == u"linear"_s) != m.isLinear())
        r.error = u"model.kind \""_s + modelKind + u"\" does not match the learner "_s + kindText;
    if (r.error.isEmpty() && m.isLinear()) {
        m.linear.intercept = r.num(model, u"intercept"_s, u"model"_s);
        const QJsonArray weights = r.arr(model, u"weights"_s, u"model"_s);
        if (r.error.isEmpty() && weights.size() != m.encoding.width)
            r.error = u"model.weights has "_s + QString::number(weights.size()) + u" values for "_s
                + QString::number(m.encoding.width) + u" encoded features"_s;
        for (const QJsonValue w : weights) {
            if (!w.isDouble() || !std::isfinite(w.toDouble())) {
                if (r.error.isEmpty())
                    r.error = u"model.weights holds a value that is not a finite number"_s;
            }
            m.linear.weights.push_back(w.toDouble());
        }
    } else if (r.error.isEmpty()) {
        if (r.str(model, u"format"_s, u"model"_s) != u"json"_s && r.error.isEmpty())
            r.error = u"model.format must be \"json\""_s;
        const auto decoded = QByteArray::fromBase64Encoding(
            r.str(model, u"base64"_s, u"model"_s).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (r.error.isEmpty() && (!decoded || decoded.decoded.isEmpty()))
            r.error = u"model.base64 is not valid base64"_s;
        m.xgboostModel = decoded.decoded;
    }
    m.trainingRows = qint64(r.num(training, u"rows"_s, u"training"_s));
    m.rowsWithoutLabel = qint64(training.value(u"rowsWithoutLabel"_s).toDouble());
    m.trainingSeconds = r.num(training, u"seconds"_s, u"training"_s);
    m.trainedAt = QDateTime::fromString(r.str(training, u"trainedAt"_s, u"training"_s), Qt::ISODateWithMs);
    m.trainingStats.numericMissing = qint64(training.value(u"missingValuesReplaced"_s).toDouble());
    if (!r.error.isEmpty())
        return bad(r.error + u"."_s);
    if (!m.isLinear()) {
        const auto features = detail::boostedTreeFeatureCount(m.xgboostModel);
        if (!features)
            return features.error();
        if (features.value() > m.encoding.width)
            return bad(u"the tree ensemble uses more features than the encoding provides."_s);
    }
    return m;
}

} // namespace

bool looksLikeIlearner(QByteArrayView bytes)
{
    return bytes.startsWith(QByteArrayView(ilearnerMagic));
}

QByteArray saveIlearner(const TrainedModel &model)
{
    const QByteArray body = QJsonDocument(payload(model)).toJson(QJsonDocument::Compact);
    const QJsonObject header { { u"format"_s, formatName }, { u"version"_s, ilearnerFormatVersion },
        { u"payloadBytes"_s, double(body.size()) },
        { u"payloadSha256"_s,
            QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()) } };
    return QByteArray(ilearnerMagic) + QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + body;
}

Result<TrainedModel> loadIlearner(QByteArrayView bytes)
{
    const QByteArrayView magic(ilearnerMagic);
    if (bytes.isEmpty())
        return bad(u"the .ilearner file is empty."_s);
    if (!bytes.startsWith(magic)) {
        if (magic.startsWith(bytes))
            return bad(u"the .ilearner file is truncated (it ends inside its signature)."_s);
        return bad(u"this is not an .ilearner file written by mlstudio-local (its first bytes are not "
                   u"\"MLSTUDIO-ILEARNER\")."_s);
    }
    const QByteArrayView rest = bytes.sliced(magic.size());
    const qsizetype newline = rest.indexOf('\n');
    if (newline < 0)
        return bad(u"the .ilearner file is truncated (its header line is incomplete)."_s);
    QJsonParseError parseError;
    const QJsonDocument headerDoc = QJsonDocument::fromJson(rest.first(newline).toByteArray(), &parseError);
    const QJsonObject header = headerDoc.object();
    if (parseError.error != QJsonParseError::NoError || header.value(u"format"_s).toString() != formatName)
        return bad(u"the .ilearner header is corrupt."_s);
    const int version = header.value(u"version"_s).toInt(-1);
    if (version != ilearnerFormatVersion) {
        return bad(u"the .ilearner file has format version "_s + QString::number(version)
            + u", and this engine reads version "_s + QString::number(ilearnerFormatVersion)
            + u". Retrain and resave the model."_s);
    }
    const double expected = header.value(u"payloadBytes"_s).toDouble(-1);
    const QByteArrayView body = rest.sliced(newline + 1);
    if (expected < 0 || expected != std::floor(expected))
        return bad(u"the .ilearner header is corrupt (payloadBytes)."_s);
    if (double(body.size()) < expected) {
        return bad(u"the .ilearner file is truncated: "_s + QString::number(qint64(expected))
            + u" bytes of model data expected, "_s + QString::number(body.size()) + u" present."_s);
    }
    if (double(body.size()) > expected) {
        return bad(u"the .ilearner file has "_s + QString::number(body.size() - qint64(expected))
            + u" unexpected bytes after its model data."_s);
    }
    const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    if (QString::fromLatin1(digest) != header.value(u"payloadSha256"_s).toString())
        return bad(u"the .ilearner file is corrupt: its checksum does not match its content."_s);
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return bad(u"the .ilearner model data is not valid JSON ("_s + parseError.errorString()
            + u" at offset "_s + QString::number(parseError.offset) + u")."_s);
    }
    return fromPayload(doc.object());
}

} // namespace mlr::studio
