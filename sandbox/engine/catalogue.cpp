#include "engine/catalogue.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::studio {

namespace {

ParameterInfo picker(const QString &name, const QString &def = {})
{
    return { name, u"ColumnPicker"_s, def, {} };
}

QList<ParameterInfo> learnerParameters(LearnerKind kind)
{
    LearnerSpec spec;
    spec.kind = kind;
    QList<ParameterInfo> out;
    const QJsonObject p = spec.parameters();
    for (auto it = p.begin(); it != p.end(); ++it) {
        const QJsonValue v = it.value();
        ParameterInfo info { it.key(), u"String"_s, v.toString(), {} };
        if (v.isBool()) {
            info.type = u"Boolean"_s;
            info.defaultValue = v.toBool() ? u"True"_s : u"False"_s;
        } else if (v.isDouble()) {
            info.type = std::trunc(v.toDouble()) == v.toDouble()
                    && it.key().contains(u"number"_s, Qt::CaseInsensitive)
                ? u"Int"_s
                : u"Double"_s;
            info.defaultValue = formatNumber(v.toDouble());
        } else if (it.key() == u"Random number seed"_s) {
            info.type = u"Int"_s;
        } else if (it.key() == u"Solution method"_s) {
            info.type = u"Enumerated"_s;
            info.options = { u"Ordinary Least Squares"_s };
        }
        if (it.key() == u"Memory size for L-BFGS"_s || it.key() == u"Maximum number of leaves per tree"_s
            || it.key() == u"Minimum number of samples per leaf node"_s)
            info.type = u"Int"_s;
        out.append(info);
    }
    return out;
}

QList<ModuleInfo> buildCatalogue()
{
    QStringList modes;
    for (CleaningMode m : { CleaningMode::CustomSubstitutionValue, CleaningMode::ReplaceWithMean,
             CleaningMode::ReplaceWithMedian, CleaningMode::ReplaceWithMode, CleaningMode::RemoveEntireRow,
             CleaningMode::RemoveEntireColumn })
        modes.append(cleaningModeName(m));
    QList<ModuleInfo> c;
    c.append({ u"Select Columns in Dataset"_s, u"Data Transformation / Manipulation"_s, { u"Dataset"_s },
        { u"Results dataset"_s }, { picker(u"Select columns"_s) }, std::nullopt });
    c.append({ u"Clean Missing Data"_s, u"Data Transformation / Manipulation"_s, { u"Dataset"_s },
        { u"Cleaned dataset"_s, u"Cleaning transformation"_s },
        { picker(u"Columns to be cleaned"_s, u"All columns"_s),
            { u"Minimum missing value ratio"_s, u"Double"_s, u"0"_s, {} },
            { u"Maximum missing value ratio"_s, u"Double"_s, u"1"_s, {} },
            { u"Cleaning mode"_s, u"Enumerated"_s, u"Custom substitution value"_s, modes },
            { u"Replacement value"_s, u"String"_s, u"0"_s, {} } },
        std::nullopt });
    c.append({ u"Split Data"_s, u"Data Transformation / Sample and Split"_s, { u"Dataset"_s },
        { u"Results dataset1"_s, u"Results dataset2"_s },
        { { u"Splitting mode"_s, u"Enumerated"_s, u"Split Rows"_s, { u"Split Rows"_s } },
            { u"Fraction of rows in the first output dataset"_s, u"Double"_s, u"0.5"_s, {} },
            { u"Randomized split"_s, u"Boolean"_s, u"True"_s, {} },
            { u"Random seed"_s, u"Int"_s, u"0"_s, {} },
            { u"Stratified split"_s, u"Boolean"_s, u"False"_s, {} }, picker(u"Stratification key column"_s) },
        std::nullopt });
    for (LearnerKind k : { LearnerKind::TwoClassLogisticRegression, LearnerKind::TwoClassBoostedDecisionTree,
             LearnerKind::LinearRegression, LearnerKind::BoostedDecisionTreeRegression }) {
        const QString family = taskOf(k) == Task::Regression
            ? u"Machine Learning / Initialize Model / Regression"_s
            : u"Machine Learning / Initialize Model / Classification"_s;
        c.append({ learnerModuleName(k), family, {}, { u"Untrained model"_s }, learnerParameters(k), k });
    }
    c.append({ u"Train Model"_s, u"Machine Learning / Train"_s, { u"Untrained model"_s, u"Dataset"_s },
        { u"Trained model"_s }, { picker(u"Label column"_s) }, std::nullopt });
    c.append({ u"Score Model"_s, u"Machine Learning / Score"_s, { u"Trained model"_s, u"Dataset"_s },
        { u"Scored dataset"_s }, { { u"Append score columns to output"_s, u"Boolean"_s, u"True"_s, {} } },
        std::nullopt });
    c.append({ u"Evaluate Model"_s, u"Machine Learning / Evaluate"_s,
        { u"Scored dataset"_s, u"Scored dataset to compare"_s }, { u"Evaluation results"_s }, {},
        std::nullopt });
    return c;
}

StudioError unparsable(const QString &name, const QString &value, const QString &type)
{
    return StudioError::make(errc::ParseFailed,
        u"Failed to convert \""_s + name + u"\" parameter value \""_s + value + u"\" from \"String\" to \""_s
            + type + u"\"."_s);
}

bool boolParam(const QHash<QString, QString> &p, const QString &name, bool def, bool *out, StudioError *e)
{
    const QString v = p.value(name).trimmed().toLower();
    if (v.isEmpty())
        *out = def;
    else if (v == u"true"_s || v == u"1"_s)
        *out = true;
    else if (v == u"false"_s || v == u"0"_s)
        *out = false;
    else {
        *e = unparsable(name, p.value(name), u"Boolean"_s);
        return false;
    }
    return true;
}

bool numberParam(
    const QHash<QString, QString> &p, const QString &name, double def, double *out, StudioError *e)
{
    const QString v = p.value(name).trimmed();
    if (v.isEmpty()) {
        *out = def;
        return true;
    }
    const auto n = parseNumber(v.toStdString());
    if (!n || std::isnan(*n)) {
        *e = unparsable(name, v, u"Double"_s);
        return false;
    }
    *out = *n;
    return true;
}

} // namespace

const QList<ModuleInfo> &moduleCatalogue()
{
    static const QList<ModuleInfo> catalogue = buildCatalogue();
    return catalogue;
}

const ModuleInfo *findModule(const QString &name)
{
    for (const ModuleInfo &m : moduleCatalogue()) {
        if (m.name.compare(name, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

QJsonArray catalogueJson()
{
    QJsonArray out;
    for (const ModuleInfo &m : moduleCatalogue()) {
        QJsonArray params;
        for (const ParameterInfo &p : m.parameters) {
            QJsonObject o { { u"name"_s, p.name }, { u"type"_s, p.type }, { u"default"_s, p.defaultValue } };
            if (!p.options.isEmpty())
                o.insert(u"options"_s, QJsonArray::fromStringList(p.options));
            params.append(o);
        }
        out.append(QJsonObject { { u"name"_s, m.name }, { u"family"_s, m.family },
            { u"inputs"_s, QJsonArray::fromStringList(m.inputPorts) },
            { u"outputs"_s, QJsonArray::fromStringList(m.outputPorts) }, { u"parameters"_s, params } });
    }
    return out;
}

Result<ColumnSelection> parseColumnSelection(const QString &value)
{
    const QString v = value.trimmed();
    if (v.startsWith(u'{')) {
        const QJsonObject o = QJsonDocument::fromJson(v.toUtf8()).object();
        if (!o.value(u"rules"_s).isArray())
            return unparsable(u"column selection"_s, v, u"ColumnPicker"_s);
        ColumnSelection s;
        for (const QJsonValue rv : o.value(u"rules"_s).toArray()) {
            const QJsonObject rule = rv.toObject();
            const QString type = rule.value(u"ruleType"_s).toString();
            const bool exclude = rule.value(u"exclude"_s).toBool();
            if (type == u"AllColumns"_s && !exclude) {
                s.allColumns = true;
            } else if (type == u"ColumnNames"_s) {
                for (const QJsonValue c : rule.value(u"columns"_s).toArray())
                    (exclude ? s.exclude : s.include).append(c.toString());
            } else {
                return StudioError::make(errc::ParseFailed,
                    u"Failed to parse column selection: rule type \""_s + type
                        + u"\" is not supported (use ColumnNames or "
                          u"AllColumns)."_s);
            }
        }
        return s;
    }
    if (v.compare(u"All columns"_s, Qt::CaseInsensitive) == 0 || v == u"*"_s)
        return ColumnSelection::all();
    ColumnSelection s;
    for (const QString &name : v.split(u',', Qt::SkipEmptyParts))
        s.include.append(name.trimmed());
    return s;
}

Result<ColumnSelection> selectColumnsFromParameters(const QHash<QString, QString> &parameters)
{
    return parseColumnSelection(parameters.value(u"Select columns"_s));
}

Result<CleanMissingOptions> cleanMissingFromParameters(const QHash<QString, QString> &p)
{
    CleanMissingOptions o;
    StudioError e;
    const QString columns = p.value(u"Columns to be cleaned"_s).trimmed();
    if (!columns.isEmpty()) {
        auto s = parseColumnSelection(columns);
        if (!s)
            return s.error();
        o.columns = s.value();
    }
    if (!numberParam(p, u"Minimum missing value ratio"_s, 0.0, &o.minimumMissingRatio, &e)
        || !numberParam(p, u"Maximum missing value ratio"_s, 1.0, &o.maximumMissingRatio, &e))
        return e;
    const QString mode = p.value(u"Cleaning mode"_s).trimmed();
    if (!mode.isEmpty()) {
        const auto m = parseCleaningMode(mode);
        if (!m) {
            return StudioError::make(errc::ParameterOutOfRange,
                u"Parameter \"Cleaning mode\" value \""_s + mode + u"\" is not supported here."_s);
        }
        o.mode = *m;
    }
    if (p.contains(u"Replacement value"_s))
        o.replacementValue = p.value(u"Replacement value"_s);
    return o;
}

Result<SplitOptions> splitFromParameters(const QHash<QString, QString> &p)
{
    SplitOptions o;
    StudioError e;
    const QString mode = p.value(u"Splitting mode"_s).trimmed();
    if (!mode.isEmpty() && mode.compare(u"Split Rows"_s, Qt::CaseInsensitive) != 0) {
        return StudioError::make(errc::ParameterOutOfRange,
            u"Parameter \"Splitting mode\" value \""_s + mode
                + u"\" is not supported here: use \"Split Rows\"."_s);
    }
    double seed = 0;
    if (!numberParam(p, u"Fraction of rows in the first output dataset"_s, 0.5, &o.fraction, &e)
        || !boolParam(p, u"Randomized split"_s, true, &o.randomized, &e)
        || !numberParam(p, u"Random seed"_s, 0, &seed, &e)
        || !boolParam(p, u"Stratified split"_s, false, &o.stratified, &e))
        return e;
    if (seed < 0 || std::trunc(seed) != seed)
        return unparsable(u"Random seed"_s, p.value(u"Random seed"_s), u"Int32"_s);
    o.seed = quint64(seed);
    if (o.stratified) {
        auto key = parseColumnSelection(p.value(u"Stratification key column"_s));
        if (!key)
            return key.error();
        if (key.value().include.size() != 1) {
            return StudioError::make(errc::WrongColumnCount,
                u"Number of selected columns in input dataset does not equal to 1: a stratified "
                u"split needs one \"Stratification key column\"."_s);
        }
        o.stratificationColumn = key.value().include.first();
    }
    return o;
}

Result<QString> labelColumnFromParameters(const QHash<QString, QString> &p)
{
    auto s = parseColumnSelection(p.value(u"Label column"_s));
    if (!s)
        return s.error();
    if (s.value().allColumns || s.value().include.size() != 1) {
        return StudioError::make(errc::WrongColumnCount,
            u"Number of selected columns in input dataset does not "
            u"equal to 1: select exactly one \"Label column\"."_s);
    }
    return s.value().include.first();
}

} // namespace mlr::studio
