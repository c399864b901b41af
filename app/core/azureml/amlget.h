#pragma once

#include "arm/armoperation.h"
#include "azureml/workspacetarget.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace mlr::azureml {

// GET of one resource of the workspace (path relative to it, e.g. "/onlineEndpoints/e"), or
// of every item of a list, following nextLink (only to the same ARM host: the token goes
// nowhere else). Contract of arm::ArmOperation: start() once, finished() exactly once, cancel
// by destruction. A missing resource is Error::Http 404 whose context is `what`.
class WorkspaceGetJob : public arm::ArmOperation
{
    Q_OBJECT

public:
    enum class Kind
    {
        One, // finished(object, ...)
        List // finished({"value": [every item]}, ...)
    };
    WorkspaceGetJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens, WorkspaceTarget target,
        QString path, Kind kind, QString what, QObject *parent = nullptr);
    // The same for an ARM URL outside a workspace (e.g. {arm}/subscriptions?api-version=...);
    // the token goes only to `arm`'s host.
    WorkspaceGetJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens, const arm::ArmTarget &arm,
        QUrl url, Kind kind, QString what, QObject *parent = nullptr);

    // Before start(): query items added to the first request (e.g. isDefault=true, $orderBy).
    void setQuery(const QUrlQuery &query) { m_query = query; }

Q_SIGNALS:
    void finished(const QJsonObject &body, const mlr::Error &error);

protected:
    void begin() override;
    void failBeforeStart(const Error &error) override { finish({}, error); }

private:
    void fetch(const QUrl &url);
    void finish(const QJsonObject &body, const Error &error);

    WorkspaceTarget m_workspace;
    QString m_path;
    QUrl m_url; // set: the URL asked for instead of the workspace's path
    Kind m_kind;
    QString m_what;
    QUrlQuery m_query;
    QJsonArray m_items;
    int m_pages = 0;
};

} // namespace mlr::azureml
