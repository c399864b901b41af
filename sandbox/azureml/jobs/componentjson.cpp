// The component specs and ARM ComponentVersion bodies (components.h).

#include "azureml/jobs/components.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mlr::aml {

QJsonObject componentSpecJson(const Component &component)
{
    QJsonObject inputs;
    for (const ComponentInput &i : component.inputs) {
        QJsonObject o { { u"type"_s, i.type }, { u"description"_s, i.description } };
        if (i.optional)
            o.insert(u"optional"_s, true);
        if (!i.defaultValue.isEmpty())
            o.insert(u"default"_s, i.defaultValue);
        if (!i.enumValues.isEmpty())
            o.insert(u"enum"_s, QJsonArray::fromStringList(i.enumValues));
        inputs.insert(i.name, o);
    }
    QJsonObject outputs;
    for (const ComponentOutput &o : component.outputs)
        outputs.insert(o.name, QJsonObject { { u"type"_s, o.type }, { u"description"_s, o.description } });
    QString command = u"mlstudio run "_s + component.name;
    for (const ComponentInput &i : component.inputs) {
        const QString arg = u" --%1 ${{inputs.%1}}"_s.arg(i.name);
        command += i.optional ? u" ["_s + arg.mid(1) + u"]"_s : arg;
    }
    for (const ComponentOutput &o : component.outputs)
        command += u" --%1 ${{outputs.%1}}"_s.arg(o.name);
    return QJsonObject {
        { u"$schema"_s, u"https://azuremlschemas.azureedge.net/latest/commandComponent.schema.json"_s },
        { u"name"_s, component.name },
        { u"version"_s, componentVersion },
        { u"display_name"_s, component.displayName },
        { u"description"_s, component.description },
        { u"type"_s, u"command"_s },
        { u"is_deterministic"_s, true },
        { u"inputs"_s, inputs },
        { u"outputs"_s, outputs },
        { u"command"_s, command },
        { u"environment"_s, u"azureml:mlstudio-local:1"_s },
    };
}

QJsonObject componentVersionJson(const Component &component, const QString &armId)
{
    const QJsonObject properties {
        { u"componentSpec"_s, componentSpecJson(component) },
        { u"description"_s, component.description },
        { u"isAnonymous"_s, false },
        { u"isArchived"_s, false },
        { u"properties"_s, QJsonObject {} },
        { u"tags"_s, QJsonObject {} },
    };
    return QJsonObject {
        { u"id"_s, armId },
        { u"name"_s, componentVersion },
        { u"type"_s, u"Microsoft.MachineLearningServices/workspaces/components/versions"_s },
        { u"properties"_s, properties },
    };
}

} // namespace mlr::aml
