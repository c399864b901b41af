#pragma once

// mlstudio-local's ARM surface: the test class shared by tst_server_arm.cpp (reads, paging,
// versions, regional blobs, the swagger check) and tst_server_armwrites.cpp (PUT, PATCH,
// DELETE and their long-running operations). One test, one server, one list of answers the
// official swagger checks at the end.
#include "tst_serversupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr::test;

namespace mlr::test::arm {

inline QString errorCode(const HttpResult &r)
{
    return r.json()[u"error"_s].toObject()[u"code"_s].toString();
}

inline QString detailCode(const HttpResult &r, int index = 0)
{
    return r.json()[u"error"_s].toObject()[u"details"_s].toArray().at(index).toObject()[u"code"_s].toString();
}

inline QString detailTarget(const HttpResult &r)
{
    return r.json()[u"error"_s].toObject()[u"details"_s].toArray().at(0).toObject()[u"target"_s].toString();
}

// PascalCase member names, as the official examples send them (map keys kept).
inline QJsonObject pascalNode(const QJsonObject &node)
{
    QJsonObject out;
    for (auto it = node.begin(); it != node.end(); ++it) {
        QJsonValue v = it.value();
        if (it.key() == u"parameters"_s) {
            QJsonObject params;
            const QJsonObject in = v.toObject();
            for (auto p = in.begin(); p != in.end(); ++p) {
                const QJsonObject param = p.value().toObject();
                params.insert(p.key(),
                    QJsonObject { { u"Value"_s, param[u"value"_s] },
                        { u"CertificateThumbprint"_s, param[u"certificateThumbprint"_s] } });
            }
            v = params;
        }
        out.insert(it.key().left(1).toUpper() + it.key().mid(1), v);
    }
    return out;
}

} // namespace mlr::test::arm

class TestServerArm : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QJsonObject m_demo;
    QString m_token;
    QString m_plan;
    QJsonArray m_cases; // for the swagger validator

    Headers auth() const { return bearer(m_token); }
    QString url(const QString &name, const QString &version = u"2017-01-01"_s) const
    {
        return serviceUrl(m_demo, name, version);
    }
    void record(const QString &name, const QString &operationId, const QString &kind, int status,
        const QJsonObject &body, bool expectValid = true)
    {
        m_cases.append(
            QJsonObject { { u"name"_s, name }, { u"operationId"_s, operationId }, { u"kind"_s, kind },
                { u"status"_s, status }, { u"body"_s, body }, { u"expectValid"_s, expectValid } });
    }
    // An exported definition (as Export-AzMlWebService writes it) plus the commitment plan.
    QJsonObject exportBody(const QString &name)
    {
        QJsonObject body = http("GET", QUrl(url(name)), {}, auth()).json();
        for (const QString &key : { u"id"_s, u"name"_s, u"type"_s })
            body.remove(key);
        QJsonObject properties = body[u"properties"_s].toObject();
        properties.insert(u"commitmentPlan"_s, QJsonObject { { u"id"_s, m_plan } });
        body.insert(u"properties"_s, properties);
        return body;
    }
    QString putAndWait(const QString &name, const QJsonObject &body, int expectedStatus)
    {
        const HttpResult r = httpJson("PUT", QUrl(url(name)), body, auth());
        if (r.status != expectedStatus) {
            qWarning("PUT %s: %s", qPrintable(name), qPrintable(r.describe()));
            return {};
        }
        return waitOperation(QString::fromUtf8(r.header("Azure-AsyncOperation")), m_token)[u"status"_s]
            .toString();
    }

private Q_SLOTS:
    void initTestCase();
    void getAndListKeys();
    void versionsAndIds();
    void listPaging();
    void putCreateAndUpdate();
    void putErrors();
    void patchMerges();
    void patchErrors();
    void failedOperationKeepsDeployment();
    void deleteAndOperationResults();
    void preview2016();
    void regionalBlob();
    void swaggerValidation();
    void officialExamplesValidate();
};
