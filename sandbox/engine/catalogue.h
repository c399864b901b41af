#pragma once

// The documented catalogue of Studio (classic) modules the engine implements, with their
// port and parameter names, and the parsing of graph node parameters into module options.
// Graph packages (ARM "Graph" web services) refer to modules by these names.

#include "engine/datamodules.h"
#include "engine/learners.h"

#include <QJsonArray>

namespace mlr::studio {

struct ParameterInfo
{
    QString name; // Studio's parameter name, e.g. "Fraction of rows in the first output dataset"
    QString type; // "Double", "Int", "Boolean", "String", "Enumerated", "ColumnPicker"
    QString defaultValue; // as text, as a graph node would carry it
    QStringList options; // Enumerated only
};

struct ModuleInfo
{
    QString name; // e.g. "Split Data"
    QString family; // e.g. "Data Transformation / Sample and Split"
    QStringList inputPorts;
    QStringList outputPorts;
    QList<ParameterInfo> parameters;
    std::optional<LearnerKind> learner; // learner modules only
};

const QList<ModuleInfo> &moduleCatalogue();
const ModuleInfo *findModule(const QString &name); // case-insensitive
QJsonArray catalogueJson();

// Node parameters are name -> value text (the graph's {"Value": ...}). Missing parameters
// take their defaults; Error 0002 / 0008 for values that do not parse / are out of range.
// A column picker is either Studio's JSON ({"isFilter":true,"rules":[{"ruleType":
// "AllColumns"|"ColumnNames","exclude":bool,"columns":[...]}]}) or a comma-separated list of
// names ("All columns" or "*" for every column).
Result<ColumnSelection> parseColumnSelection(const QString &value);
Result<ColumnSelection> selectColumnsFromParameters(const QHash<QString, QString> &parameters);
Result<CleanMissingOptions> cleanMissingFromParameters(const QHash<QString, QString> &parameters);
Result<SplitOptions> splitFromParameters(const QHash<QString, QString> &parameters);
// "Label column" of Train Model: a single column name (a picker selecting one name works).
Result<QString> labelColumnFromParameters(const QHash<QString, QString> &parameters);

} // namespace mlr::studio
