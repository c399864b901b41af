#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace mlr::test {

// A QNetworkAccessManager that passes requests to the real network but fails a
// deterministic fraction of them (a seeded generator draws once per request) with the
// transient failures a flaky network or gateway produces:
//   - BeforeSend503: answered 503 (Retry-After: 0) without reaching the service;
//   - BeforeSendReset: the connection "closes" before the request was sent;
//   - AnswerLost: the request reaches the service and takes effect, then the answer is
//     replaced by a connection closed by the remote host.
// POSTs (not idempotent) only get BeforeSend503 unless setPostAnswersMayBeLost(true): a lost
// POST answer is a separate scenario (the client must then not send it again).
class FaultyNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    enum class Fault
    {
        None,
        BeforeSend503,
        BeforeSendReset,
        AnswerLost
    };

    explicit FaultyNetworkAccessManager(double rate, quint32 seed = 1, QObject *parent = nullptr);

    void setRate(double rate) { m_rate = rate; }
    void setPostAnswersMayBeLost(bool on) { m_postAnswersMayBeLost = on; }
    // Only requests whose URL path contains this text are faulted (empty: all).
    void setPathFilter(const QString &text) { m_pathFilter = text; }

    int requests() const { return m_requests; }
    int faults() const { return m_faults; }
    int faults(Fault kind) const;

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    Fault draw(const QByteArray &verb);

    QRandomGenerator m_random;
    double m_rate;
    bool m_postAnswersMayBeLost = false;
    QString m_pathFilter;
    int m_requests = 0;
    int m_faults = 0;
    int m_byKind[4] = {};
};

} // namespace mlr::test
