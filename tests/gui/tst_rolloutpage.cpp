// The Update step of an Azure Machine Learning (v2) profile (the roll-out view) against
// mlstudio-local over HTTPS (its CA trusted through the profile) and Azurite, driven like a
// user: the endpoint's deployments and the traffic bar as read; bad stages, a failed gate and a
// job that is not Completed change nothing (read back by raw ARM); Deploy creates the new
// deployment, smoke-tests it at 0 % with both deployments' predictions side by side, asks
// before each stage and the bar follows the read-back; Roll back puts the traffic back; Retire
// is refused while the old deployment has traffic, asks before deleting the rollback target,
// and deletes it; commands and the report name the roll-out.
#include "amlguitest.h"
#include "amlretraining.h"
#include "guitest.h"
#include "history/history.h"
#include "rolloutpage.h"
#include "trafficbar.h"
#include "tst_amlsupport.h"
#include "tst_serversupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace mlr;
using namespace mlr::gui;
using namespace mlr::gui::test;
using namespace mlr::test;

class TestRolloutPage : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QJsonObject m_demo; // the whole demo.json
    AmlClient m_aml;
    QNetworkAccessManager m_nam;
    ml::JobRecord m_job; // the completed retraining
    QTemporaryDir m_backups;

    QJsonObject aml() const { return m_demo[u"azureml"_s].toObject(); }
    QString endpoint() const { return aml()[u"endpoint"_s].toString(); }

    std::unique_ptr<WizardFixture> open(const QString &jobId)
    {
        auto f = std::make_unique<WizardFixture>(RetrainWizard::UpdatePageId, [&](WizardState &state) {
            QString why;
            QVERIFY2(prepareAmlState(state, m_demo, &why), qPrintable(why));
            state.setJobId(jobId);
        });
        // Backups in the test's folder, short polls and read-backs.
        page(*f)->setBackupDirectory(m_backups.path());
        page(*f)->setTimings(std::chrono::milliseconds(100), std::chrono::milliseconds(400), 10,
            std::chrono::milliseconds(200));
        return f;
    }

    static RolloutPage *page(const WizardFixture &f)
    {
        return qobject_cast<RolloutPage *>(f.page(RetrainWizard::RolloutPageId));
    }
    template<typename T> static T *find(const WizardFixture &f, const char *name)
    {
        return f.find<T>(RetrainWizard::RolloutPageId, name);
    }

    // The endpoint's traffic and deployment names, read by raw ARM (not through the core).
    QVariantMap traffic()
    {
        return m_aml.get(u"/onlineEndpoints/"_s + endpoint())
            .json()[u"properties"_s][u"traffic"_s]
            .toObject()
            .toVariantMap();
    }
    QStringList deployments()
    {
        QStringList names;
        const QJsonArray list
            = m_aml.get(u"/onlineEndpoints/%1/deployments"_s.arg(endpoint())).json()[u"value"_s].toArray();
        for (const QJsonValue &d : list)
            names << d[u"name"_s].toString();
        names.sort();
        return names;
    }

    void appendEvaluation(bool passed)
    {
        history::Event e;
        e.kind = history::EventKind::Evaluation;
        e.profile = u"Azure ML sandbox"_s;
        e.service = endpoint();
        e.jobId = m_job.jobId;
        e.summary = passed ? u"AUC +0.010: passed"_s : u"AUC -0.200: below the current model"_s;
        e.details = { { u"passed"_s, passed }, { u"verdict"_s, e.summary } };
        QVERIFY(!history::HistoryStore().append(e));
    }

    static QString text(const InlineMessage *m) { return m->text(); }
    static QString timelineOf(const WizardFixture &f)
    {
        QStringList lines;
        auto *list = find<QListWidget>(f, "timeline");
        for (int i = 0; i < list->count(); ++i)
            lines << list->item(i)->text();
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(startRetrainedSandbox(m_server, m_aml, &m_nam, &m_demo, &m_job, &why), qPrintable(why));
        QCOMPARE(deployments(), QStringList { u"blue"_s });
    }

    void showsTheDeploymentsAndTheTraffic()
    {
        const auto f = open(m_job.jobId);
        RolloutPage *p = page(*f);
        QVERIFY(p);
        QCOMPARE(f->wizard->currentPage(), p);
        MLR_WAIT_IDLE(p, 30000);
        auto *view = find<QTableView>(*f, "deploymentsView");
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), u"blue"_s);
        auto *bar = find<TrafficBar>(*f, "trafficBar");
        QVERIFY(bar->isKnown());
        QCOMPARE(bar->traffic().value(u"blue"_s), 100);
        QVERIFY2(bar->accessibleName().contains(u"blue"_s), qPrintable(bar->accessibleName()));
        QVERIFY2(find<QLabel>(*f, "jobLabel")->text().contains(m_job.jobId),
            qPrintable(find<QLabel>(*f, "jobLabel")->text()));
        QVERIFY(find<QPushButton>(*f, "deployButton")->isEnabled());
        QVERIFY(!find<QPushButton>(*f, "retireButton")->isEnabled()); // one deployment only
    }

    void badStagesChangeNothing_data()
    {
        QTest::addColumn<QString>("stages");
        QTest::newRow("not a number") << u"10, lots"_s;
        QTest::newRow("over 100") << u"10, 200"_s;
        QTest::newRow("decreasing") << u"50, 20, 100"_s;
        QTest::newRow("empty") << u""_s;
    }

    void badStagesChangeNothing()
    {
        QFETCH(QString, stages);
        const auto f = open(m_job.jobId);
        RolloutPage *p = page(*f);
        MLR_WAIT_IDLE(p, 30000);
        auto *edit = find<QLineEdit>(*f, "stagesEdit");
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, stages);
        QTest::mouseClick(find<QPushButton>(*f, "deployButton"), Qt::LeftButton);
        auto *message = find<InlineMessage>(*f, "stagesMessage");
        QCOMPARE(message->kind(), InlineMessage::Kind::Error);
        QVERIFY2(text(message).contains(u"Nothing was changed"_s), qPrintable(text(message)));
        QVERIFY(!p->isBusy());
        QCOMPARE(deployments(), QStringList { u"blue"_s });
        QCOMPARE(traffic(), (QVariantMap { { u"blue"_s, 100 } }));
        QCOMPARE(edit->text(), stages); // the input is kept for mending
    }

    // A job that is not Completed in the journal, and a job that failed the gate (until the
    // user checks the override): refused before anything is written.
    void refusedBeforeWriting()
    {
        ml::JobRecord running = m_job;
        running.jobId = u"rollout-test-running"_s;
        running.state = ml::JobState::Running;
        QVERIFY(!ml::JobJournal().record(running));
        {
            const auto f = open(running.jobId);
            MLR_WAIT_IDLE(page(*f), 30000);
            QTest::mouseClick(find<QPushButton>(*f, "deployButton"), Qt::LeftButton);
            auto *message = find<InlineMessage>(*f, "stagesMessage");
            QVERIFY2(text(message).contains(u"not Completed"_s), qPrintable(text(message)));
        }
        appendEvaluation(false);
        const auto f = open(m_job.jobId);
        RolloutPage *p = page(*f);
        MLR_WAIT_IDLE(p, 30000);
        QCOMPARE(find<InlineMessage>(*f, "gateMessage")->kind(), InlineMessage::Kind::Warning);
        auto *override = find<QCheckBox>(*f, "overrideGateCheck");
        QVERIFY(override->isVisible() && !override->isChecked());
        QTest::mouseClick(find<QPushButton>(*f, "deployButton"), Qt::LeftButton);
        auto *message = find<InlineMessage>(*f, "stagesMessage");
        QVERIFY2(text(message).contains(u"failed the promotion gate"_s), qPrintable(text(message)));
        QVERIFY(!p->isBusy());
        QCOMPARE(deployments(), QStringList { u"blue"_s });
        appendEvaluation(true); // the newest verdict passes: the next tests roll out
    }

    // Deploy with a confirmation per stage: green at 0 % with the smoke test, 10 %, then 100 %,
    // each read back by raw ARM; Roll back; Retire refused, then asked, then done.
    void deploySmokeStagesRollbackRetire()
    {
        const auto f = open(m_job.jobId);
        RolloutPage *p = page(*f);
        MLR_WAIT_IDLE(p, 30000);
        QCOMPARE(find<InlineMessage>(*f, "gateMessage")->kind(), InlineMessage::Kind::Positive);
        QCOMPARE(find<QLineEdit>(*f, "stagesEdit")->text(), u"10, 100"_s);
        QVERIFY(!find<QCheckBox>(*f, "runAllCheck")->isChecked());
        QTest::mouseClick(find<QPushButton>(*f, "deployButton"), Qt::LeftButton);
        QVERIFY(p->isBusy());

        // Stage 1 asked for, after the smoke test at 0 %.
        auto *stageBox = find<QWidget>(*f, "stageBox");
        auto *stageMessage = find<InlineMessage>(*f, "stageMessage");
        QTRY_VERIFY_WITH_TIMEOUT(stageBox->isVisible(), 120000);
        QVERIFY2(text(stageMessage).contains(u"10 %"_s), qPrintable(text(stageMessage)));
        QCOMPARE(deployments(), (QStringList { u"blue"_s, u"green"_s }));
        QCOMPARE(traffic().value(u"green"_s, 0).toInt(), 0);
        auto *smoke = find<QTableWidget>(*f, "smokeTable");
        QVERIFY(smoke->rowCount() > 0);
        QVERIFY2(smoke->horizontalHeaderItem(1)->text().contains(u"blue"_s),
            qPrintable(smoke->horizontalHeaderItem(1)->text()));
        QVERIFY(smoke->horizontalHeaderItem(2)->text().contains(u"green"_s));
        QVERIFY(!smoke->item(0, 1)->text().isEmpty() && !smoke->item(0, 2)->text().isEmpty());
        QVERIFY(!text(find<InlineMessage>(*f, "smokeMessage")).isEmpty());
        QVERIFY(find<QPushButton>(*f, "continueButton")->hasFocus());

        // 10 %: read back by the page (the bar) and by raw ARM.
        QTest::mouseClick(find<QPushButton>(*f, "continueButton"), Qt::LeftButton);
        auto *bar = find<TrafficBar>(*f, "trafficBar");
        QTRY_VERIFY_WITH_TIMEOUT(stageBox->isVisible(), 60000);
        QCOMPARE(bar->traffic().value(u"green"_s), 10);
        QCOMPARE(traffic(), (QVariantMap { { u"blue"_s, 90 }, { u"green"_s, 10 } }));
        QVERIFY2(text(stageMessage).contains(u"100 %"_s), qPrintable(text(stageMessage)));

        // 100 %, by the keyboard this time (the Continue button has the focus).
        QVERIFY(find<QPushButton>(*f, "continueButton")->hasFocus());
        QTest::keyClick(find<QPushButton>(*f, "continueButton"), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!p->isBusy(), 60000);
        auto *result = find<InlineMessage>(*f, "stagesMessage");
        QCOMPARE(result->kind(), InlineMessage::Kind::Positive);
        QCOMPARE(traffic(), (QVariantMap { { u"blue"_s, 0 }, { u"green"_s, 100 } }));
        QCOMPARE(bar->traffic().value(u"green"_s), 100);
        QVERIFY(!QDir(m_backups.path()).entryList(QDir::Files).isEmpty());
        const QString timeline = timelineOf(*f);
        QVERIFY2(
            timeline.contains(u"Stage 10 %"_s) && timeline.contains(u"Stage 100 %"_s), qPrintable(timeline));

        // The commands and the report name the roll-out; no secret in them.
        QTest::mouseClick(find<QPushButton>(*f, "commandsButton"), Qt::LeftButton);
        const QString commands = find<QPlainTextEdit>(*f, "commandsText")->toPlainText();
        QVERIFY2(commands.contains(u"az ml online-deployment create"_s), qPrintable(commands));
        QVERIFY2(commands.contains(u"curl"_s) && commands.contains(u"green"_s), qPrintable(commands));
        QVERIFY(!commands.contains(aml()[u"clientSecret"_s].toString()));
        // Save report: the non-modal dialog, the file written off the GUI thread.
        const QString report = m_backups.filePath(u"report.html"_s);
        QTest::mouseClick(find<QPushButton>(*f, "reportButton"), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = p->findChild<QFileDialog *>(u"reportDialog"_s)));
        QVERIFY(dialog->isVisible());
        dialog->selectFile(report);
        static_cast<QDialog *>(dialog)->accept(); // as the Save button does
        QTRY_VERIFY_WITH_TIMEOUT(
            find<InlineMessage>(*f, "actionMessage")->kind() == InlineMessage::Kind::Positive, 20000);
        QVERIFY(!p->isBusy());
        QFile html(report);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString reportText = QString::fromUtf8(html.readAll());
        QVERIFY2(reportText.contains(u"green"_s) && reportText.contains(m_job.jobId),
            "the report names the roll-out");

        // Retire with the rollback target named: asked first, nothing deleted yet.
        auto *retireMessage = find<InlineMessage>(*f, "retireMessage");
        QTRY_VERIFY(find<QPushButton>(*f, "retireButton")->isEnabled());
        QTest::mouseClick(find<QPushButton>(*f, "retireButton"), Qt::LeftButton);
        QCOMPARE(retireMessage->kind(), InlineMessage::Kind::Warning);
        QVERIFY2(text(retireMessage).contains(u"rollback target"_s), qPrintable(text(retireMessage)));
        QCOMPARE(deployments(), (QStringList { u"blue"_s, u"green"_s }));

        // Roll back to the last roll-out's handle: blue has all the traffic again.
        auto *backups = find<QComboBox>(*f, "backupCombo");
        QVERIFY(backups->count() >= 2); // the handle and the backup file
        QCOMPARE(backups->currentIndex(), 0);
        QTest::mouseClick(find<QPushButton>(*f, "rollbackButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!p->isBusy(), 60000);
        QCOMPARE(retireMessage->kind(), InlineMessage::Kind::Positive);
        QCOMPARE(traffic(), (QVariantMap { { u"blue"_s, 100 }, { u"green"_s, 0 } }));
        QTRY_COMPARE(bar->traffic().value(u"blue"_s), 100);

        // Retire now: blue has the traffic, refused, nothing deleted.
        QTest::mouseClick(find<QPushButton>(*f, "retireButton"), Qt::LeftButton);
        QCOMPARE(retireMessage->kind(), InlineMessage::Kind::Error);
        QVERIFY2(text(retireMessage).contains(u"Nothing was changed"_s), qPrintable(text(retireMessage)));
        QCOMPARE(deployments(), (QStringList { u"blue"_s, u"green"_s }));

        // The history has the roll-out and the rollback.
        QStringList kinds;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                kinds.clear();
                for (const history::Event &e : history::HistoryStore().ownEvents())
                    kinds << e.details.value(u"action"_s).toString();
                return kinds.contains(u"rollout"_s) && kinds.contains(u"rollback"_s);
            }(),
            10000);
    }

    // A new sign-in while the roll-out waits at a stage: the roll-out stops there (its jobs held
    // the old sign-in), the page says so, reads the endpoint again with the new one and
    // nothing moves.
    void newSignInStopsTheRollout()
    {
        const auto f = open(m_job.jobId);
        RolloutPage *p = page(*f);
        MLR_WAIT_IDLE(p, 30000);
        const QVariantMap before = traffic();
        QTest::mouseClick(find<QPushButton>(*f, "deployButton"), Qt::LeftButton);
        auto *stageBox = find<QWidget>(*f, "stageBox");
        QTRY_VERIFY_WITH_TIMEOUT(stageBox->isVisible(), 60000);
        f->state->workspaceSession().setSignIn(
            demoTokens(f->state->network(), aml()), nullptr, u"the demo client"_s);
        QVERIFY(!stageBox->isVisible());
        auto *message = find<InlineMessage>(*f, "actionMessage");
        QCOMPARE(message->kind(), InlineMessage::Kind::Warning);
        QVERIFY2(text(message).contains(u"sign-in changed"_s), qPrintable(text(message)));
        MLR_WAIT_IDLE(p, 30000);
        QVERIFY(find<TrafficBar>(*f, "trafficBar")->isKnown());
        QCOMPARE(traffic(), before);
        QVERIFY(find<QPushButton>(*f, "deployButton")->isEnabled());
    }

    // Once more in sequence ("Run all stages without asking"), then the old deployment retired
    // after the confirmation.
    void runAllStagesThenRetire()
    {
        const auto f = open(m_job.jobId);
        RolloutPage *p = page(*f);
        MLR_WAIT_IDLE(p, 30000);
        QCOMPARE(find<QTableView>(*f, "deploymentsView")->model()->rowCount(), 2);
        auto *runAll = find<QCheckBox>(*f, "runAllCheck");
        runAll->setFocus();
        QTest::keyClick(runAll, Qt::Key_Space);
        QVERIFY(runAll->isChecked());
        QTest::mouseClick(find<QPushButton>(*f, "deployButton"), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!p->isBusy(),
            qPrintable(
                timelineOf(*f) + u"\nsandbox: "_s + QString::fromUtf8(m_server.stderrText().right(3000))),
            60000);
        QVERIFY(!find<QWidget>(*f, "stageBox")->isVisible());
        auto *result = find<InlineMessage>(*f, "stagesMessage");
        QVERIFY2(result->kind() == InlineMessage::Kind::Positive, qPrintable(text(result)));
        const QVariantMap split = traffic();
        QCOMPARE(split.value(u"blue"_s, 0).toInt() + split.value(u"green"_s, 0).toInt(), 100);
        QString fresh = split.value(u"green"_s).toInt() == 100 ? u"green"_s : u"blue"_s;
        QCOMPARE(split.value(fresh).toInt(), 100);

        auto *retireMessage = find<InlineMessage>(*f, "retireMessage");
        QTest::mouseClick(find<QPushButton>(*f, "retireButton"), Qt::LeftButton);
        QCOMPARE(retireMessage->kind(), InlineMessage::Kind::Warning);
        QTest::mouseClick(retireMessage->actionButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!p->isBusy(), 60000);
        QVERIFY2(retireMessage->kind() == InlineMessage::Kind::Positive, qPrintable(text(retireMessage)));
        QCOMPARE(deployments(), QStringList { fresh });
        QTRY_COMPARE(find<QTableView>(*f, "deploymentsView")->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestRolloutPage)
#include "tst_rolloutpage.moc"
