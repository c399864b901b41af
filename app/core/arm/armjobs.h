#pragma once

#include "arm/armoperation.h"

#include <QJsonObject>
#include <QList>

namespace mlr::arm {

// Lists the web services of the subscription or of the resource group, following nextLink
// (absolute, followed as given) until the last page. finished() carries every item, or an
// error (the items read so far stay in items()).
class WebServiceListJob : public ArmOperation
{
    Q_OBJECT

public:
    enum class Scope
    {
        Subscription,
        ResourceGroup
    };
    WebServiceListJob(QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target, Scope scope,
        QObject *parent = nullptr);

    int pages() const { return m_pages; }
    const QList<WebServiceSummary> &items() const { return m_items; }

Q_SIGNALS:
    void finished(const QList<mlr::arm::WebServiceSummary> &services, const mlr::Error &error);

protected:
    void begin() override;
    bool needsResourceGroup() const override { return m_scope == Scope::ResourceGroup; }
    void failBeforeStart(const Error &error) override { finish(error); }

private:
    void fetch(const QUrl &url);
    void finish(const Error &error);

    Scope m_scope;
    QList<WebServiceSummary> m_items;
    QList<QUrl> m_seen;
    int m_pages = 0;
};

// GET of one web service: the full definition (without keys, storage key and commitment
// plan, which ARM never returns). A missing service is Error::Http 404 whose context names
// the service and the resource group.
class WebServiceGetJob : public ArmOperation
{
    Q_OBJECT

public:
    WebServiceGetJob(QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target, QString name,
        QObject *parent = nullptr);

    const QString &name() const { return m_name; }

Q_SIGNALS:
    void finished(const QJsonObject &resource, const mlr::Error &error);

protected:
    void begin() override;
    void failBeforeStart(const Error &error) override;

private:
    QString m_name;
};

// GET .../listKeys (a GET for this resource provider): the primary and secondary API keys,
// registered with the redaction.
class WebServiceKeysJob : public ArmOperation
{
    Q_OBJECT

public:
    WebServiceKeysJob(QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target, QString name,
        QObject *parent = nullptr);

Q_SIGNALS:
    void finished(const mlr::arm::WebServiceKeys &keys, const mlr::Error &error);

protected:
    void begin() override;
    void failBeforeStart(const Error &error) override;

private:
    QString m_name;
};

// Context for a missing service: "Web service 'x' was not found in resource group 'rg' ...".
QString notFoundText(const ArmTarget &target, const QString &name);

} // namespace mlr::arm
