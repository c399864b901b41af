#include "faultynetworkaccessmanager.h"

#include <QPointer>
#include <QTimer>

namespace mlr::test {

namespace {

QByteArray verbOf(QNetworkAccessManager::Operation op, const QNetworkRequest &request)
{
    switch (op) {
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    default:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray().toUpper();
    }
}

// A reply that fails on its own (BeforeSend*) or once the real reply has finished (AnswerLost).
class FaultReply : public QNetworkReply
{
public:
    FaultReply(const QNetworkRequest &request, const QByteArray &verb,
        FaultyNetworkAccessManager::Fault fault, QNetworkReply *real, QObject *parent)
        : QNetworkReply(parent)
        , m_fault(fault)
        , m_real(real)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::CustomOperation);
        setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
        open(QIODevice::ReadOnly);
        if (m_real) {
            m_real->setParent(this);
            connect(m_real, &QNetworkReply::uploadProgress, this, &QNetworkReply::uploadProgress);
            connect(m_real, &QNetworkReply::finished, this, &FaultReply::respond);
        } else {
            QTimer::singleShot(0, this, &FaultReply::respond);
        }
    }

    void abort() override
    {
        if (isFinished())
            return;
        if (m_real) {
            disconnect(m_real, nullptr, this, nullptr);
            m_real->abort();
        }
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        Q_EMIT errorOccurred(OperationCanceledError);
        Q_EMIT finished();
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }

private:
    void respond()
    {
        if (isFinished())
            return;
        if (m_fault == FaultyNetworkAccessManager::Fault::BeforeSend503) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 503);
            setRawHeader("Retry-After", "0");
            setHeader(QNetworkRequest::ContentLengthHeader, 0);
            Q_EMIT metaDataChanged();
            setError(ServiceUnavailableError, QStringLiteral("Injected 503"));
        } else {
            setError(RemoteHostClosedError, QStringLiteral("Injected: connection closed"));
            Q_EMIT errorOccurred(RemoteHostClosedError);
        }
        setFinished(true);
        Q_EMIT finished();
    }

    FaultyNetworkAccessManager::Fault m_fault;
    QPointer<QNetworkReply> m_real;
};

} // namespace

FaultyNetworkAccessManager::FaultyNetworkAccessManager(double rate, quint32 seed, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_random(seed)
    , m_rate(rate)
{ }

int FaultyNetworkAccessManager::faults(Fault kind) const
{
    return m_byKind[int(kind)];
}

FaultyNetworkAccessManager::Fault FaultyNetworkAccessManager::draw(const QByteArray &verb)
{
    // Two draws per request whatever happens, so that the sequence depends on the seed only.
    const double hit = m_random.generateDouble();
    const quint32 which = m_random.bounded(3u);
    if (hit >= m_rate)
        return Fault::None;
    if (verb == "POST" && !m_postAnswersMayBeLost)
        return Fault::BeforeSend503;
    if (verb == "POST")
        return Fault::AnswerLost;
    return which == 0 ? Fault::BeforeSend503 : which == 1 ? Fault::BeforeSendReset : Fault::AnswerLost;
}

QNetworkReply *FaultyNetworkAccessManager::createRequest(
    Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    ++m_requests;
    const QByteArray verb = verbOf(op, request);
    Fault fault = draw(verb);
    if (!m_pathFilter.isEmpty() && !request.url().path().contains(m_pathFilter))
        fault = Fault::None;
    if (fault == Fault::None)
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    ++m_faults;
    ++m_byKind[int(fault)];
    QNetworkReply *real = nullptr;
    if (fault == Fault::AnswerLost)
        real = QNetworkAccessManager::createRequest(op, request, outgoingData);
    return new FaultReply(request, verb, fault, real, this);
}

} // namespace mlr::test
