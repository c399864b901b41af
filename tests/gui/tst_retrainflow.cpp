// The whole retraining flow through the wizard's pages, clicked as a user does, against a
// private mlstudio-local (seeded demo services) and the Azurite of the fixture:
// Credentials (a profile made from the sandbox's demo.json, keys in the session store) ->
// Storage (the profile's container) -> Submit (census-new.csv: data check, upload, BES job
// followed to Finished) -> Evaluate (both models' metrics on the same rows, the gate
// verdict, confusion matrices that add up to those rows, a threshold move).
#include "evalconfusionmodel.h"
#include "evalmetricsmodel.h"
#include "evaluatepage.h"
#include "guitest.h"
#include "ml/jobjournal.h"
#include "profile/profilestore.h"
#include "secrets/secretstore.h"
#include "storage/storageaccount.h"
#include "submitpage.h"
#include "tst_serversupport.h"

#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include <cmath>

using namespace mlr;
using namespace mlr::gui;
using mlr::gui::test::sandboxProfile;
using mlr::gui::test::WizardFixture;
using mlr::gui::test::writeSecret;
using namespace mlr::test;

class TestRetrainFlow : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QJsonObject m_demo;
    QTemporaryDir m_dir;

    // With MLR_SCREENSHOT_DIR set (scripts/screenshots), saves the wizard as DIR/<name>.png.
    static void screenshot(const WizardFixture &f, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MLR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents();
        QVERIFY(f.wizard->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }

    // Clicks Next once the current page allows it; checks where the wizard went.
    static void next(WizardFixture &f, RetrainWizard::PageId expected, int timeoutMs)
    {
        QTRY_VERIFY_WITH_TIMEOUT(f.nextButton()->isEnabled(), timeoutMs);
        QTest::mouseClick(f.nextButton(), Qt::LeftButton);
        QCOMPARE(f.wizard->currentId(), int(expected));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("MLR_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QString why;
        QVERIFY2(m_server.start({ QStringLiteral("--seed-demo") }, &why), qPrintable(why));
        m_demo = m_server.demo();
    }

    void submitThenEvaluate()
    {
        const QJsonObject training = m_demo.value(QStringLiteral("trainingService")).toObject();
        const QJsonObject predictive = m_demo.value(QStringLiteral("predictiveService")).toObject();
        const std::optional<Profile> sandbox = sandboxProfile(m_demo, QStringLiteral("Sandbox flow"));
        QVERIFY(sandbox);
        const Profile profile = *sandbox;
        const std::optional<StorageAccount> account = StorageAccount::fromConnectionString(
            m_demo.value(QStringLiteral("storageConnectionString")).toString(), nullptr);
        QVERIFY(account);

        WizardFixture f(RetrainWizard::CredentialsPageId, [&](WizardState &state) {
            QVERIFY(!state.profiles().save(profile).isError());
            state.profiles().setLastUsed(profile.name);
            state.setProfile(profile); // what the wizard opens on (as after --profile)
            writeSecret(state, profile.name, SecretKind::StorageAccountKey, account->key);
            writeSecret(state, profile.name, SecretKind::TrainingApiKey,
                training.value(QStringLiteral("apiKey")).toString());
            writeSecret(state, profile.name, SecretKind::PredictiveApiKey,
                predictive.value(QStringLiteral("apiKey")).toString());
        });

        // Credentials: the profile and its keys load; Next hands them on.
        MLR_WAIT_IDLE(f.page(RetrainWizard::CredentialsPageId), 10000);
        next(f, RetrainWizard::StoragePageId, 10000);
        QCOMPARE(f.state->profile().name, profile.name);

        // Storage: the profile's container is listed and chosen.
        MLR_WAIT_IDLE(f.page(RetrainWizard::StoragePageId), 30000);
        next(f, RetrainWizard::SubmitPageId, 30000);
        QCOMPARE(f.state->container(), profile.container);

        // Submit: the new data, checked against the service's swagger, uploaded and trained on.
        auto *submit = qobject_cast<SubmitPage *>(f.page(RetrainWizard::SubmitPageId));
        QVERIFY(submit);
        QTRY_VERIFY_WITH_TIMEOUT(
            f.find<QTableWidget>(RetrainWizard::SubmitPageId, "parametersTable")->rowCount() > 0, 20000);
        submit->setInputFile(QDir(m_server.dataDir()).filePath(QStringLiteral("census-new.csv")));
        auto *submitButton = f.find<QPushButton>(RetrainWizard::SubmitPageId, "submitButton");
        QTRY_VERIFY_WITH_TIMEOUT(submitButton->isEnabled(), 30000);
        QTest::mouseClick(submitButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(submit->isComplete(), 120000);
        const QString jobId = f.state->jobId();
        QVERIFY(!jobId.isEmpty());
        const std::optional<ml::JobRecord> record = ml::JobJournal().find(jobId);
        QVERIFY(record);
        QCOMPARE(record->state, ml::JobState::Finished);
        screenshot(f, QStringLiteral("submit"));

        // Evaluate: the new model against the one in production, on the same rows.
        next(f, RetrainWizard::EvaluatePageId, 10000);
        auto *evaluate = qobject_cast<EvaluatePage *>(f.page(RetrainWizard::EvaluatePageId));
        QVERIFY(evaluate);
        QTRY_VERIFY_WITH_TIMEOUT(evaluate->comparison() != nullptr && !evaluate->isBusy(), 120000);
        const std::shared_ptr<const eval::Comparison> comparison = evaluate->comparison();
        QCOMPARE(comparison->task, eval::Task::Binary);
        QCOMPARE(comparison->champion.rowCount(), comparison->challenger.rowCount());
        QVERIFY(comparison->challenger.rowCount() > 1000); // the scored test split of 10 000 rows

        EvalMetricsModel *metrics = evaluate->metricsModel();
        QVERIFY(metrics->rowCount() > 0);
        bool sawAuc = false;
        for (int row = 0; row < metrics->rowCount(); ++row) {
            if (metrics->index(row, EvalMetricsModel::MetricColumn).data().toString() != u"AUC")
                continue;
            sawAuc = true;
            const double now = metrics->index(row, EvalMetricsModel::NewColumn)
                                   .data(EvalMetricsModel::ValueRole)
                                   .toDouble();
            const double before = metrics->index(row, EvalMetricsModel::CurrentColumn)
                                      .data(EvalMetricsModel::ValueRole)
                                      .toDouble();
            QVERIFY2(now > 0.6 && now <= 1.0, qPrintable(QString::number(now)));
            QVERIFY2(before > 0.5 && before <= 1.0, qPrintable(QString::number(before)));
            QVERIFY(metrics->index(row, EvalMetricsModel::GateColumn)
                        .data(EvalMetricsModel::GateStateRole)
                        .toInt()
                != -1);
        }
        QVERIFY(sawAuc);
        QVERIFY(!f.find<InlineMessage>(RetrainWizard::EvaluatePageId, "verdictMessage")->text().isEmpty());

        // Both matrices count the same usable rows; moving the threshold moves them.
        auto total = [](const EvalConfusionModel *m) {
            return m->count(0, 0) + m->count(0, 1) + m->count(1, 0) + m->count(1, 1);
        };
        // (The matrices follow once the page's analysis, on a worker thread, is drawn.)
        QTRY_COMPARE_WITH_TIMEOUT(
            total(evaluate->newMatrix()), qint64(comparison->challenger.usableRowCount()), 30000);
        QCOMPARE(total(evaluate->currentMatrix()), qint64(comparison->champion.usableRowCount()));
        const qint64 predictedPositive
            = evaluate->newMatrix()->count(1, 1) + evaluate->newMatrix()->count(0, 1);
        auto *slider = f.find<QSlider>(RetrainWizard::EvaluatePageId, "thresholdSlider");
        slider->setValue(slider->minimum() + (slider->maximum() - slider->minimum()) / 10);
        QTRY_VERIFY(
            evaluate->newMatrix()->count(1, 1) + evaluate->newMatrix()->count(0, 1) != predictedPositive);
        QVERIFY(f.nextButton()->isEnabled());

        auto *tabs = f.find<QTabWidget>(RetrainWizard::EvaluatePageId, "evaluationTabs");
        for (const auto &[tab, name] :
            { std::pair { "metricsTab", "evaluate" }, std::pair { "curvesTab", "evaluate-curves" },
                std::pair { "confusionTab", "evaluate-confusion" } }) {
            tabs->setCurrentWidget(f.find<QWidget>(RetrainWizard::EvaluatePageId, tab));
            screenshot(f, QString::fromLatin1(name));
        }
    }
};

QTEST_MAIN(TestRetrainFlow)
#include "tst_retrainflow.moc"
