#include "deploymentsmodel.h"

namespace mlr::gui {

QString modelLabel(const QString &modelId)
{
    const auto ref = azureml::parseModelReference(modelId);
    return ref ? ref->name + u':' + ref->version : modelId;
}

DeploymentsModel::DeploymentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DeploymentsModel::setDeployments(
    const QList<azureml::OnlineDeployment> &deployments, const azureml::TrafficMap &traffic)
{
    beginResetModel();
    m_deployments = deployments;
    m_traffic = traffic;
    endResetModel();
}

int DeploymentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deployments.size());
}

int DeploymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_deployments.size())
        return {};
    const azureml::OnlineDeployment &d = m_deployments.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == InstanceCount || index.column() == Traffic
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return d.name;
    case Model:
        return role == Qt::ToolTipRole ? d.model : modelLabel(d.model);
    case State:
        return d.provisioningState;
    case InstanceType:
        return d.instanceType;
    case InstanceCount:
        return d.instanceCount;
    case Traffic:
        return tr("%1 %").arg(azureml::trafficOf(m_traffic, d.name));
    default:
        return {};
    }
}

QVariant DeploymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Deployment");
    case Model:
        return tr("Model:version");
    case State:
        return tr("State");
    case InstanceType:
        return tr("Instance type");
    case InstanceCount:
        return tr("Instances");
    case Traffic:
        return tr("Traffic");
    default:
        return {};
    }
}

} // namespace mlr::gui
