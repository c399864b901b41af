#pragma once

// Shared by the GUI tests of the v2 steps after Submit: the demo endpoint's production job
// re-run on the demo's new CSV with the core jobs the Submit step uses, journaled (kind azureml)
// in the test's MLR_DATA_DIR, and waited for until the sandbox says Completed; and the tests'
// common initTestCase around it (startRetrainedSandbox).

#include "amldemo.h"
#include "azureml/amlsubmission.h"
#include "azureml/datastoreaccess.h"
#include "azureml/productionmodeljob.h"
#include "http/trustedcas.h"
#include "ml/jobjournal.h"
#include "tst_amlsupport.h"
#include "tst_serversupport.h"

#include <QSignalSpy>

#include <optional>

namespace mlr::gui::test {

// `aml`: demo.json's "azureml" section. The finished record; nullopt with *why on a failure.
inline std::optional<ml::JobRecord> retrainDemoEndpoint(
    QNetworkAccessManager *nam, mlr::test::AmlClient &client, const QJsonObject &aml, QString *why)
{
    const auto tokens = mlr::test::demoTokens(nam, aml);
    const azureml::WorkspaceTarget target = mlr::test::demoWorkspace(aml);
    const auto failed = [why](const QString &stage, const QList<QVariant> &args) {
        const Error error = args.isEmpty() ? Error() : args.at(1).value<Error>();
        *why
            = stage + QStringLiteral(": ") + (args.isEmpty() ? QStringLiteral("timed out") : error.message());
        return args.isEmpty() || error;
    };
    azureml::ProductionModelJob production(
        nam, tokens.get(), target, aml.value(QStringLiteral("endpoint")).toString());
    QSignalSpy found(&production, &azureml::ProductionModelJob::finished);
    production.start();
    if (failed(QStringLiteral("production model"), found.wait(30000) ? found.first() : QList<QVariant> {}))
        return std::nullopt;
    azureml::DatastoreAccessJob datastore(nam, tokens.get(), target);
    QSignalSpy accessed(&datastore, &azureml::DatastoreAccessJob::finished);
    datastore.start();
    if (failed(QStringLiteral("datastore"), accessed.wait(30000) ? accessed.first() : QList<QVariant> {}))
        return std::nullopt;
    azureml::AmlSubmissionRequest request;
    request.profile = QStringLiteral("Azure ML sandbox");
    request.target = target;
    request.production = found.first().at(0).value<azureml::ProductionModel>();
    request.datastore = accessed.first().at(0).value<azureml::DatastoreAccess>();
    request.inputFile = aml.value(QStringLiteral("newData")).toString();
    azureml::AmlRetrainSubmission submission(nam, tokens.get(), request);
    QSignalSpy submitted(&submission, &azureml::AmlRetrainSubmission::finished);
    submission.start();
    if (failed(QStringLiteral("submission"), submitted.wait(60000) ? submitted.first() : QList<QVariant> {}))
        return std::nullopt;
    ml::JobRecord job = submitted.first().at(0).value<ml::JobRecord>();
    const QJsonObject done = client.waitJob(job.jobId);
    const QString status
        = done.value(QStringLiteral("properties")).toObject().value(QStringLiteral("status")).toString();
    if (status != QStringLiteral("Completed")) {
        *why = QStringLiteral("job %1 ended %2").arg(job.jobId, status);
        return std::nullopt;
    }
    // The Submit step's monitor would have recorded the end; the record says Finished here too.
    job.state = ml::JobState::Finished;
    if (const Error e = ml::JobJournal().record(job)) {
        *why = e.message();
        return std::nullopt;
    }
    return job;
}

// The initTestCase of those tests: mlstudio-local started with the demo and fast v2 timings
// (job pace 50 ms, provisioning 200 ms), *demo its demo.json, `client` opened on its
// workspace, its CA trusted for the core's requests, and the demo endpoint retrained
// (retrainDemoEndpoint) into *job. False with *why on a failure.
inline bool startRetrainedSandbox(mlr::test::ServerProcess &server, mlr::test::AmlClient &client,
    QNetworkAccessManager *nam, QJsonObject *demo, ml::JobRecord *job, QString *why)
{
    qRegisterMetaType<azureml::ProductionModel>();
    qRegisterMetaType<azureml::DatastoreAccess>();
    qRegisterMetaType<ml::JobRecord>();
    if (!server.start({ QStringLiteral("--seed-demo"), QStringLiteral("--aml-job-pace"), QStringLiteral("50"),
                          QStringLiteral("--aml-provision-delay"), QStringLiteral("200") },
            why))
        return false;
    *demo = server.demo();
    const QJsonObject aml = demo->value(QStringLiteral("azureml")).toObject();
    if (!client.open(aml, why))
        return false;
    if (const Error e = tls::trustCaFile(aml.value(QStringLiteral("caFile")).toString())) {
        *why = e.message();
        return false;
    }
    const std::optional<ml::JobRecord> retrained = retrainDemoEndpoint(nam, client, aml, why);
    if (!retrained)
        return false;
    *job = *retrained;
    return true;
}

} // namespace mlr::gui::test
