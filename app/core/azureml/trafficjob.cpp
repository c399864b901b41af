#include "azureml/trafficjob.h"

#include <QTimer>

namespace mlr::azureml {

TrafficJob::TrafficJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens, WorkspaceTarget target,
    QString endpoint, TrafficMap traffic, QObject *parent)
    : QObject(parent)
    , m_steps(this, nam, tokens, std::move(target))
{
    m_result.endpoint = std::move(endpoint);
    m_result.intended = std::move(traffic);
}

TrafficJob::~TrafficJob() = default;

void TrafficJob::setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_steps.setPollInterval(first, max);
}

void TrafficJob::setReadBack(int attempts, std::chrono::milliseconds delay)
{
    m_attempts = std::max(1, attempts);
    m_delay = delay;
}

void TrafficJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, [this] {
        if (m_current)
            return put();
        m_steps.get(QStringLiteral("/onlineEndpoints/") + m_result.endpoint,
            tr("Reading online endpoint '%1' of workspace '%2'")
                .arg(m_result.endpoint, m_steps.target().workspace),
            [this](const QJsonObject &body, const Error &error) {
                if (error)
                    return finish(error);
                Error parseError;
                m_current = parseEndpoint(body, &parseError);
                if (!m_current)
                    return finish(parseError);
                put();
            });
    });
}

void TrafficJob::put()
{
    m_result.before = m_current->traffic;
    m_result.endpointRead = *m_current;
    m_result.readBack = m_current->traffic;
    m_result.known = true;
    if (sameTraffic(m_current->traffic, m_result.intended)) {
        m_result.applied = true;
        return finish({});
    }
    const QString text
        = tr("Setting the traffic of online endpoint '%1' to %2 (it is %3)")
              .arg(m_result.endpoint, describeTraffic(m_result.intended), describeTraffic(m_result.before));
    Q_EMIT stepChanged(text);
    m_steps.write("PUT", QStringLiteral("/onlineEndpoints/") + m_result.endpoint,
        endpointBody(*m_current, m_result.intended), text,
        [this](const WriteResult &result, const Error &error) { onPut(result, error); });
}

void TrafficJob::onPut(const WriteResult &result, const Error &error)
{
    m_result.written = result.httpStatus != 0;
    m_result.known = false;
    if (error && !m_result.written && error.kind == Error::Kind::Http && error.httpStatus >= 400
        && error.httpStatus < 500) {
        // Refused before anything ran: the traffic is where it was.
        m_result.known = true;
        return finish(error);
    }
    Q_EMIT stepChanged(tr("Reading the traffic of online endpoint '%1' back").arg(m_result.endpoint));
    readBack(error);
}

void TrafficJob::readBack(const Error &writeError)
{
    m_steps.get(QStringLiteral("/onlineEndpoints/") + m_result.endpoint,
        tr("Reading the traffic of online endpoint '%1' back").arg(m_result.endpoint),
        [this, writeError](const QJsonObject &body, const Error &error) {
            ++m_result.reads;
            Error parseError;
            const auto read = error ? std::nullopt : parseEndpoint(body, &parseError);
            if (read) {
                m_result.endpointRead = *read;
                m_result.readBack = read->traffic;
                m_result.known = true;
                m_result.applied = sameTraffic(read->traffic, m_result.intended);
            }
            if (writeError)
                return finish(writeError);
            if (m_result.applied)
                return finish({});
            if (m_result.reads < m_attempts)
                return m_steps.wait(m_delay, [this, writeError] { readBack(writeError); });
            if (!read)
                return finish(error ? error : parseError);
            m_result.noEffect = true;
            Error e
                = Error::input(tr("The traffic change to %1 reported success, but online endpoint '%2' still "
                                  "has %3: the change did not take effect.")
                                   .arg(describeTraffic(m_result.intended), m_result.endpoint,
                                       describeTraffic(m_result.readBack)));
            finish(e.withContext(tr("Verifying the traffic of online endpoint '%1'").arg(m_result.endpoint)));
        });
}

void TrafficJob::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_steps.cancel();
    m_result.doneUtc = QDateTime::currentDateTimeUtc();
    Q_EMIT finished(m_result, error);
}

} // namespace mlr::azureml
