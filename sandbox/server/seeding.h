#pragma once

#include "graph/templates.h"

#include <QDir>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace mlr::server {

class Server;

// Creates retraining + predictive service pairs the way a user would: the pair's ARM
// bodies come from the graph templates (makeServicePair) for a CSV, the initial model is
// trained by running the training graph once on that CSV, its .ilearner is uploaded to the
// storage account, and both services are PUT through ArmService::put (the ARM PUT path),
// then the seeder waits for their operations to succeed.
//
// The identity (tenant, client id and secret, subscription, resource group) lives in
// DIR/identity.json, created on first use, so restarts keep it. Re-seeding reuses existing
// services and files (only the URLs in demo.json follow the new ports).
class Seeder : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QJsonObject &description, const QString &error)>;

    explicit Seeder(Server *server, QObject *parent = nullptr);

    // Writes DIR/census-{initial,new}.csv, DIR/regression-{initial,new}.csv, creates the census
    // (two-class) and housing (regression) pairs, and writes DIR/demo.json (also passed to done).
    void seedDemo(Done done);
    // --create-from-template: a pair NAME-retraining / NAME-predictive for the CSV; writes
    // DIR/NAME.json (also passed to done).
    void createFromTemplate(const QString &templateName, const QString &csvPath, const QString &label,
        const QString &name, const QString &learner, const QStringList &integerColumns, Done done);

    struct PairRequest
    {
        studio::TemplateKind kind = studio::TemplateKind::TwoClass;
        QString csvPath;
        QString label;
        QString learner;
        QStringList integerColumns; // TemplateRequest::integerColumns
        QString trainingName;
        QString predictiveName;
        QString title; // e.g. "Census Model": the model asset is "<title> [trained model]"
        QString
            blobPrefix; // e.g. "census": <container>/<prefix>-initial.csv, models/<prefix>-initial.ilearner
    };
    // Creates (or reuses) a pair; description = {"trainingService": {...}, "predictiveService": {...}}.
    void createPair(const PairRequest &request, Done done);

    static inline const QString container = QStringLiteral("mlstudio-demo");

private:
    void seedPairs(const QDir &dir, Done done); // after the demo CSVs exist
    QJsonObject identity(QString *error); // loads or creates DIR/identity.json; registers the client
    QJsonObject describeService(const QString &name) const;
    void putPair(
        const PairRequest &request, const QJsonObject &training, const QJsonObject &predictive, Done done);
    bool writeJson(const QString &fileName, const QJsonObject &json, QString *error) const;

    Server *m_server;
};

} // namespace mlr::server
