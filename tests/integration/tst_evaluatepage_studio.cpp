// The Evaluate page against mlstudio-local and Azurite, offscreen: a real retraining job of
// the seeded census service on its drifted data is in the job journal; the page, opened with
// that job id, reads the keys, runs the EvaluationJob (downloads, parsing and champion
// scoring off the GUI thread, with progress), and shows the comparison: the metrics table
// with the gate's badges, the curves of both models and the confusion matrices under the
// threshold slider. Also: a missing predictive key and a job that is not in the journal.
#include "azuriteenv.h"
#include "evalconfusionmodel.h"
#include "evalmetricsmodel.h"
#include "evaluatepage.h"
#include "guitest.h"
#include "ml/jobjournal.h"
#include "secrets/secretjobs.h"
#include "secrets/secretstore.h"
#include "storage/storageaccount.h"
#include "tst_serversupport.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace mlr;
using namespace mlr::gui;
using namespace mlr::test;
using mlr::gui::test::WizardFixture;

namespace {

constexpr auto Evaluate = RetrainWizard::EvaluatePageId;
const QString profileName = u"Studio"_s;

} // namespace

class TestEvaluatePageStudio : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QJsonObject m_demo;
    QString m_connection;
    QTemporaryDir m_dataDir;
    ml::JobRecord m_job;

    // Uploads the demo's drifted census CSV and runs the training service on it.
    ml::JobRecord retrain()
    {
        const QJsonObject training = m_demo[u"trainingService"_s].toObject();
        const QString csv = u"census-new.csv"_s;
        QFile file(m_server.dataDir() + u'/' + csv);
        if (!file.open(QIODevice::ReadOnly) || !putBlob(m_connection, u"evalpage"_s, csv, file.readAll()))
            return {};
        const QString base = training[u"batchUrl"_s].toString();
        const QString key = training[u"apiKey"_s].toString();
        const QString id = besSubmitAndStart(
            base, key, besTrainingRequest(m_connection, u"evalpage/"_s + csv, u"evalpage"_s));
        if (id.isEmpty())
            return {};
        const QJsonObject status = waitJob(base + u"/jobs/"_s + id + u"?api-version=2.0"_s, key);
        if (status[u"StatusCode"_s].toString() != u"Finished")
            return {};
        ml::JobRecord r;
        r.jobId = id;
        r.profile = profileName;
        r.serviceName = training[u"name"_s].toString();
        r.batchUrl = QUrl(base);
        const QString outputs
            = StorageAccount::fromConnectionString(m_connection, nullptr)->blobEndpoint.toString()
            + u"/bes-out/evalpage"_s;
        r.outputs = { { u"output1"_s, QUrl(outputs + u"-model.ilearner"_s) },
            { u"output2"_s, QUrl(outputs + u"-evaluation.csv"_s) },
            { u"output3"_s, QUrl(outputs + u"-scored.csv"_s) } };
        r.roles = { { u"model"_s, u"output1"_s }, { u"evaluation"_s, u"output2"_s },
            { u"scored"_s, u"output3"_s } };
        r.state = ml::JobState::Finished;
        return r;
    }

    // A wizard on the Evaluate step for `jobId`, the profile pointing at the demo services;
    // the predictive key stored in the (session) secret store when `withKey`.
    std::unique_ptr<WizardFixture> open(const QString &jobId, bool withKey)
    {
        return std::make_unique<WizardFixture>(Evaluate, [&](WizardState &state) {
            Profile profile;
            profile.name = profileName;
            profile.predictiveRequestUrl
                = QUrl(m_demo[u"predictiveService"_s].toObject()[u"requestUrl"_s].toString());
            profile.trainingBatchUrl
                = QUrl(m_demo[u"trainingService"_s].toObject()[u"batchUrl"_s].toString());
            state.setProfile(profile);
            state.setStorageAccount(StorageAccount::fromConnectionString(m_connection, nullptr));
            const QString key
                = withKey ? m_demo[u"predictiveService"_s].toObject()[u"apiKey"_s].toString() : QString();
            SecretWriteJob *write
                = state.secrets()->write(profileName, SecretKind::PredictiveApiKey, key, nullptr);
            QSignalSpy written(write, &SecretWriteJob::finished);
            write->start();
            QVERIFY(written.wait(10000));
            delete write;
            state.setJobId(jobId);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        MLR_REQUIRE_AZURITE(azurite);
        Q_UNUSED(azurite);
        QVERIFY(m_dataDir.isValid());
        qputenv("MLR_DATA_DIR", m_dataDir.path().toUtf8()); // the job journal
        QString why;
        QVERIFY2(m_server.start({ u"--seed-demo"_s }, &why), qPrintable(why));
        m_demo = m_server.demo();
        m_connection = m_demo[u"storageConnectionString"_s].toString();
        m_job = retrain();
        QVERIFY(!m_job.jobId.isEmpty());
        QVERIFY(!ml::JobJournal().record(m_job));
    }

    void loadsAndShowsTheComparison()
    {
        const auto f = open(m_job.jobId, true);
        auto *page = qobject_cast<EvaluatePage *>(f->page(Evaluate));
        QVERIFY(page);
        QSignalSpy ready(page, &EvaluatePage::analysisReady);
        QSignalSpy busy(page, &WizardPage::busyChanged);
        QVERIFY(page->isBusy()); // initializePage() started loading
        auto *progress = page->findChild<QLabel *>(u"progressLabel"_s);
        QStringList stages;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] {
            if (stages.isEmpty() || stages.last() != progress->text())
                stages.append(progress->text());
        });
        sampler.start(5);
        QVERIFY2(
            ready.wait(180000), qPrintable(page->findChild<InlineMessage *>(u"statusMessage"_s)->text()));
        sampler.stop();
        QVERIFY(!page->isBusy());
        QVERIFY(busy.size() >= 1);
        QVERIFY2(stages.size() >= 3, qPrintable(stages.join(u" | "_s))); // several stages were shown

        // The table: the census metrics of both models, the new one better on drifted data.
        EvalMetricsModel *metrics = page->metricsModel();
        QCOMPARE(metrics->rowCount(), 6);
        QCOMPARE(metrics->index(4, 0).data().toString(), u"AUC"_s);
        const double newAuc = metrics->index(4, 1).data().toDouble();
        const double currentAuc = metrics->index(4, 2).data().toDouble();
        QVERIFY2(
            newAuc > currentAuc && currentAuc > 0.7, qPrintable(u"%1 vs %2"_s.arg(newAuc).arg(currentAuc)));
        QVERIFY(metrics->index(4, 4).data().toString().contains(u"Pass"_s));
        // The same rows for both: 2500 test rows in every matrix.
        QCOMPARE(page->newMatrix()->index(2, 2).data().toString(), QLocale().toString(2500));
        QCOMPARE(page->currentMatrix()->index(2, 2).data().toString(), QLocale().toString(2500));
        // The ROC chart has both models' curves, downsampled.
        QChart *roc = page->findChild<QChartView *>(u"curveChartView"_s)->chart();
        int curves = 0;
        for (QAbstractSeries *s : roc->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(s); line && line->count() > 2) {
                ++curves;
                QVERIFY(line->count() <= 401);
            }
        }
        QCOMPARE(curves, 2);
        // MLR_SCREENSHOT_DIR: also render each tab (for the README), real census figures.
        if (const QString dir = qEnvironmentVariable("MLR_SCREENSHOT_DIR"); !dir.isEmpty()) {
            auto *tabs = page->findChild<QTabWidget *>(u"evaluationTabs"_s);
            f->wizard->resize(1100, 800);
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabEnabled(i))
                    continue;
                tabs->setCurrentIndex(i);
                QTest::qWait(50);
                QVERIFY(f->wizard->grab().save(
                    dir + u"/evaluate-"_s + tabs->widget(i)->objectName() + u".png"_s));
            }
        }
        // The slider moves the matrices.
        const qint64 before = page->newMatrix()->count(1, 1);
        page->setThreshold(0.2);
        QVERIFY(page->newMatrix()->count(1, 1) > before);
    }

    void missingPredictiveKey()
    {
        const auto f = open(m_job.jobId, false);
        auto *page = f->page(Evaluate);
        MLR_WAIT_IDLE(page, 10000);
        auto *message = page->findChild<InlineMessage *>(u"statusMessage"_s);
        QCOMPARE(message->kind(), InlineMessage::Kind::Error);
        QVERIFY2(message->text().contains(u"API key is not set"_s), qPrintable(message->text()));
        QVERIFY(message->actionButton()->isVisible());
    }

    void jobNotInJournal()
    {
        const auto f = open(u"0123456789abcdef"_s, true);
        auto *page = f->page(Evaluate);
        MLR_WAIT_IDLE(page, 10000);
        auto *message = page->findChild<InlineMessage *>(u"statusMessage"_s);
        QVERIFY2(message->text().contains(u"not in the job journal"_s), qPrintable(message->text()));
    }
};

QTEST_MAIN(TestEvaluatePageStudio)
#include "tst_evaluatepage_studio.moc"
