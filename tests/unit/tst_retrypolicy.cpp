#include "http/retrypolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace mlr;
using std::chrono::milliseconds;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transientClassification_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("network");
        QTest::addColumn<bool>("transient");
        QTest::newRow("408") << 408 << 0 << true;
        QTest::newRow("429") << 429 << 0 << true;
        QTest::newRow("500") << 500 << 0 << true;
        QTest::newRow("502") << 502 << 0 << true;
        QTest::newRow("503") << 503 << 0 << true;
        QTest::newRow("504") << 504 << 0 << true;
        QTest::newRow("400") << 400 << 0 << false;
        QTest::newRow("401") << 401 << 0 << false;
        QTest::newRow("403") << 403 << 0 << false;
        QTest::newRow("404") << 404 << 0 << false;
        QTest::newRow("409") << 409 << 0 << false;
        QTest::newRow("501") << 501 << 0 << false;
        QTest::newRow("reset") << 0 << int(QNetworkReply::RemoteHostClosedError) << true;
        QTest::newRow("timeout") << 0 << int(QNetworkReply::TimeoutError) << true;
        QTest::newRow("idle timeout") << 0 << int(QNetworkReply::OperationCanceledError) << true;
        QTest::newRow("refused") << 0 << int(QNetworkReply::ConnectionRefusedError) << false;
        QTest::newRow("no host") << 0 << int(QNetworkReply::HostNotFoundError) << false;
        QTest::newRow("tls") << 0 << int(QNetworkReply::SslHandshakeFailedError) << false;
    }

    void transientClassification()
    {
        QFETCH(int, status);
        QFETCH(int, network);
        QFETCH(bool, transient);
        const Error e = status ? Error::http(status) : Error::network(QNetworkReply::NetworkError(network), {});
        QCOMPARE(e.isTransient(), transient);
        RetryPolicy policy;
        QCOMPARE(policy.shouldRetry(e, 1), transient);
        QVERIFY(!policy.shouldRetry(e, policy.maxAttempts));
    }

    void backoffGrowsWithJitterAndCap()
    {
        RetryPolicy policy { 10, milliseconds(100), milliseconds(1000) };
        for (int round = 0; round < 50; ++round) {
            const auto first = policy.delayBefore(1).count();
            QVERIFY2(first >= 75 && first <= 125, QByteArray::number(first).constData());
            const auto third = policy.delayBefore(3).count();
            QVERIFY2(third >= 300 && third <= 500, QByteArray::number(third).constData());
            QVERIFY(policy.delayBefore(9).count() <= 1000);
        }
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("minMs");
        QTest::addColumn<qint64>("maxMs");
        QTest::newRow("seconds") << QByteArray("2") << qint64(2000) << qint64(2000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0) << qint64(0);
        QTest::newRow("fraction") << QByteArray(" 0.5 ") << qint64(500) << qint64(500);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1) << qint64(-1);
        QTest::newRow("negative") << QByteArray("-3") << qint64(-1) << qint64(-1);
        const QDateTime inFive = QDateTime::currentDateTimeUtc().addSecs(5);
        QTest::newRow("http date")
            << QLocale::c().toString(inFive, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1()
            << qint64(3000) << qint64(5000);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, minMs);
        QFETCH(qint64, maxMs);
        const qint64 ms = RetryPolicy::parseRetryAfter(header).count();
        QVERIFY2(ms >= minMs && ms <= maxMs, QByteArray::number(ms).constData());
    }

    void retryAfterWinsOverBackoff()
    {
        RetryPolicy policy { 5, milliseconds(10), milliseconds(100) };
        QCOMPARE(policy.delayBefore(1, "3").count(), qint64(3000));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
