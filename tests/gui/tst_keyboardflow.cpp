// The whole five-step flow with the keyboard alone: no mouse event and no value set on a
// control, only key presses to the focused widget (Tab, Space, arrows, Page Up, typing,
// Alt+letter mnemonics), against a private mlstudio-local (demo services) and its Azurite.
// (The test only shortens the Update step's polling interval, as the other Update tests do.)
// Credentials (a saved profile) -> Storage -> Submit (the CSV path typed, data check, upload,
// BES job to Finished) -> Evaluate (the confusion tab and the threshold, by keys) -> Update (client
// secret typed, the predictive service picked with arrows, confirmed, updated and read back)
// -> Finish.
#include "arm/modelupdate.h"
#include "arm/modelupdatejob.h"
#include "evalconfusionmodel.h"
#include "evaluatepage.h"
#include "guitest.h"
#include "profile/profilestore.h"
#include "secrets/secretstore.h"
#include "storage/storageaccount.h"
#include "tst_serversupport.h"
#include "updatepage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace mlr;
using namespace mlr::gui;
using mlr::gui::test::focused;
using mlr::gui::test::press;
using mlr::gui::test::sandboxProfile;
using mlr::gui::test::tabTo;
using mlr::gui::test::type;
using mlr::gui::test::WizardFixture;
using mlr::gui::test::writeSecret;
using namespace mlr::test;

class TestKeyboardFlow : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QJsonObject m_demo;
    QTemporaryDir m_dir;

    // Alt+N once the page allows it; the wizard must then show `expected`.
    static void next(WizardFixture &f, RetrainWizard::PageId expected, int timeoutMs)
    {
        QTRY_VERIFY_WITH_TIMEOUT(f.nextButton()->isEnabled(), timeoutMs);
        press(f, Qt::Key_N, Qt::AltModifier);
        // A mnemonic "animates" the click: the button is released 100 ms later.
        QTRY_COMPARE(f.wizard->currentId(), int(expected));
    }

    QString demoValue(const char *service, const char *key) const
    {
        return m_demo.value(QLatin1String(service)).toObject().value(QLatin1String(key)).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<arm::ModelUpdateResult>();
        qputenv("MLR_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QString why;
        QVERIFY2(m_server.start({ QStringLiteral("--seed-demo"), QStringLiteral("--operation-delay"),
                                    QStringLiteral("200") },
                     &why),
            qPrintable(why));
        m_demo = m_server.demo();
    }

    void fiveStepsWithKeysOnly()
    {
        const std::optional<Profile> sandbox = sandboxProfile(m_demo, QStringLiteral("Keyboard flow"));
        QVERIFY(sandbox);
        const Profile profile = *sandbox;
        const std::optional<StorageAccount> account = StorageAccount::fromConnectionString(
            m_demo.value(QStringLiteral("storageConnectionString")).toString(), nullptr);
        QVERIFY(account);

        WizardFixture f(RetrainWizard::CredentialsPageId, [&](WizardState &state) {
            QVERIFY(!state.profiles().save(profile).isError());
            state.profiles().setLastUsed(profile.name);
            state.setProfile(profile);
            writeSecret(state, profile.name, SecretKind::StorageAccountKey, account->key);
            writeSecret(
                state, profile.name, SecretKind::TrainingApiKey, demoValue("trainingService", "apiKey"));
            writeSecret(
                state, profile.name, SecretKind::PredictiveApiKey, demoValue("predictiveService", "apiKey"));
        });
        QApplication::setActiveWindow(f.wizard.get());
        QVERIFY(QTest::qWaitForWindowActive(f.wizard.get()));

        // 1. Credentials: the saved profile and its keys load; Alt+N goes on. (F1 and the
        // help window are tested in tst_wizard.)
        MLR_WAIT_IDLE(f.page(RetrainWizard::CredentialsPageId), 10000);
        next(f, RetrainWizard::StoragePageId, 10000);
        if (QTest::currentTestFailed())
            return;

        // 2. Storage: the profile's container is listed and chosen.
        MLR_WAIT_IDLE(f.page(RetrainWizard::StoragePageId), 30000);
        next(f, RetrainWizard::SubmitPageId, 30000);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(f.state->container(), profile.container);

        // 3. Submit: Alt+L to the file field, the path typed, Return checks it; Alt+U submits.
        QTRY_VERIFY_WITH_TIMEOUT(
            f.find<QTableWidget>(RetrainWizard::SubmitPageId, "parametersTable")->rowCount() > 0, 20000);
        press(f, Qt::Key_L, Qt::AltModifier);
        auto *fileEdit = f.find<QLineEdit>(RetrainWizard::SubmitPageId, "fileEdit");
        QCOMPARE(QApplication::focusWidget(), fileEdit);
        type(f, QDir(m_server.dataDir()).filePath(QStringLiteral("census-new.csv")));
        press(f, Qt::Key_Return);
        auto *submitButton = f.find<QAbstractButton>(RetrainWizard::SubmitPageId, "submitButton");
        QTRY_VERIFY_WITH_TIMEOUT(submitButton->isEnabled(), 30000);
        press(f, Qt::Key_U, Qt::AltModifier);
        WizardPage *submit = f.page(RetrainWizard::SubmitPageId);
        QTRY_VERIFY_WITH_TIMEOUT(submit->isComplete(), 120000);
        const QString jobId = f.state->jobId();
        QVERIFY(!jobId.isEmpty());
        next(f, RetrainWizard::EvaluatePageId, 10000);
        if (QTest::currentTestFailed())
            return;

        // 4. Evaluate: both models compared; Alt+T to the threshold, arrows move it.
        auto *evaluate = qobject_cast<EvaluatePage *>(f.page(RetrainWizard::EvaluatePageId));
        QTRY_VERIFY_WITH_TIMEOUT(evaluate->comparison() != nullptr && !evaluate->isBusy(), 120000);
        QTRY_VERIFY_WITH_TIMEOUT(
            evaluate->newMatrix()->count(1, 1) + evaluate->newMatrix()->count(0, 1) > 0, 30000);
        // Tab to the tab bar, arrows to the confusion matrices, Alt+T to their threshold.
        auto *tabs = f.find<QTabWidget>(RetrainWizard::EvaluatePageId, "evaluationTabs");
        QVERIFY(tabTo(f, tabs->tabBar()));
        QWidget *confusion = f.find<QWidget>(RetrainWizard::EvaluatePageId, "confusionTab");
        for (int i = 0; i < tabs->count() && tabs->currentWidget() != confusion; ++i)
            press(f, Qt::Key_Right);
        QCOMPARE(tabs->currentWidget(), confusion);
        press(f, Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("thresholdSlider"));
        const qint64 positives = evaluate->newMatrix()->count(1, 1) + evaluate->newMatrix()->count(0, 1);
        press(f, Qt::Key_PageUp);
        press(f, Qt::Key_PageUp);
        QTRY_VERIFY(evaluate->newMatrix()->count(1, 1) + evaluate->newMatrix()->count(0, 1) != positives);
        next(f, RetrainWizard::UpdatePageId, 10000);
        if (QTest::currentTestFailed())
            return;

        // 5. Update: Alt+S to the client secret, typed; Alt+I signs in; Alt+V and arrows pick
        // the predictive service; Tab and Space confirm (and override a failed gate) and update.
        auto *update = qobject_cast<UpdatePage *>(f.page(RetrainWizard::UpdatePageId));
        update->setPollInterval(std::chrono::milliseconds(100), std::chrono::milliseconds(300));
        MLR_WAIT_IDLE(update, 30000);
        press(f, Qt::Key_S, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("secretEdit"));
        type(f, m_demo.value(QStringLiteral("clientSecret")).toString());
        press(f, Qt::Key_I, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(update->isSignedIn(), 30000);
        MLR_WAIT_IDLE(update, 30000);
        press(f, Qt::Key_V, Qt::AltModifier);
        auto *serviceCombo = f.find<QComboBox>(RetrainWizard::UpdatePageId, "serviceCombo");
        QCOMPARE(QApplication::focusWidget(), serviceCombo);
        const QString predictive = profile.predictiveServiceName;
        press(f, Qt::Key_Home);
        for (int i = 0; i < serviceCombo->count() && serviceCombo->currentData().toString() != predictive;
             ++i)
            press(f, Qt::Key_Down);
        QCOMPARE(serviceCombo->currentData().toString(), predictive);
        MLR_WAIT_IDLE(update, 30000);

        auto *confirm = f.find<QCheckBox>(RetrainWizard::UpdatePageId, "confirmCheck");
        QTRY_VERIFY_WITH_TIMEOUT(confirm->isEnabled(), 30000);
        QVERIFY(tabTo(f, confirm));
        press(f, Qt::Key_Space);
        QVERIFY(confirm->isChecked());
        auto *override = f.find<QCheckBox>(RetrainWizard::UpdatePageId, "overrideCheck");
        if (override->isVisible()) { // the gate failed on this run's data: a deliberate override
            QVERIFY(tabTo(f, override));
            press(f, Qt::Key_Space);
            QVERIFY(override->isChecked());
        }
        auto *updateButton = f.find<QAbstractButton>(RetrainWizard::UpdatePageId, "updateButton");
        QVERIFY(updateButton->isEnabled());
        QSignalSpy done(update, &UpdatePage::updateFinished);
        QVERIFY(tabTo(f, updateButton));
        press(f, Qt::Key_Space);
        QVERIFY(done.wait(60000));
        const auto result = done.first().at(0).value<arm::ModelUpdateResult>();
        const auto updateError = done.first().at(1).value<Error>();
        QVERIFY2(!updateError.isError(), qPrintable(updateError.message()));
        QCOMPARE(result.state, arm::ServiceState::Updated);
        QVERIFY(arm::sameModelUri(result.verifiedUri, result.newUri));
        QVERIFY(!arm::sameModelUri(result.oldUri, result.newUri));
        MLR_WAIT_IDLE(update, 30000);

        // Finish closes the wizard as accepted.
        QTRY_VERIFY(f.wizard->button(QWizard::FinishButton)->isVisible()
            && f.wizard->button(QWizard::FinishButton)->isEnabled());
        press(f, Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(!f.wizard->isVisible());
        QCOMPARE(f.wizard->result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestKeyboardFlow)
#include "tst_keyboardflow.moc"
