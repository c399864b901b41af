#include "fakenetworkaccessmanager.h"

#include <QBuffer>
#include <QTest>
#include <QTimer>

namespace mlr::test {

namespace {

class FakeReply : public QNetworkReply
{
public:
    FakeReply(const QByteArray &verb, const QNetworkRequest &request, FakeAnswer answer, QObject *parent)
        : QNetworkReply(parent)
        , m_answer(std::move(answer))
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::CustomOperation);
        setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
        open(QIODevice::ReadOnly);
        m_buffer.setData(m_answer.body);
        m_buffer.open(QIODevice::ReadOnly);
        if (!m_answer.hang)
            QMetaObject::invokeMethod(this, &FakeReply::respond, Qt::QueuedConnection);
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        Q_EMIT errorOccurred(OperationCanceledError);
        Q_EMIT finished();
    }

    qint64 bytesAvailable() const override { return m_buffer.bytesAvailable() + QNetworkReply::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override { return m_buffer.read(data, maxSize); }

private:
    void respond()
    {
        if (isFinished())
            return;
        if (m_answer.status != 0) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
            for (const auto &[name, value] : std::as_const(m_answer.headers))
                setRawHeader(name, value);
            setHeader(QNetworkRequest::ContentLengthHeader, m_answer.body.size());
            Q_EMIT metaDataChanged();
            if (!m_answer.body.isEmpty())
                Q_EMIT readyRead();
            if (m_answer.status >= 400)
                setError(ProtocolInvalidOperationError, QStringLiteral("HTTP error"));
        } else {
            setError(m_answer.networkError, QStringLiteral("Fake network error"));
            Q_EMIT errorOccurred(m_answer.networkError);
        }
        setFinished(true);
        Q_EMIT finished();
    }

    FakeAnswer m_answer;
    QBuffer m_buffer;
};

} // namespace

FakeNetworkAccessManager::FakeNetworkAccessManager(Route route, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_route(std::move(route))
{
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    SeenRequest seen;
    switch (op) {
    case GetOperation:
        seen.verb = "GET";
        break;
    case HeadOperation:
        seen.verb = "HEAD";
        break;
    case PutOperation:
        seen.verb = "PUT";
        break;
    case PostOperation:
        seen.verb = "POST";
        break;
    case DeleteOperation:
        seen.verb = "DELETE";
        break;
    default:
        seen.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
    seen.request = request;
    if (outgoingData)
        seen.body = outgoingData->readAll();
    m_seen.append(seen);

    std::optional<FakeAnswer> answer = m_route(seen);
    if (!answer) {
        QTest::qFail(qPrintable(QStringLiteral("Unexpected request: %1 %2")
                                    .arg(QString::fromLatin1(seen.verb), request.url().toString())),
                     __FILE__, __LINE__);
        answer = FakeAnswer::failure(QNetworkReply::ProtocolUnknownError);
    }
    return new FakeReply(seen.verb, request, *answer, this);
}

} // namespace mlr::test
