// The Evaluate step for an Azure Machine Learning (v2) job against mlstudio-local over HTTPS
// (its CA trusted through the profile) and Azurite: the production job re-run on the demo's
// new CSV (AmlRetrainSubmission, journaled with kind azureml in the test's MLR_DATA_DIR), then
// the page, opened on the Evaluate step with the state signed in, shows both AUCs on the same
// rows, the curves, the confusion matrices under the slider and the gate's verdict, and the
// history has the Evaluation event. Without the scored test split only the reported metrics are
// compared (the row-based tabs hidden, a note says why); a job that is not Completed, or not in
// the workspace, shows an inline error.
#include "amlguitest.h"
#include "amlretraining.h"
#include "azureml/amlsubmission.h"
#include "azureml/datastoreaccess.h"
#include "azureml/productionmodeljob.h"
#include "evalconfusionmodel.h"
#include "evalmetricsmodel.h"
#include "evaluatepage.h"
#include "guitest.h"
#include "history/history.h"
#include "ml/jobjournal.h"
#include "storage/storageclient.h"
#include "tst_amlsupport.h"
#include "tst_serversupport.h"

#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr;
using namespace mlr::gui;
using namespace mlr::gui::test;
using namespace mlr::test;

class TestAmlEvaluatePage : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QJsonObject m_demo; // the whole demo.json
    AmlClient m_aml;
    QNetworkAccessManager m_nam;
    ml::JobRecord m_job; // the completed retraining

    QJsonObject aml() const { return m_demo[u"azureml"_s].toObject(); }

    std::unique_ptr<WizardFixture> open(const QString &jobId)
    {
        return std::make_unique<WizardFixture>(RetrainWizard::EvaluatePageId, [&](WizardState &state) {
            QString why;
            QVERIFY2(prepareAmlState(state, m_demo, &why), qPrintable(why));
            state.setJobId(jobId);
        });
    }

    // A journal record of kind azureml for `job`, retraining the demo's endpoint.
    ml::JobRecord record(const QString &job)
    {
        ml::JobRecord r;
        r.kind = ml::JobKind::AzureMl;
        r.jobId = job;
        r.profile = u"Azure ML sandbox"_s;
        r.serviceName = aml()[u"endpoint"_s].toString();
        r.submitted = QDateTime::currentDateTimeUtc();
        return r;
    }

    static double auc(EvalMetricsModel *m, int column)
    {
        for (int row = 0; row < m->rowCount(); ++row)
            if (m->index(row, 0).data().toString() == u"AUC"_s)
                return m->index(row, column).data().toDouble();
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        // The retraining, with the core jobs the Submit step uses.
        QVERIFY2(startRetrainedSandbox(m_server, m_aml, &m_nam, &m_demo, &m_job, &why), qPrintable(why));
        QVERIFY(ml::JobJournal().find(m_job.jobId));
    }

    void showsTheComparisonOfTheRetrainedJob()
    {
        const auto f = open(m_job.jobId);
        auto *page = qobject_cast<EvaluatePage *>(f->page(RetrainWizard::EvaluatePageId));
        QVERIFY(page);
        QCOMPARE(f->wizard->currentPage(), page);
        QSignalSpy ready(page, &EvaluatePage::analysisReady);
        QVERIFY(page->isBusy()); // entering the step started the evaluation
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
        QVERIFY2(stages.join(u'|').contains(u"deployment blue"_s), qPrintable(stages.join(u" | "_s)));

        // Both AUCs, on the same rows, and the gate's verdict.
        const double newAuc = auc(page->metricsModel(), 1);
        const double currentAuc = auc(page->metricsModel(), 2);
        QVERIFY2(newAuc > 0.5 && currentAuc > 0.5 && newAuc != currentAuc,
            qPrintable(u"%1 vs %2"_s.arg(newAuc).arg(currentAuc)));
        auto *verdict = page->findChild<InlineMessage *>(u"verdictMessage"_s);
        QVERIFY(!verdict->text().isEmpty());
        QCOMPARE(verdict->kind(),
            f->state->verdict().passed ? InlineMessage::Kind::Positive : InlineMessage::Kind::Warning);
        QVERIFY(!page->findChild<QLabel *>(u"gateReasonsLabel"_s)->text().isEmpty());
        QVERIFY(page->findChild<InlineMessage *>(u"basisMessage"_s)->isHidden());

        // The curves and the matrices: every tab there, both ROC curves drawn.
        auto *tabs = page->findChild<QTabWidget *>(u"evaluationTabs"_s);
        const int curvesTab = tabs->indexOf(page->findChild<QWidget *>(u"curvesTab"_s));
        const int confusionTab = tabs->indexOf(page->findChild<QWidget *>(u"confusionTab"_s));
        QVERIFY(tabs->isTabVisible(curvesTab) && tabs->isTabEnabled(curvesTab));
        QVERIFY(tabs->isTabVisible(confusionTab) && tabs->isTabEnabled(confusionTab));
        int curves = 0;
        for (QAbstractSeries *s : page->findChild<QChartView *>(u"curveChartView"_s)->chart()->series())
            if (auto *line = qobject_cast<QLineSeries *>(s); line && line->count() > 2)
                ++curves;
        QCOMPARE(curves, 2);
        const qint64 rows = page->comparison()->challenger.rowCount();
        QVERIFY(rows > 100);
        QCOMPARE(page->newMatrix()->index(2, 2).data().toString(), QLocale().toString(rows));
        QCOMPARE(page->currentMatrix()->index(2, 2).data().toString(), QLocale().toString(rows));
        // The slider moves the matrices, like a user drags it.
        auto *slider = page->findChild<QSlider *>(u"thresholdSlider"_s);
        tabs->setCurrentIndex(confusionTab);
        slider->setFocus();
        const qint64 before = page->newMatrix()->count(1, 1);
        QTest::keyClick(slider, Qt::Key_Home);
        QCOMPARE(page->threshold(), 0.0);
        QVERIFY(page->newMatrix()->count(1, 1) >= before);
        page->setThreshold(1.0);
        QVERIFY(page->newMatrix()->count(1, 1) <= before);

        // The history has the Evaluation event (the Update step and the roll-out read it).
        QTRY_VERIFY_WITH_TIMEOUT(history::HistoryStore().lastEvaluation(m_job.jobId).has_value(), 10000);
        const history::Event event = *history::HistoryStore().lastEvaluation(m_job.jobId);
        QCOMPARE(event.details.value(u"passed"_s).toBool(), f->state->verdict().passed);
        QCOMPARE(event.profile, u"Azure ML sandbox"_s);
    }

    // No scored test split: the metrics both jobs reported, both columns, no row-based tabs.
    void metricsOnlyWithoutAScoredSplit()
    {
        const QString container = u"azureml-blobstore-"_s + aml()[u"workspaceId"_s].toString();
        const QString blob = u"azureml/%1/scored_data/scored.csv"_s.arg(m_job.jobId);
        const QString connection = aml()[u"storageConnectionString"_s].toString();
        const QByteArray saved = getBlob(connection, container, blob);
        QVERIFY(!saved.isEmpty());
        QVERIFY(deleteBlob(connection, container, blob));
        const auto f = open(m_job.jobId);
        auto *page = qobject_cast<EvaluatePage *>(f->page(RetrainWizard::EvaluatePageId));
        QSignalSpy ready(page, &EvaluatePage::analysisReady);
        const bool shown = ready.wait(180000);
        QVERIFY(putBlob(connection, container, blob, saved));
        QVERIFY2(shown, qPrintable(page->findChild<InlineMessage *>(u"statusMessage"_s)->text()));
        QVERIFY(page->findChild<InlineMessage *>(u"statusMessage"_s)->isHidden()); // not an error
        QCOMPARE(page->comparison()->challenger.rowCount(), 0);
        const double newAuc = auc(page->metricsModel(), 1);
        const double currentAuc = auc(page->metricsModel(), 2);
        QVERIFY2(newAuc > 0.5 && currentAuc > 0.5, qPrintable(u"%1 vs %2"_s.arg(newAuc).arg(currentAuc)));
        auto *basis = page->findChild<InlineMessage *>(u"basisMessage"_s);
        QVERIFY(!basis->isHidden());
        QVERIFY2(basis->text().contains(u"no scored test split"_s), qPrintable(basis->text()));
        QVERIFY2(basis->text().contains(u"not shown"_s), qPrintable(basis->text()));
        auto *tabs = page->findChild<QTabWidget *>(u"evaluationTabs"_s);
        for (const char *name : { "curvesTab", "confusionTab", "regressionTab" })
            QVERIFY(!tabs->isTabVisible(tabs->indexOf(page->findChild<QWidget *>(QLatin1String(name)))));
        QCOMPARE(tabs->currentWidget()->objectName(), u"metricsTab"_s);
        QVERIFY(!page->findChild<InlineMessage *>(u"verdictMessage"_s)->text().isEmpty());
        if (const QString dir = qEnvironmentVariable("MLR_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(f->wizard->grab().save(dir + u"/evaluate-azureml-metrics-only.png"_s));
    }

    // A sign-out while the job is being evaluated stops it (its token provider is gone) and says so.
    void signOutStopsTheEvaluation()
    {
        const auto f = open(m_job.jobId);
        auto *page = qobject_cast<EvaluatePage *>(f->page(RetrainWizard::EvaluatePageId));
        QVERIFY(page->isBusy());
        f->state->workspaceSession().signOut();
        MLR_WAIT_IDLE(page, 10000);
        auto *message = page->findChild<InlineMessage *>(u"statusMessage"_s);
        QCOMPARE(message->kind(), InlineMessage::Kind::Error);
        QVERIFY2(message->text().contains(u"sign-in changed"_s), qPrintable(message->text()));
        QVERIFY(!page->comparison());
    }

    void errorsShowInline_data()
    {
        QTest::addColumn<QString>("job");
        QTest::addColumn<QString>("says");
        QTest::newRow("not in the workspace") << u"no-such-job-42"_s << u"no-such-job-42"_s;
        QTest::newRow("not completed") << u"failed-retrain-1"_s << u"not Completed"_s;
    }

    void errorsShowInline()
    {
        QFETCH(QString, job);
        QFETCH(QString, says);
        if (job == u"failed-retrain-1"_s) { // trained on a label the data does not have: it fails
            const QString data
                = uploadToDatastore(aml(), aml()[u"newData"_s].toString(), u"retrain/gui-failed.csv"_s);
            QVERIFY(!data.isEmpty());
            const HttpResult put = m_aml.put(u"/jobs/"_s + job, trainingJobBody(data, u"no_such_column"_s));
            QVERIFY2(put.status == 200 || put.status == 201, qPrintable(put.describe()));
            QCOMPARE(m_aml.waitJob(job)[u"properties"_s][u"status"_s].toString(), u"Failed"_s);
        }
        QVERIFY(!ml::JobJournal().record(record(job)));
        const auto f = open(job);
        auto *page = f->page(RetrainWizard::EvaluatePageId);
        MLR_WAIT_IDLE(page, 60000);
        auto *message = page->findChild<InlineMessage *>(u"statusMessage"_s);
        QCOMPARE(message->kind(), InlineMessage::Kind::Error);
        QVERIFY2(message->text().contains(says), qPrintable(message->text()));
        QVERIFY(message->actionButton()->isVisible()); // Retry
        QVERIFY(!qobject_cast<EvaluatePage *>(page)->comparison());
        QVERIFY(!history::HistoryStore().lastEvaluation(job));
    }

private:
    bool deleteBlob(const QString &connection, const QString &container, const QString &blob)
    {
        const auto account = StorageAccount::fromConnectionString(connection, nullptr);
        if (!account)
            return false;
        StorageClient client { &m_nam, *account, RetryPolicy {}, RequestFactory {} };
        std::unique_ptr<HttpCall> call(
            client.newCall("DELETE", client.blobUrl(container, blob), {}, {}, u"test delete"_s, nullptr));
        QSignalSpy done(call.get(), &HttpCall::finished);
        call->start();
        return done.wait(30000) && !done.first().at(1).value<Error>();
    }
};

QTEST_MAIN(TestAmlEvaluatePage)
#include "tst_amlevaluatepage.moc"
