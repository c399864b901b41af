// The BES client against mlstudio-local + Azurite: upload, submit, start, monitor to the end,
// the journal; 20 % transient faults on the client side (FaultyNetworkAccessManager) and on
// the service (PUT /admin/faults); a lost submit answer; a service restarted mid-job; cancel
// during the job; a wrong output extension; a job failing in the service; a wrong key.
#include "azuriteenv.h"
#include "faultynetworkaccessmanager.h"
#include "ml/besjobmonitor.h"
#include "ml/besjobs.h"
#include "ml/joboutputs.h"
#include "ml/retrainsubmission.h"
#include "storage/blobservice.h"
#include "tst_serversupport.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mlr;
using namespace mlr::ml;
using namespace mlr::test;
using std::chrono::milliseconds;

namespace {

const QString container = QStringLiteral("bes-flow");

RetryPolicy quickPolicy()
{
    return RetryPolicy { 6, milliseconds(20), milliseconds(200) };
}

// Jobs the service knows for the training service (mlstudio-local's GET .../jobs extension).
int serviceJobCount(const QString &base, const QString &key)
{
    const HttpResult r = http("GET", QUrl(base + QStringLiteral("/jobs?api-version=2.0")), {}, bearer(key));
    return r.status == 200 ? int(r.json().value(QStringLiteral("Jobs")).toArray().size()) : -1;
}

} // namespace

class TestBesFlow : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QJsonObject m_demo;
    StorageAccount m_account;
    QString m_base, m_key, m_serviceName;
    ServiceSwagger m_swagger;
    QTemporaryDir m_dir;
    QString m_csv;
    QNetworkAccessManager m_nam;

    SubmissionRequest request(const QString &journal) const
    {
        SubmissionRequest r;
        r.profile = QStringLiteral("test");
        r.serviceName = m_serviceName;
        r.endpoint = *BesEndpoint::fromUrl(QUrl(m_base), m_key, nullptr);
        r.storage = m_account;
        r.container = container;
        r.swagger = m_swagger;
        r.inputFile = m_csv;
        r.journalDirectory = journal;
        return r;
    }

    // Runs a submission to its end; the record and the error.
    std::pair<JobRecord, Error> submit(
        QNetworkAccessManager *nam, const SubmissionRequest &r, qint64 blockSize = 0)
    {
        RetrainSubmission submission(nam, r);
        submission.setRetryPolicy(quickPolicy());
        submission.setUploadBlockSize(blockSize);
        QSignalSpy done(&submission, &RetrainSubmission::finished);
        submission.start();
        if (!done.wait(60000))
            return { {}, Error::input(QStringLiteral("submission timed out")) };
        return { done.first().at(0).value<JobRecord>(), done.first().at(1).value<Error>() };
    }

    std::pair<BesJobStatus, Error> follow(QNetworkAccessManager *nam, const JobRecord &record,
        const QString &journal, milliseconds firstDelay = milliseconds(50))
    {
        BesJobMonitor monitor(nam, *BesEndpoint::fromUrl(record.batchUrl, m_key, nullptr), record.jobId);
        monitor.setPollDelays(firstDelay, firstDelay * 6);
        monitor.setRetryPolicy(quickPolicy());
        monitor.setJournalRecord(record, journal);
        QSignalSpy done(&monitor, &BesJobMonitor::finished);
        monitor.start();
        if (!done.wait(90000))
            return { {}, Error::input(QStringLiteral("monitor timed out")) };
        return { done.first().at(0).value<BesJobStatus>(), done.first().at(1).value<Error>() };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_server.start({ QStringLiteral("--seed-demo") }, &why), qPrintable(why));
        m_demo = m_server.demo();
        Error error;
        m_account = *StorageAccount::fromConnectionString(
            m_demo.value(QStringLiteral("storageConnectionString")).toString(), &error);
        const QJsonObject training = m_demo.value(QStringLiteral("trainingService")).toObject();
        m_base = training.value(QStringLiteral("batchUrl")).toString();
        m_key = training.value(QStringLiteral("apiKey")).toString();
        m_serviceName = training.value(QStringLiteral("name")).toString();

        ServiceSwaggerFetch fetch(&m_nam, swaggerUrlFor(QUrl(m_base)));
        QSignalSpy fetched(&fetch, &ServiceSwaggerFetch::finished);
        fetch.start();
        QVERIFY(fetched.wait(20000));
        QVERIFY2(!fetched.first().at(1).value<Error>(),
            qPrintable(fetched.first().at(1).value<Error>().message()));
        m_swagger = fetched.first().at(0).value<ServiceSwagger>();
        QCOMPARE(rolesToOutputs(outputRoles(m_swagger.outputs)).size(), 3);

        // 3000 rows of the drifted census data: quick to upload and train.
        QFile source(QDir(m_server.dataDir()).filePath(QStringLiteral("census-new.csv")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray data;
        for (int i = 0; i < 3001 && !source.atEnd(); ++i)
            data += source.readLine();
        m_csv = m_dir.filePath(QStringLiteral("census-new.csv"));
        QFile csv(m_csv);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(data);
        csv.close();

        BlobService blobs(&m_nam, m_account);
        std::unique_ptr<ContainerCreateJob> create(blobs.createContainer(container, nullptr));
        QSignalSpy created(create.get(), &ContainerCreateJob::finished);
        create->start();
        QVERIFY(created.wait());
    }

    void submitMonitorFinished()
    {
        QTemporaryDir journalDir;
        const auto [record, error] = submit(&m_nam, request(journalDir.path()));
        QVERIFY2(!error, qPrintable(error.message()));
        QVERIFY(!record.jobId.isEmpty());
        QCOMPARE(record.state, JobState::Running);
        QVERIFY(record.inputs.value(QStringLiteral("input1")).path().endsWith(QStringLiteral("/input.csv")));
        QVERIFY(record.outputFor(QStringLiteral("model")).path().endsWith(QStringLiteral("/model.ilearner")));
        QVERIFY(record.outputFor(QStringLiteral("evaluation"))
                    .path()
                    .endsWith(QStringLiteral("/evaluation.csv")));
        QVERIFY(record.outputFor(QStringLiteral("scored")).path().endsWith(QStringLiteral("/scored.csv")));
        const QRegularExpression layout(u'/' + container + u'/' + m_serviceName
            + QStringLiteral("/\\d{8}-\\d{6}-[0-9a-f]{4}/model\\.ilearner$"));
        QVERIFY2(layout.match(record.outputFor(QStringLiteral("model")).path()).hasMatch(),
            qPrintable(record.outputFor(QStringLiteral("model")).path()));
        QVERIFY(!record.outputFor(QStringLiteral("model")).hasQuery()); // no SAS in the journal
        QCOMPARE(JobJournal(journalDir.path()).find(record.jobId)->state, JobState::Running);

        const auto [status, monitorError] = follow(&m_nam, record, journalDir.path());
        QVERIFY2(!monitorError, qPrintable(monitorError.message()));
        QCOMPARE(status.state, JobState::Finished);
        const QString evaluationOutput = record.roles.value(QStringLiteral("evaluation"));
        const BlobReference evaluation = status.results.value(evaluationOutput);
        QVERIFY(evaluation.isSas());
        const QByteArray csv = getUrl(evaluation.sasUrl());
        QVERIFY2(csv.contains("AUC"), csv.constData());
        QCOMPARE(evaluation.blobUrl(), record.outputs.value(evaluationOutput));

        const JobRecord saved = *JobJournal(journalDir.path()).find(record.jobId);
        QCOMPARE(saved.state, JobState::Finished);
        QVERIFY(saved.started.isValid());
        QVERIFY(saved.ended.isValid());
        QVERIFY(saved.ended >= saved.started);
        QCOMPARE(saved.parameters.value(QStringLiteral("Random seed")).toInt(), 42);
        const QByteArray file = [&] {
            QFile f(JobJournal(journalDir.path()).filePath());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!file.contains("sig="));
        QVERIFY(!file.contains(m_key.toUtf8()));
        QVERIFY(!file.contains(m_account.key.toUtf8()));
    }

    void connectionStringReferences()
    {
        QTemporaryDir journalDir;
        SubmissionRequest r = request(journalDir.path());
        r.references.useConnectionString = true;
        r.parameters.insert(QStringLiteral("Random seed"), QStringLiteral("7"));
        const auto [record, error] = submit(&m_nam, r);
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(record.parameters.value(QStringLiteral("Random seed")).toLongLong(), 7);
        const auto [status, monitorError] = follow(&m_nam, record, journalDir.path());
        QVERIFY2(!monitorError, qPrintable(monitorError.message()));
        QCOMPARE(status.state, JobState::Finished);
    }

    // Cancel while the CSV is still uploading: the upload stops, no job is created.
    void cancelDuringUpload()
    {
        QTemporaryDir journalDir;
        const QString big = m_dir.filePath(QStringLiteral("big.csv"));
        {
            QFile in(m_csv);
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QByteArray all = in.readAll();
            const QByteArray header = all.left(all.indexOf('\n') + 1);
            const QByteArray rows = all.mid(header.size());
            QFile out(big);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(header);
            for (int i = 0; i < 40; ++i) // ~12 MB
                out.write(rows);
        }
        SubmissionRequest r = request(journalDir.path());
        r.inputFile = big;
        const int jobsBefore = serviceJobCount(m_base, m_key);
        RetrainSubmission submission(&m_nam, r);
        submission.setUploadBlockSize(256 * 1024);
        QSignalSpy progress(&submission, &RetrainSubmission::uploadProgress);
        QSignalSpy done(&submission, &RetrainSubmission::finished);
        submission.start();
        QVERIFY(progress.wait(20000));
        QCOMPARE(submission.stage(), RetrainSubmission::Stage::Uploading);
        submission.cancel();
        QVERIFY(done.wait(20000));
        QVERIFY(done.first().at(1).value<Error>().isCancelled());
        QVERIFY(done.first().at(0).value<JobRecord>().jobId.isEmpty());
        QTest::qWait(200);
        QCOMPARE(done.size(), 1);
        QCOMPARE(serviceJobCount(m_base, m_key), jobsBefore);
        QVERIFY(JobJournal(journalDir.path()).jobs().isEmpty());
    }

    // Result SAS tokens expire (about a day): a re-GET gives fresh ones that work.
    void refreshResultSas()
    {
        QTemporaryDir journalDir;
        const auto [record, error] = submit(&m_nam, request(journalDir.path()));
        QVERIFY2(!error, qPrintable(error.message()));
        BesJobMonitor monitor(&m_nam, *BesEndpoint::fromUrl(record.batchUrl, m_key, nullptr), record.jobId);
        monitor.setPollDelays(milliseconds(50), milliseconds(300));
        QSignalSpy done(&monitor, &BesJobMonitor::finished);
        monitor.start();
        QVERIFY(done.wait(60000));
        const QString model = record.roles.value(QStringLiteral("model"));
        const BlobReference first = monitor.lastStatus().results.value(model);
        QTest::qWait(1100); // the service mints tokens with second resolution
        QSignalSpy refreshed(&monitor, &BesJobMonitor::resultsRefreshed);
        monitor.refreshResults();
        QVERIFY(refreshed.wait(20000));
        QVERIFY(!refreshed.first().at(1).value<Error>());
        const BlobReference fresh = monitor.lastStatus().results.value(model);
        QVERIFY(fresh.sasBlobToken != first.sasBlobToken);
        QVERIFY(getUrl(fresh.sasUrl()).startsWith("MLSTUDIO-ILEARNER"));
        QCOMPARE(done.size(), 1);
    }

    // 20 % of the client's requests fail transiently (upload blocks, commit, submit, start,
    // polls): the flow completes, the upload is intact, one job only.
    void clientSideFaults()
    {
        QTemporaryDir journalDir;
        FaultyNetworkAccessManager faulty(0.2, 7);
        const int jobsBefore = serviceJobCount(m_base, m_key);
        const auto [record, error] = submit(&faulty, request(journalDir.path()), 16 * 1024); // ~20 blocks
        QVERIFY2(!error, qPrintable(error.message()));
        const auto [status, monitorError] = follow(&faulty, record, journalDir.path());
        QVERIFY2(!monitorError, qPrintable(monitorError.message()));
        QCOMPARE(status.state, JobState::Finished);
        QVERIFY2(faulty.requests() >= 25 && faulty.faults() >= 3,
            qPrintable(
                QStringLiteral("%1 faults in %2 requests").arg(faulty.faults()).arg(faulty.requests())));
        QVERIFY(faulty.faults(FaultyNetworkAccessManager::Fault::AnswerLost) >= 1);
        QCOMPARE(serviceJobCount(m_base, m_key), jobsBefore + 1);
        // Nothing lost: the uploaded blob is the file, byte for byte.
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QUrl input = record.inputs.value(QStringLiteral("input1"));
        const QUrl sas = BlobService(&m_nam, m_account)
                             .blobSasUrl(container, input.path().section(u'/', 3), SasPermissions::readOnly(),
                                 QDateTime::currentDateTimeUtc().addSecs(600));
        QCOMPARE(getUrl(sas), file.readAll());
    }

    // The answer of the submit POST is lost after the job was created: not sent again.
    void lostSubmitAnswerNotRepeated()
    {
        QTemporaryDir journalDir;
        FaultyNetworkAccessManager faulty(1.0, 3);
        faulty.setPostAnswersMayBeLost(true);
        faulty.setPathFilter(QStringLiteral("/jobs")); // the upload goes through untouched
        const int jobsBefore = serviceJobCount(m_base, m_key);
        const auto [record, error] = submit(&faulty, request(journalDir.path()));
        QVERIFY(error.isError());
        QVERIFY2(error.message().contains(QStringLiteral("may have created")), qPrintable(error.message()));
        QCOMPARE(faulty.faults(FaultyNetworkAccessManager::Fault::AnswerLost), 1);
        QCOMPARE(serviceJobCount(m_base, m_key), jobsBefore + 1);
    }

    // The service answers 20 % of the polls with 503: the monitor rides through them.
    void serviceSideFaults()
    {
        QTemporaryDir journalDir;
        const auto [record, error] = submit(&m_nam, request(journalDir.path()));
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(http("PUT", QUrl(m_server.ml + QStringLiteral("/admin/faults")), "seed=5; bes.get=503,p=0.2")
                     .status,
            200);
        const auto [status, monitorError] = follow(&m_nam, record, journalDir.path(), milliseconds(5));
        const HttpResult faults = http("GET", QUrl(m_server.ml + QStringLiteral("/admin/faults")));
        QCOMPARE(http("DELETE", QUrl(m_server.ml + QStringLiteral("/admin/faults"))).status / 100, 2);
        QVERIFY2(!monitorError, qPrintable(monitorError.message()));
        QCOMPARE(status.state, JobState::Finished);
        const QJsonObject rule = faults.json().value(QStringLiteral("rules")).toArray().at(0).toObject();
        QVERIFY2(rule.value(QStringLiteral("fired")).toInt() >= 1
                && rule.value(QStringLiteral("matched")).toInt() >= 2,
            faults.body.constData());
    }

    void wrongOutputExtensionRefusedBeforeSubmit()
    {
        QTemporaryDir journalDir;
        SubmissionRequest r = request(journalDir.path());
        const QString model = rolesToOutputs(outputRoles(m_swagger.outputs)).value(QStringLiteral("model"));
        r.outputBlobs.insert(model, QStringLiteral("x/model.csv"));
        const int jobsBefore = serviceJobCount(m_base, m_key);
        FaultyNetworkAccessManager counting(0.0);
        const auto [record, error] = submit(&counting, r);
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY2(error.message().contains(QStringLiteral(".ilearner")), qPrintable(error.message()));
        QCOMPARE(counting.requests(), 0);
        QCOMPARE(serviceJobCount(m_base, m_key), jobsBefore);
        QVERIFY(JobJournal(journalDir.path()).jobs().isEmpty());
    }

    void wrongKey()
    {
        QTemporaryDir journalDir;
        SubmissionRequest r = request(journalDir.path());
        r.endpoint.apiKey = QStringLiteral("wrong-key-0000000000");
        const auto [record, error] = submit(&m_nam, r);
        QVERIFY(error.isAuthError());
        QVERIFY(error.message().contains(QStringLiteral("401")));
        QVERIFY(JobJournal(journalDir.path()).jobs().isEmpty());
    }

    // A CSV without the label column (the data check skipped): the job fails in the service.
    void jobFailsInService()
    {
        QTemporaryDir journalDir;
        QFile in(m_csv);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray noLabel;
        while (!in.atEnd()) {
            QByteArray line = in.readLine().trimmed();
            noLabel += line.left(line.lastIndexOf(',')) + '\n';
        }
        const QString path = m_dir.filePath(QStringLiteral("nolabel.csv"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(noLabel);
        out.close();
        SubmissionRequest r = request(journalDir.path());
        r.inputFile = path;
        const auto [record, error] = submit(&m_nam, r);
        QVERIFY2(!error, qPrintable(error.message()));
        const auto [status, monitorError] = follow(&m_nam, record, journalDir.path());
        QVERIFY(!monitorError);
        QCOMPARE(status.state, JobState::Failed);
        QVERIFY2(status.details.contains(QStringLiteral("Error 00")), qPrintable(status.details));
        const JobRecord saved = *JobJournal(journalDir.path()).find(record.jobId);
        QCOMPARE(saved.state, JobState::Failed);
        QCOMPARE(saved.details, status.details);
    }

    // A second service with slow jobs: cancel during the job, then a restart mid-job.
    void cancelAndRestartMidJob()
    {
        ServerProcess slow;
        QString why;
        QVERIFY2(slow.start({ QStringLiteral("--seed-demo"), QStringLiteral("--job-delay"),
                                QStringLiteral("15000") },
                     &why),
            qPrintable(why));
        const QJsonObject training = slow.demo().value(QStringLiteral("trainingService")).toObject();
        QTemporaryDir journalDir;
        SubmissionRequest r = request(journalDir.path());
        r.endpoint = *BesEndpoint::fromUrl(QUrl(training.value(QStringLiteral("batchUrl")).toString()),
            training.value(QStringLiteral("apiKey")).toString(), nullptr);
        const QString keepKey = m_key;
        m_key = r.endpoint.apiKey; // follow() reads it

        // Cancel during the job: DELETE -> Cancelled, the monitor ends once.
        {
            const auto [record, error] = submit(&m_nam, r);
            QVERIFY2(!error, qPrintable(error.message()));
            BesCancelJob cancel(&m_nam, r.endpoint, record.jobId);
            QSignalSpy cancelled(&cancel, &BesCancelJob::finished);
            cancel.start();
            QVERIFY(cancelled.wait());
            QVERIFY(!cancelled.first().at(0).value<Error>());
            const auto [status, monitorError] = follow(&m_nam, record, journalDir.path());
            QVERIFY(!monitorError);
            QCOMPARE(status.state, JobState::Cancelled);
            QCOMPARE(JobJournal(journalDir.path()).find(record.jobId)->state, JobState::Cancelled);
        }

        // Restart mid-job: the monitor reports the outage, keeps polling, and sees the job
        // come back Failed with the service's Details.
        const auto [record, error] = submit(&m_nam, r);
        QVERIFY2(!error, qPrintable(error.message()));
        BesJobMonitor monitor(&m_nam, r.endpoint, record.jobId);
        monitor.setPollDelays(milliseconds(50), milliseconds(200));
        monitor.setRetryPolicy(RetryPolicy { 2, milliseconds(10), milliseconds(20) });
        monitor.setJournalRecord(record, journalDir.path());
        QSignalSpy problems(&monitor, &BesJobMonitor::connectionProblem);
        QSignalSpy restored(&monitor, &BesJobMonitor::connectionRestored);
        QSignalSpy done(&monitor, &BesJobMonitor::finished);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), JobState::Running, 10000);
        const QString dataDir = slow.dataDir();
        const QString ports = QStringLiteral("%1,%2,%3")
                                  .arg(QUrl(slow.ml).port())
                                  .arg(QUrl(slow.arm).port())
                                  .arg(QUrl(slow.login).port());
        slow.stop();
        QTRY_VERIFY_WITH_TIMEOUT(problems.size() >= 2, 10000);
        QCOMPARE(done.size(), 0);
        ServerProcess again;
        QVERIFY2(again.start({ QStringLiteral("--ports"), ports }, &why, dataDir), qPrintable(why));
        QVERIFY(done.wait(20000));
        QCOMPARE(restored.size(), 1);
        const BesJobStatus status = done.first().at(0).value<BesJobStatus>();
        QVERIFY(!done.first().at(1).value<Error>());
        QCOMPARE(status.state, JobState::Failed);
        QVERIFY2(status.details.contains(QStringLiteral("interrupted")), qPrintable(status.details));
        QCOMPARE(JobJournal(journalDir.path()).find(record.jobId)->state, JobState::Failed);
        again.stop();
        m_key = keepKey;
    }
};

QTEST_GUILESS_MAIN(TestBesFlow)
#include "tst_besflow.moc"
