#pragma once

#include "azureml/amlresources.h"
#include "azureml/rolloutplan.h"

#include <QAbstractTableModel>

namespace mlr::gui {

// "census-income:2" for a deployment's model id ({WS}/models/{n}/versions/{v} or azureml:n:v);
// the id itself when it names no model version. Pure.
QString modelLabel(const QString &modelId);

// The deployments of an online endpoint as the Update step lists them: name, model:version,
// provisioning state, instance type, instance count and share of the live traffic (as read
// back). Read-only; reset as a whole by setDeployments().
class DeploymentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Model,
        State,
        InstanceType,
        InstanceCount,
        Traffic,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit DeploymentsModel(QObject *parent = nullptr);

    void setDeployments(
        const QList<azureml::OnlineDeployment> &deployments, const azureml::TrafficMap &traffic);
    const QList<azureml::OnlineDeployment> &deployments() const { return m_deployments; }
    const azureml::TrafficMap &traffic() const { return m_traffic; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<azureml::OnlineDeployment> m_deployments;
    azureml::TrafficMap m_traffic;
};

} // namespace mlr::gui
