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

// The shared part of the jobs that GET one resource of a named web service (its definition,
// its keys): the name, the not-found context and the one finished() of a failure.
class WebServiceReadJob : public ArmOperation
{
    Q_OBJECT

public:
    const QString &name() const { return m_name; }

protected:
    WebServiceReadJob(
        QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target, QString name, QObject *parent);

    // One GET of url. A failure ends the job through emitFailure (a missing service: Error::Http
    // 404 with notFoundText's context); a success hands the body to onBody, which emits the
    // subclass's finished(). Either runs once, and only if the job has not finished yet.
    void get(const QUrl &url, const QString &context, std::function<void(const QByteArray &body)> onBody);
    // Emits the subclass's finished() with an empty result and error.
    virtual void emitFailure(const Error &error) = 0;
    void failBeforeStart(const Error &error) final;

private:
    QString m_name;
};

// GET of one web service: the full definition (without keys, storage key and commitment
// plan, which ARM never returns). A missing service is Error::Http 404 whose context names
// the service and the resource group.
class WebServiceGetJob : public WebServiceReadJob
{
    Q_OBJECT

public:
    WebServiceGetJob(QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target, QString name,
        QObject *parent = nullptr);

Q_SIGNALS:
    void finished(const QJsonObject &resource, const mlr::Error &error);

protected:
    void begin() override;
    void emitFailure(const Error &error) override;
};

// GET .../listKeys (a GET for this resource provider): the primary and secondary API keys,
// registered with the redaction.
class WebServiceKeysJob : public WebServiceReadJob
{
    Q_OBJECT

public:
    WebServiceKeysJob(QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target, QString name,
        QObject *parent = nullptr);

Q_SIGNALS:
    void finished(const mlr::arm::WebServiceKeys &keys, const mlr::Error &error);

protected:
    void begin() override;
    void emitFailure(const Error &error) override;
};

// Context for a missing service: "Web service 'x' was not found in resource group 'rg' ...".
QString notFoundText(const ArmTarget &target, const QString &name);

} // namespace mlr::arm
