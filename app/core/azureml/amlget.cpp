#include "azureml/amlget.h"

#include <QJsonDocument>

namespace mlr::azureml {

namespace {

constexpr int maxPages = 200;

} // namespace

WorkspaceGetJob::WorkspaceGetJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens,
    WorkspaceTarget target, QString path, Kind kind, QString what, QObject *parent)
    : ArmOperation(nam, tokens, target.arm, parent)
    , m_workspace(std::move(target))
    , m_path(std::move(path))
    , m_kind(kind)
    , m_what(std::move(what))
{ }

WorkspaceGetJob::WorkspaceGetJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens,
    const arm::ArmTarget &arm, QUrl url, Kind kind, QString what, QObject *parent)
    : ArmOperation(nam, tokens, arm, parent)
    , m_url(std::move(url))
    , m_kind(kind)
    , m_what(std::move(what))
{ }

void WorkspaceGetJob::begin()
{
    if (!m_url.isEmpty()) {
        if (!target().mayReceiveToken(m_url)) {
            finish({},
                Error::input(tr("%1 is not on the Azure Resource Manager host").arg(m_url.toDisplayString()))
                    .withContext(m_what));
            return;
        }
        fetch(m_url);
        return;
    }
    if (const Error error = m_workspace.validate()) {
        finish({}, error);
        return;
    }
    fetch(m_workspace.url(m_path, m_query));
}

void WorkspaceGetJob::fetch(const QUrl &url)
{
    send("GET", url, {}, m_what, [this](const HttpResponse &response, const Error &error) {
        if (error) {
            finish({}, error);
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
        if (!doc.isObject()) {
            finish({},
                Error::parse(tr("the answer is not a JSON object (%1)").arg(parseError.errorString()))
                    .withContext(m_what));
            return;
        }
        const QJsonObject body = doc.object();
        if (m_kind == Kind::One) {
            finish(body, {});
            return;
        }
        for (const QJsonValue &item : body.value(QStringLiteral("value")).toArray())
            m_items.append(item);
        const QUrl next(body.value(QStringLiteral("nextLink")).toString());
        if (next.isEmpty()) {
            finish(QJsonObject { { QStringLiteral("value"), m_items } }, {});
            return;
        }
        if (!target().mayReceiveToken(next) || ++m_pages > maxPages) {
            finish({},
                Error::parse(tr("the list's nextLink leads elsewhere or never ends (%1)")
                                 .arg(next.toDisplayString(QUrl::RemoveQuery)))
                    .withContext(m_what));
            return;
        }
        fetch(next);
    });
}

void WorkspaceGetJob::finish(const QJsonObject &body, const Error &error)
{
    if (markFinished())
        Q_EMIT finished(body, error);
}

} // namespace mlr::azureml
