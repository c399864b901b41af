#pragma once

#include "http/error.h"
#include "http/httpcall.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace mlr::arm {

// mlstudio-local only: creates a retraining + predictive service pair for the user's CSV from
// one of the sandbox's templates (POST /admin/services/from-template), the local equivalent of
// deploying the article's training experiment. The server trains the initial model on the CSV.
// The admin route has no authentication, so the server must be on this computer (loopback).
//
// finished(description, error) once: description is the pair as the server describes it
// ({ml, arm, login, trainingService{name, batchUrl, requestUrl, swaggerUrl, apiKey},
// predictiveService{...}, ...}); the keys in it are registered with the redaction. Errors:
// the server's TemplateFailed reason (no such label, not two values...), an invalid name.
class SandboxServicePairJob : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QUrl server; // any of the sandbox's ports, e.g. the ARM URL http://127.0.0.1:P
        QString templateName = QStringLiteral("two-class"); // or "regression"
        QString labelColumn;
        QString name; // services NAME-retraining and NAME-predictive
        QByteArray csv; // the whole CSV: schema sample and initial training data
        QString learner; // optional Studio module name
        // Numeric columns the services type Integer; every other number is Number (Double),
        // even when the CSV holds only whole numbers.
        QStringList integerColumns;
    };

    SandboxServicePairJob(QNetworkAccessManager *nam, Request request, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(const QJsonObject &description, const mlr::Error &error);

private:
    void send();

    QPointer<QNetworkAccessManager> m_nam;
    Request m_request;
    std::unique_ptr<HttpCall> m_call;
};

} // namespace mlr::arm
