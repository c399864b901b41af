#pragma once

// Node parameters: their normalised form, global parameter values applied to them, and
// the module's own parsing of them (the same at PUT time and when the graph runs).

#include "engine/studioerror.h"
#include "graph/servicegraph.h"

namespace mlr::studio {

// Percent-decodes a ColumnPicker value given as URL-encoded JSON ("%7B%22isFilter%22...");
// any other text (a plain column name, a comma-separated list, JSON) is returned as is.
QString decodeColumnPicker(const QString &value);
// Studio's ColumnPicker JSON selecting `columns` by name ({"isFilter":true,"rules":[{
// "exclude":false,"ruleType":"ColumnNames","columns":[...]}]}), or, with allExcept, every
// column but those; URL-encoded as Studio stores it in a graph.
QString encodeColumnPicker(const QStringList &columns, bool allExcept = false);

// A node parameter as GraphNode::parameters keeps it: the catalogue's spelling of the name
// when the node's module has such a parameter (else the name as given) and, for a
// ColumnPicker parameter, decodeColumnPicker(value).
std::pair<QString, QString> normaliseNodeParameter(
    const GraphNode &node, const QString &name, const QString &value);

// Score Model's "Append score columns to output" (True / False / 1 / 0; default True).
Result<bool> appendScoreColumnsFromParameters(const QHash<QString, QString> &parameters);

// The node's parameters for one run: its own, overridden by the global parameters linked
// to it. `globalValues` maps global parameter names to this run's values (text).
QHash<QString, QString> effectiveParameters(
    const ServiceGraph &graph, const GraphNode &node, const QHash<QString, QString> &globalValues);

// The module's parsing of its parameters (engine/catalogue.h, LearnerSpec), so a bad value
// fails at PUT time with the error the run would give: Error 0002 / 0008 / 0022. Also
// rejects Studio options that are not implemented ("Create trainer mode" other than
// "SingleParameter", "Generate missing value indicator column" True).
Status checkModuleParameters(const GraphNode &node, const QHash<QString, QString> &parameters);

} // namespace mlr::studio
