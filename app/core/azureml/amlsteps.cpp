#include "azureml/amlsteps.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mlr::azureml {

const OnlineDeployment *EndpointState::deployment(const QString &name) const
{
    for (const OnlineDeployment &d : deployments)
        if (d.name.compare(name, Qt::CaseInsensitive) == 0)
            return &d;
    return nullptr;
}

QStringList EndpointState::names() const
{
    QStringList out;
    for (const OnlineDeployment &d : deployments)
        out.append(d.name);
    return out;
}

WorkspaceSteps::WorkspaceSteps(
    QObject *owner, QNetworkAccessManager *nam, arm::TokenProvider *tokens, WorkspaceTarget target)
    : m_owner(owner)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_target(std::move(target))
{
    m_timer.setSingleShot(true);
}

WorkspaceSteps::~WorkspaceSteps() = default;

void WorkspaceSteps::setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_pollFirst = first;
    m_pollMax = max;
}

void WorkspaceSteps::replace(QObject *step)
{
    m_timer.stop();
    m_timer.disconnect();
    if (m_step) {
        m_step->disconnect(m_owner);
        m_step.release()->deleteLater(); // it may be the one emitting right now
    }
    m_step.reset(step);
}

void WorkspaceSteps::cancel()
{
    replace(nullptr);
}

void WorkspaceSteps::run(WorkspaceGetJob::Kind kind, const QString &path, const QString &what, GetDone done)
{
    auto *job = new WorkspaceGetJob(m_nam, m_tokens, m_target, path, kind, what);
    replace(job);
    job->setRetryPolicy(m_policy);
    QObject::connect(job, &WorkspaceGetJob::finished, m_owner, std::move(done));
    job->start();
}

void WorkspaceSteps::get(const QString &path, const QString &what, GetDone done)
{
    run(WorkspaceGetJob::Kind::One, path, what, std::move(done));
}

void WorkspaceSteps::list(const QString &path, const QString &what, GetDone done)
{
    run(WorkspaceGetJob::Kind::List, path, what, std::move(done));
}

void WorkspaceSteps::write(
    const QByteArray &verb, const QString &path, const QJsonObject &body, const QString &what, WriteDone done)
{
    auto *job = new WorkspaceWriteJob(m_nam, m_tokens, m_target, verb, path, body, what);
    replace(job);
    job->setRetryPolicy(m_policy);
    job->setPollInterval(m_pollFirst, m_pollMax);
    QObject::connect(job, &WorkspaceWriteJob::finished, m_owner, std::move(done));
    job->start();
}

void WorkspaceSteps::wait(std::chrono::milliseconds delay, std::function<void()> then)
{
    replace(nullptr);
    QObject::connect(&m_timer, &QTimer::timeout, m_owner, std::move(then));
    m_timer.start(delay);
}

void WorkspaceSteps::readEndpoint(const QString &endpoint, StateDone done)
{
    get(QStringLiteral("/onlineEndpoints/") + endpoint,
        QCoreApplication::translate("mlr::azureml", "Reading online endpoint '%1' of workspace '%2'")
            .arg(endpoint, m_target.workspace),
        [this, endpoint, done](const QJsonObject &body, const Error &error) {
            if (error)
                return done({}, error);
            Error parseError;
            auto parsed = parseEndpoint(body, &parseError);
            if (!parsed)
                return done({}, parseError);
            list(QStringLiteral("/onlineEndpoints/%1/deployments").arg(endpoint),
                QCoreApplication::translate("mlr::azureml", "Listing the deployments of online endpoint '%1'")
                    .arg(endpoint),
                [done, state = EndpointState { *parsed, {} }](
                    const QJsonObject &items, const Error &listError) mutable {
                    if (listError)
                        return done({}, listError);
                    for (const QJsonValue &item : items.value(QStringLiteral("value")).toArray()) {
                        Error itemError;
                        if (const auto d = parseDeployment(item.toObject(), &itemError))
                            state.deployments.append(*d);
                    }
                    done(state, {});
                });
        });
}

} // namespace mlr::azureml
