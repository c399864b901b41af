#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <functional>

namespace mlr::test {

// What a fake reply answers. status 0 with a networkError means "no HTTP response".
struct FakeAnswer
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool hang = false; // never answers (for timeouts and cancellation)

    static FakeAnswer ok(const QByteArray &body = {}, int status = 200) { return { status, body, {}, {}, false }; }
    static FakeAnswer failure(QNetworkReply::NetworkError e) { return { 0, {}, {}, e, false }; }
};

// A request as the fake saw it (headers and body captured at creation).
struct SeenRequest
{
    QByteArray verb;
    QNetworkRequest request;
    QByteArray body;
};

// A QNetworkAccessManager whose replies come from a route function instead of the network.
// Replies answer asynchronously (queued), as real ones do. A request for which the route
// returns std::nullopt fails the running test loudly.
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Route = std::function<std::optional<FakeAnswer>(const SeenRequest &)>;

    explicit FakeNetworkAccessManager(Route route, QObject *parent = nullptr);

    const QList<SeenRequest> &seen() const { return m_seen; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    Route m_route;
    QList<SeenRequest> m_seen;
};

} // namespace mlr::test
