// mlstudio-local's fault injection (--faults and PUT /admin/faults): every kind observable
// by a client over real HTTP, per route, deterministic for a seed.
#include "tst_serversupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr::test;

class TestServerFaults : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QJsonObject m_demo;
    QString m_token;

    void setFaults(const QString &spec)
    {
        const HttpResult r = http("PUT", QUrl(m_server.arm + u"/admin/faults"_s), spec.toUtf8(),
            { { "Content-Type", "text/plain" } });
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
    }
    QString armGetUrl() const
    {
        return serviceUrl(m_demo, m_demo[u"predictiveService"_s].toObject()[u"name"_s].toString());
    }
    QString swaggerUrl() const
    {
        return m_demo[u"predictiveService"_s].toObject()[u"swaggerUrl"_s].toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_server.start({ u"--seed-demo"_s, u"--operation-delay"_s, u"200"_s, u"--faults"_s,
                                    u"seed=3; arm.listkeys=429,times=1,retry-after=2"_s },
                     &why),
            qPrintable(why));
        m_demo = m_server.demo();
        m_token = demoToken(m_demo);
        QVERIFY(!m_token.isEmpty());
    }

    void fromCommandLine429()
    {
        const QString keys
            = groupUrl(m_demo) + u"/census-income-predictive/listKeys?api-version=2017-01-01"_s;
        const HttpResult first = http("GET", QUrl(keys), {}, bearer(m_token));
        QCOMPARE(first.status, 429);
        QCOMPARE(first.header("Retry-After"), QByteArray("2"));
        QCOMPARE(first.json()[u"error"_s].toObject()[u"code"_s].toString(), u"TooManyRequests"_s);
        QVERIFY(!first.header("x-ms-correlation-request-id").isEmpty()); // ARM-shaped
        QCOMPARE(http("GET", QUrl(keys), {}, bearer(m_token)).status, 200); // times=1
        const QJsonObject state = http("GET", QUrl(m_server.ml + u"/admin/faults"_s)).json();
        QCOMPARE(state[u"seed"_s].toString(), u"3"_s);
        const QJsonObject rule = state[u"rules"_s].toArray().at(0).toObject();
        QCOMPARE(rule[u"matched"_s].toInt(), 2);
        QCOMPARE(rule[u"fired"_s].toInt(), 1);
    }

    void statusFaultsPerSurface()
    {
        setFaults(u"arm.get=500; rrs.swagger=503,retry-after=7; login.token=429"_s);
        HttpResult r = http("GET", QUrl(armGetUrl()), {}, bearer(m_token));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.json()[u"error"_s].toObject()[u"code"_s].toString(), u"InternalError"_s);
        r = http("GET", QUrl(swaggerUrl()));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
        QCOMPARE(r.json()[u"error"_s].toObject()[u"code"_s].toString(), u"ServiceUnavailable"_s);
        r = http("POST",
            QUrl(m_server.login + u'/' + m_demo[u"tenant"_s].toString() + u"/oauth2/v2.0/token"_s),
            "grant_type=x", { { "Content-Type", "application/x-www-form-urlencoded" } });
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json()[u"error"_s].toString(), u"temporarily_unavailable"_s); // AAD-shaped
        // Other routes are untouched; admin routes are never faulted.
        QCOMPARE(
            http("GET", QUrl(groupUrl(m_demo) + u"?api-version=2017-01-01"_s), {}, bearer(m_token)).status,
            200);
        QCOMPARE(http("GET", QUrl(m_server.ml + u"/admin/health"_s)).status, 200);
        QCOMPARE(http("DELETE", QUrl(m_server.ml + u"/admin/faults"_s)).status, 200);
        QCOMPARE(http("GET", QUrl(armGetUrl()), {}, bearer(m_token)).status, 200);
    }

    void resetAndTruncate()
    {
        setFaults(u"arm.get=reset"_s);
        HttpResult r = http("GET", QUrl(armGetUrl()), {}, bearer(m_token));
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(r.errorString));

        setFaults(u"arm.get=truncate,bytes=40"_s);
        r = http("GET", QUrl(armGetUrl()), {}, bearer(m_token));
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(r.describe()));
        QVERIFY(r.body.size() <= 40);
        QVERIFY(QJsonDocument::fromJson(r.body).isNull()); // a cut JSON body

        // "after": the request takes effect, the answer is lost.
        const QString batch = m_demo[u"trainingService"_s].toObject()[u"batchUrl"_s].toString();
        const QString key = m_demo[u"trainingService"_s].toObject()[u"apiKey"_s].toString();
        const int jobsBefore = http("GET", QUrl(batch + u"/jobs?api-version=2.0"_s), {}, bearer(key))
                                   .json()[u"Jobs"_s]
                                   .toArray()
                                   .size();
        setFaults(u"bes.submit=reset,after"_s);
        const QJsonObject request { { u"Inputs"_s,
            QJsonObject { { u"input1"_s,
                QJsonObject { { u"ConnectionString"_s, m_demo[u"storageConnectionString"_s] },
                    { u"RelativeLocation"_s, u"mlstudio-demo/census-initial.csv"_s } } } } } };
        r = httpJson("POST", QUrl(batch + u"/jobs?api-version=2.0"_s), request, bearer(key));
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        http("DELETE", QUrl(m_server.ml + u"/admin/faults"_s));
        // Qt resends a request whose connection was reset before any answer, so the job may
        // have been submitted twice; at least one took effect.
        QVERIFY(http("GET", QUrl(batch + u"/jobs?api-version=2.0"_s), {}, bearer(key))
                    .json()[u"Jobs"_s]
                    .toArray()
                    .size()
            > jobsBefore);
    }

    void stall()
    {
        setFaults(u"arm.get=stall,ms=1500"_s);
        // A client with a short idle timeout gives up.
        HttpResult r = http("GET", QUrl(armGetUrl()), {}, bearer(m_token), 500);
        QVERIFY2(r.status == 0 && r.error != QNetworkReply::NoError, qPrintable(r.describe()));
        // A patient one gets the answer, late.
        QElapsedTimer timer;
        timer.start();
        r = http("GET", QUrl(armGetUrl()), {}, bearer(m_token), 10000);
        QCOMPARE(r.status, 200);
        QVERIFY(timer.elapsed() >= 1400);
        setFaults(u"arm.get=stall,ms=800,after"_s);
        timer.restart();
        QCOMPARE(http("GET", QUrl(armGetUrl()), {}, bearer(m_token), 10000).status, 200);
        QVERIFY(timer.elapsed() >= 700);
        http("DELETE", QUrl(m_server.arm + u"/admin/faults"_s));
    }

    void updateWithoutEffect()
    {
        const QString url = armGetUrl();
        const QJsonObject before
            = http("GET", QUrl(url), {}, bearer(m_token)).json()[u"properties"_s].toObject();
        setFaults(u"arm.patch=noop"_s);
        const QJsonObject patch { { u"properties"_s,
            QJsonObject { { u"packageType"_s, u"Graph"_s }, { u"description"_s, u"never applied"_s } } } };
        const HttpResult r = httpJson("PATCH", QUrl(url), patch, bearer(m_token));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"properties"_s].toObject()[u"provisioningState"_s].toString(), u"Provisioning"_s);
        QCOMPARE(waitOperation(QString::fromUtf8(r.header("Azure-AsyncOperation")), m_token)[u"status"_s]
                     .toString(),
            u"Succeeded"_s);
        const QJsonObject after
            = http("GET", QUrl(url), {}, bearer(m_token)).json()[u"properties"_s].toObject();
        QCOMPARE(after[u"description"_s].toString(), before[u"description"_s].toString());
        QCOMPARE(after[u"modifiedOn"_s].toString(), before[u"modifiedOn"_s].toString());
        http("DELETE", QUrl(m_server.arm + u"/admin/faults"_s));
        // Without the fault the same PATCH takes effect.
        const HttpResult real = httpJson("PATCH", QUrl(url), patch, bearer(m_token));
        waitOperation(QString::fromUtf8(real.header("Azure-AsyncOperation")), m_token);
        QCOMPARE(http("GET", QUrl(url), {}, bearer(m_token))
                     .json()[u"properties"_s]
                     .toObject()[u"description"_s]
                     .toString(),
            u"never applied"_s);
    }

    void deterministicWithSeed()
    {
        const auto pattern = [this](const QString &spec) {
            setFaults(spec);
            QString out;
            for (int i = 0; i < 24; ++i)
                out += http("GET", QUrl(swaggerUrl())).status == 500 ? u'x' : u'.';
            return out;
        };
        const QString a = pattern(u"seed=11;rrs.swagger=500,p=0.5"_s);
        const QString b = pattern(u"seed=11;rrs.swagger=500,p=0.5"_s);
        const QString c = pattern(u"seed=12;rrs.swagger=500,p=0.5"_s);
        QCOMPARE(a, b);
        QVERIFY(a.contains(u'x') && a.contains(u'.'));
        QVERIFY2(a != c, qPrintable(a + u" / "_s + c));
        // skip and times, and several routes in one rule.
        QCOMPARE(pattern(u"rrs.swagger|arm.get=500,skip=2,times=3"_s).left(8), u"..xxx..."_s);
        http("DELETE", QUrl(m_server.arm + u"/admin/faults"_s));
    }

    void invalidSpecs()
    {
        for (const QString &spec : { u"arm.get"_s, u"arm.get=explode"_s, u"arm.get=500,p=2"_s,
                 u"arm.get=stall,ms=x"_s, u"arm.get=500,colour=red"_s, u"seed=abc"_s }) {
            const HttpResult r = http("PUT", QUrl(m_server.arm + u"/admin/faults"_s), spec.toUtf8());
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json()[u"error"_s].toObject()[u"code"_s].toString(), u"InvalidFaultSpec"_s);
        }
        // JSON form.
        QCOMPARE(httpJson("PUT", QUrl(m_server.arm + u"/admin/faults"_s), { { u"spec"_s, u"arm.get=503"_s } })
                     .status,
            200);
        QCOMPARE(http("GET", QUrl(armGetUrl()), {}, bearer(m_token)).status, 503);
        http("DELETE", QUrl(m_server.arm + u"/admin/faults"_s));
        // On the command line, a bad spec stops the server with a message.
        ServerProcess bad;
        QString why;
        QVERIFY(!bad.start({ u"--faults"_s, u"arm.get=explode"_s }, &why));
        QVERIFY2(why.contains(u"explode"_s), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestServerFaults)
#include "tst_server_faults.moc"
