#include "graph/moduleports.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace mlr::studio {

namespace {

PortKind kindOfPort(const QString &port)
{
    if (port == u"Untrained model"_s)
        return PortKind::UntrainedModel;
    if (port == u"Trained model"_s)
        return PortKind::TrainedModel;
    if (port == u"Cleaning transformation"_s)
        return PortKind::Transformation;
    return PortKind::Dataset;
}

QList<ModuleDescriptor> buildDescriptors()
{
    QList<ModuleDescriptor> out;
    for (const ModuleInfo &m : moduleCatalogue()) {
        ModuleDescriptor d;
        d.info = &m;
        for (const QString &p : m.inputPorts) {
            // Evaluate Model's second input compares two models: not implemented here.
            const bool compare = p == u"Scored dataset to compare"_s;
            d.inputs.append({ p, kindOfPort(p), !compare, !compare });
        }
        for (const QString &p : m.outputPorts)
            d.outputs.append({ p, kindOfPort(p), false, kindOfPort(p) != PortKind::Transformation });
        out.append(d);
    }
    return out;
}

const QList<ModuleDescriptor> &descriptors()
{
    static const QList<ModuleDescriptor> all = buildDescriptors();
    return all;
}

} // namespace

QString portKindName(PortKind kind)
{
    switch (kind) {
    case PortKind::Dataset:
        return u"Dataset"_s;
    case PortKind::UntrainedModel:
        return u"Untrained model"_s;
    case PortKind::TrainedModel:
        return u"Trained model"_s;
    case PortKind::Transformation:
        return u"Transformation"_s;
    }
    return {};
}

const ModuleDescriptor *findModuleDescriptor(const QString &assetName)
{
    static const QList<std::pair<QString, QString>> aliases = {
        { u"Project Columns"_s, u"Select Columns in Dataset"_s },
        { u"Split"_s, u"Split Data"_s },
        { u"Missing Values Scrubber"_s, u"Clean Missing Data"_s },
    };
    QString name = assetName.trimmed();
    for (const auto &[alias, canonical] : aliases) {
        if (name.compare(alias, Qt::CaseInsensitive) == 0)
            name = canonical;
    }
    for (const ModuleDescriptor &d : descriptors()) {
        if (d.info->name.compare(name, Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

QStringList supportedModuleNames()
{
    QStringList names;
    for (const ModuleDescriptor &d : descriptors())
        names.append(d.info->name);
    return names;
}

const PortInfo *findPort(const QList<PortInfo> &ports, const QString &name)
{
    for (const PortInfo &p : ports) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const ParameterInfo *findParameter(const ModuleDescriptor &module, const QString &name)
{
    for (const ParameterInfo &p : module.info->parameters) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

bool isTrainedModelResource(const QString &assetName, const QString &uri)
{
    if (assetName.trimmed().endsWith(u"[trained model]"_s, Qt::CaseInsensitive))
        return true;
    return QUrl(uri).path().endsWith(u".ilearner"_s, Qt::CaseInsensitive);
}

} // namespace mlr::studio
