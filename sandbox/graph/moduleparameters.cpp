#include "graph/moduleparameters.h"

#include "graph/graphwiring.h"
#include "graph/jsonaccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mlr::studio {

namespace {

const QStringList graphParameterTypes
    = { u"String"_s, u"Int"_s, u"Float"_s, u"Enumerated"_s, u"Script"_s, u"Mode"_s, u"Credential"_s,
          u"Boolean"_s, u"Double"_s, u"ColumnPicker"_s, u"ParameterRange"_s, u"DataGatewayName"_s };

StudioError notSupported(const QString &name, const QString &value, const QString &supported)
{
    return StudioError::make(errc::ParameterOutOfRange,
        u"Parameter \"%1\" value \"%2\" is not supported here: use \"%3\"."_s.arg(name, value, supported));
}

} // namespace

QString decodeColumnPicker(const QString &value)
{
    if (!value.contains(u'%'))
        return value;
    const QString decoded = QUrl::fromPercentEncoding(value.toUtf8());
    return decoded.trimmed().startsWith(u'{') ? decoded : value;
}

QString encodeColumnPicker(const QStringList &columns, bool allExcept)
{
    QJsonArray rules;
    if (allExcept)
        rules.append(QJsonObject { { u"exclude"_s, false }, { u"ruleType"_s, u"AllColumns"_s } });
    rules.append(QJsonObject { { u"exclude"_s, allExcept }, { u"ruleType"_s, u"ColumnNames"_s },
        { u"columns"_s, QJsonArray::fromStringList(columns) } });
    const QJsonObject picker { { u"isFilter"_s, true }, { u"rules"_s, rules } };
    return QString::fromLatin1(
        QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(picker).toJson(QJsonDocument::Compact))));
}

std::pair<QString, QString> normaliseNodeParameter(
    const GraphNode &node, const QString &name, const QString &value)
{
    if (node.kind != GraphNodeKind::Module || !node.module)
        return { name, value };
    const ParameterInfo *p = findParameter(*node.module, name);
    if (!p)
        return { name, value };
    return { p->name, p->type == u"ColumnPicker"_s ? decodeColumnPicker(value) : value };
}

Result<bool> appendScoreColumnsFromParameters(const QHash<QString, QString> &parameters)
{
    const QString name = u"Append score columns to output"_s;
    const QString v = parameters.value(name).trimmed().toLower();
    if (v.isEmpty() || v == u"true"_s || v == u"1"_s)
        return true;
    if (v == u"false"_s || v == u"0"_s)
        return false;
    return StudioError::make(errc::ParseFailed,
        u"Failed to convert \"%1\" parameter value \"%2\" from \"String\" to \"Boolean\"."_s.arg(
            name, parameters.value(name)));
}

QHash<QString, QString> effectiveParameters(
    const ServiceGraph &graph, const GraphNode &node, const QHash<QString, QString> &globalValues)
{
    QHash<QString, QString> out = node.parameters;
    for (const GlobalParameter &g : graph.globalParameters) {
        const auto value = globalValues.constFind(g.name);
        if (value == globalValues.constEnd())
            continue;
        for (const GraphParameterLink &link : g.links) {
            if (link.nodeId != node.id)
                continue;
            const auto [name, text] = normaliseNodeParameter(node, link.parameterKey, *value);
            out.insert(name, text);
        }
    }
    return out;
}

Status checkModuleParameters(const GraphNode &node, const QHash<QString, QString> &p)
{
    if (node.kind != GraphNodeKind::Module)
        return Ok {};
    const QString module = node.module->name();
    if (node.learner) {
        const QString mode = p.value(u"Create trainer mode"_s).trimmed();
        if (!mode.isEmpty() && mode.compare(u"SingleParameter"_s, Qt::CaseInsensitive) != 0)
            return notSupported(u"Create trainer mode"_s, mode, u"SingleParameter"_s);
        auto spec = LearnerSpec::fromParameters(*node.learner, p);
        return spec ? Status(Ok {}) : Status(spec.error());
    }
    if (module == u"Select Columns in Dataset"_s) {
        auto s = selectColumnsFromParameters(p);
        if (!s)
            return s.error();
        if (!s->allColumns && s->include.isEmpty()) {
            return StudioError::make(errc::NullOrEmpty,
                u"Parameter \"Select columns\" is null or empty: select at least one column."_s);
        }
    } else if (module == u"Clean Missing Data"_s) {
        const QString indicator = p.value(u"Generate missing value indicator column"_s).trimmed();
        if (!indicator.isEmpty() && indicator.compare(u"False"_s, Qt::CaseInsensitive) != 0)
            return notSupported(u"Generate missing value indicator column"_s, indicator, u"False"_s);
        auto o = cleanMissingFromParameters(p);
        if (!o)
            return o.error();
    } else if (module == u"Split Data"_s) {
        auto o = splitFromParameters(p);
        if (!o)
            return o.error();
    } else if (module == u"Train Model"_s) {
        auto o = labelColumnFromParameters(p);
        if (!o)
            return o.error();
    } else if (module == u"Score Model"_s) {
        auto o = appendScoreColumnsFromParameters(p);
        if (!o)
            return o.error();
    }
    return Ok {};
}

namespace detail {

std::optional<GraphError> parseGlobalParameters(
    ServiceGraph &g, const QJsonObject &graphParameters, const QJsonObject &defaults)
{
    for (auto it = graphParameters.begin(); it != graphParameters.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        GlobalParameter gp;
        gp.name = it.key();
        gp.description = json::string(o, u"description");
        const QString type = json::string(o, u"type");
        for (const QString &t : graphParameterTypes) {
            if (t.compare(type, Qt::CaseInsensitive) == 0)
                gp.type = t;
        }
        if (gp.type.isEmpty()) {
            return graphError({}, graphErrc::InvalidGraphParameter,
                u"Global parameter '%1' has type '%2'; the types are %3."_s.arg(
                    gp.name, type, graphParameterTypes.join(u", "_s)));
        }
        const QJsonArray links = json::array(o, u"links");
        if (links.isEmpty()) {
            return graphError({}, graphErrc::InvalidGraphParameter,
                u"Global parameter '%1' has no links to node parameters."_s.arg(gp.name));
        }
        for (const QJsonValue &lv : links) {
            const QString nodeId = json::string(lv.toObject(), u"nodeId");
            const QString key = json::string(lv.toObject(), u"parameterKey");
            const GraphNode *node = g.node(nodeId);
            if (!node) {
                return graphError(nodeId, graphErrc::InvalidGraphParameter,
                    u"Global parameter '%1' is linked to node '%2', which is not in package.nodes."_s.arg(
                        gp.name, nodeId));
            }
            if (node->kind != GraphNodeKind::Module || !findParameter(*node->module, key)) {
                return graphError(nodeId, graphErrc::InvalidGraphParameter,
                    u"Global parameter '%1' is linked to parameter '%2' of %3, which has no such parameter."_s
                        .arg(gp.name, key, describeNode(*node)));
            }
            gp.links.append({ nodeId, findParameter(*node->module, key)->name });
        }
        gp.defaultValue = json::parameterText(json::member(defaults, gp.name));
        g.globalParameters.append(gp);
    }
    for (const QString &name : defaults.keys()) {
        if (!g.globalParameter(name)) {
            return graphError({}, graphErrc::InvalidGraphParameter,
                u"Parameter '%1' of properties.parameters is not a global parameter of the graph "
                u"(package.graphParameters)."_s.arg(name));
        }
    }
    std::sort(g.globalParameters.begin(), g.globalParameters.end(),
        [](const GlobalParameter &a, const GlobalParameter &b) { return naturalLess(a.name, b.name); });
    return std::nullopt;
}

std::optional<GraphError> checkNodeParameters(const ServiceGraph &g)
{
    QHash<QString, QString> defaults;
    QSet<QString> deferredNodes; // linked to a required global parameter: checked at run time
    for (const GlobalParameter &gp : g.globalParameters) {
        if (gp.defaultValue)
            defaults.insert(gp.name, *gp.defaultValue);
        for (const GraphParameterLink &l : gp.links) {
            if (gp.required())
                deferredNodes.insert(l.nodeId);
        }
    }
    for (const QString &id : g.order) {
        const GraphNode &n = *g.node(id);
        if (n.kind != GraphNodeKind::Module || deferredNodes.contains(id))
            continue;
        const QHash<QString, QString> p = effectiveParameters(g, n, defaults);
        if (n.module->name() == u"Train Model"_s && p.value(u"Label column"_s).trimmed().isEmpty()) {
            return graphError(id, graphErrc::MissingLabelColumn,
                u"Node '%1' (Train Model) has no \"Label column\" parameter: name the column to predict."_s
                    .arg(id));
        }
        const Status ok = checkModuleParameters(n, p);
        if (!ok) {
            return graphError(id, graphErrc::InvalidParameter,
                u"Node '%1' (%2) has an invalid parameter: %3"_s.arg(id, n.displayName(), ok.error().text()));
        }
    }
    return std::nullopt;
}

} // namespace detail

} // namespace mlr::studio
