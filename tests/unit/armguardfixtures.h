#pragma once

// Definitions and records shared by the update guard's unit tests (tst_armupdateguard.cpp,
// tst_armupdateflow.cpp): a census-like two-class pair, a housing-like regression pair, a job.

#include "ml/jobjournal.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace mlr::test::guard {

using Columns = QList<QPair<QString, QString>>; // name, ARM type

inline QString modelUrl(const QString &blob)
{
    return QStringLiteral("http://127.0.0.1:10000/devstoreaccount1/models/") + blob;
}

inline QJsonObject columns(const Columns &cs)
{
    QJsonObject o;
    for (const auto &[name, type] : cs)
        o.insert(name, QJsonObject { { QStringLiteral("type"), type } });
    return o;
}

inline QJsonObject table(const QString &port, const Columns &cs)
{
    return { { QStringLiteral("properties"),
        QJsonObject { { port, QJsonObject { { QStringLiteral("properties"), columns(cs) } } } } } };
}

inline const Columns censusFeatures { { QStringLiteral("age"), QStringLiteral("Integer") },
    { QStringLiteral("education"), QStringLiteral("String") },
    { QStringLiteral("hours-per-week"), QStringLiteral("Integer") } };
inline const Columns housingFeatures { { QStringLiteral("floor-area"), QStringLiteral("Number") },
    { QStringLiteral("rooms"), QStringLiteral("Integer") } };

// A retraining service: input1 = features + label, a learner and Train Model (labelValue as
// its "Label column" value: a name or a column picker).
inline QJsonObject trainingService(const QString &name, Columns inputs, const QString &label,
    const QString &labelType, const QString &learner, const QString &labelValue = {})
{
    inputs.append({ label, labelType });
    const QJsonObject assets { { QStringLiteral("asset1"),
                                   QJsonObject { { QStringLiteral("name"), learner },
                                       { QStringLiteral("type"), QStringLiteral("Module") } } },
        { QStringLiteral("asset2"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Train Model") },
                { QStringLiteral("type"), QStringLiteral("Module") } } } };
    const QJsonObject nodes {
        { QStringLiteral("node1"), QJsonObject { { QStringLiteral("assetId"), QStringLiteral("asset1") } } },
        { QStringLiteral("node2"),
            QJsonObject { { QStringLiteral("assetId"), QStringLiteral("asset2") },
                { QStringLiteral("parameters"),
                    QJsonObject { { QStringLiteral("Label column"),
                        QJsonObject {
                            { QStringLiteral("value"), labelValue.isEmpty() ? label : labelValue } } } } } } }
    };
    return { { QStringLiteral("name"), name },
        { QStringLiteral("properties"),
            QJsonObject { { QStringLiteral("assets"), assets },
                { QStringLiteral("input"), table(QStringLiteral("input1"), inputs) },
                { QStringLiteral("package"), QJsonObject { { QStringLiteral("nodes"), nodes } } } } } };
}

inline QJsonObject censusTraining()
{
    return trainingService(QStringLiteral("census-retraining"), censusFeatures, QStringLiteral("income"),
        QStringLiteral("String"), QStringLiteral("Two-Class Logistic Regression"));
}
inline QJsonObject housingTraining()
{
    return trainingService(QStringLiteral("housing-retraining"), housingFeatures, QStringLiteral("price"),
        QStringLiteral("Number"), QStringLiteral("Linear Regression"));
}

// A predictive service named `name` whose trained model asset (asset3) is at uri.
inline QJsonObject predictiveService(const QString &name, const Columns &inputs, const Columns &outputs,
    const QString &uri = modelUrl(QStringLiteral("current.ilearner")))
{
    const QJsonObject assets { { QStringLiteral("asset3"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("Model [trained model]") },
            { QStringLiteral("type"), QStringLiteral("Resource") },
            { QStringLiteral("locationInfo"), QJsonObject { { QStringLiteral("uri"), uri } } } } } };
    return { { QStringLiteral("name"), name }, { QStringLiteral("location"), QStringLiteral("local") },
        { QStringLiteral("properties"),
            QJsonObject {
                { QStringLiteral("storageAccount"),
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("devstoreaccount1") } } },
                { QStringLiteral("provisioningState"), QStringLiteral("Succeeded") },
                { QStringLiteral("packageType"), QStringLiteral("Graph") },
                { QStringLiteral("assets"), assets },
                { QStringLiteral("input"), table(QStringLiteral("input1"), inputs) },
                { QStringLiteral("output"), table(QStringLiteral("output1"), outputs) } } } };
}

inline QJsonObject censusPredictive(const QString &uri = modelUrl(QStringLiteral("current.ilearner")))
{
    return predictiveService(QStringLiteral("census-predictive"), censusFeatures,
        { { QStringLiteral("Scored Labels"), QStringLiteral("String") },
            { QStringLiteral("Scored Probabilities"), QStringLiteral("Number") } },
        uri);
}
inline QJsonObject housingPredictive()
{
    return predictiveService(QStringLiteral("housing-predictive"), housingFeatures,
        { { QStringLiteral("Scored Labels"), QStringLiteral("Number") } });
}

// A finished job of census-retraining (profile "demo") whose model is models/<blob>.
inline ml::JobRecord job(ml::JobState state = ml::JobState::Finished,
    const QString &training = QStringLiteral("census-retraining"),
    const QString &blob = QStringLiteral("new.ilearner"))
{
    ml::JobRecord j;
    j.jobId = QStringLiteral("job42");
    j.profile = QStringLiteral("demo");
    j.serviceName = training;
    j.state = state;
    j.outputs.insert(QStringLiteral("output1"), QUrl(modelUrl(blob)));
    j.roles.insert(QStringLiteral("model"), QStringLiteral("output1"));
    return j;
}

} // namespace mlr::test::guard
