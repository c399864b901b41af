// The five steps of an Azure Machine Learning (v2) profile through the wizard, against a
// private mlstudio-local over HTTPS (its own CA, trusted through the profile) and its Azurite:
// Credentials (the client secret typed, signed in, the endpoint picked from the list) ->
// Storage (the workspace's default datastore) -> Submit (the CSV path typed, the data check,
// upload, the production job re-run to Completed) -> Evaluate (both models compared) ->
// Update (Deploy: the new deployment and its smoke test at 0 %, then 10 % and 100 %, each
// confirmed; Roll back) -> Finish. The traffic of every stage is read back by raw ARM calls
// of the test, not through the core. Run twice: with the mouse, and with the keyboard alone
// (key presses to the focused widget only: Tab, Space, typing, Alt+letter mnemonics).
#include "amlguitest.h"
#include "evaluatepage.h"
#include "guitest.h"
#include "profile/profilestore.h"
#include "rolloutpage.h"
#include "trafficbar.h"
#include "tst_amlsupport.h"
#include "tst_serversupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace mlr;
using namespace mlr::gui;
using namespace mlr::gui::test;
using namespace mlr::test;

class TestAzureMlFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server; // a fresh one (its own data folder) per run
    QJsonObject m_demo; // the whole demo.json
    AmlClient m_aml;
    bool m_keysOnly = false;

    QJsonObject aml() const { return m_demo[u"azureml"_s].toObject(); }
    QString endpoint() const { return aml()[u"endpoint"_s].toString(); }

    // The deployments with live traffic as raw ARM reads it (GET onlineEndpoints/{name}); a
    // deployment at 0 % may or may not be in the map, and is left out here.
    QMap<QString, int> traffic()
    {
        QMap<QString, int> split;
        const QJsonObject t
            = m_aml.get(u"/onlineEndpoints/"_s + endpoint()).json()[u"properties"_s][u"traffic"_s].toObject();
        for (auto it = t.begin(); it != t.end(); ++it)
            if (it.value().toInt() != 0)
                split.insert(it.key(), it.value().toInt());
        return split;
    }

    // A button pressed as the run's user does: a click, or its Alt+letter mnemonic.
    void activate(const WizardFixture &f, QAbstractButton *button, Qt::Key mnemonic)
    {
        QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
        QSignalSpy clicked(button, &QAbstractButton::clicked);
        if (m_keysOnly)
            press(f, mnemonic, Qt::AltModifier);
        else if (qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button))
            QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2)); // the box
        else
            QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(clicked.size(), 1); // a mnemonic animates the click: released 100 ms later
    }

    // Text typed into a field: clicked into, or reached by its label's mnemonic / Tab.
    void typeInto(const WizardFixture &f, QLineEdit *edit, const QString &text, Qt::Key mnemonic)
    {
        if (m_keysOnly) {
            if (mnemonic != Qt::Key_unknown)
                press(f, mnemonic, Qt::AltModifier);
            QVERIFY2(tabTo(f, edit), qPrintable(edit->objectName()));
        } else {
            QTest::mouseClick(edit, Qt::LeftButton);
        }
        QCOMPARE(QApplication::focusWidget(), edit);
        press(f, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, text);
    }

    void next(WizardFixture &f, RetrainWizard::PageId step, int timeoutMs)
    {
        QTRY_VERIFY_WITH_TIMEOUT(f.nextButton()->isEnabled(), timeoutMs);
        activate(f, f.nextButton(), Qt::Key_N);
        QTRY_COMPARE(RetrainWizard::stepOf(f.wizard->currentId()), step);
    }

    void fiveSteps();

private Q_SLOTS:
    void init()
    {
        QString why;
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(
                     { u"--seed-demo"_s, u"--aml-job-pace"_s, u"50"_s, u"--aml-provision-delay"_s, u"200"_s },
                     &why),
            qPrintable(why));
        m_demo = m_server->demo();
        QVERIFY2(m_aml.open(aml(), &why), qPrintable(why));
    }
    void cleanup() { m_server.reset(); }

    void fiveStepsWithTheMouse()
    {
        m_keysOnly = false;
        fiveSteps();
    }
    void fiveStepsWithKeysOnly()
    {
        m_keysOnly = true;
        fiveSteps();
    }
};

void TestAzureMlFlow::fiveSteps()
{
    // The profile as `mlretrain-cli profile from-sandbox --kind azureml` saves it; no secret yet.
    QString why;
    const std::optional<Profile> profile = amlSandboxProfile(m_demo, u"Workspace flow"_s, &why);
    QVERIFY2(profile, qPrintable(why));
    WizardFixture f(RetrainWizard::CredentialsPageId, [&](WizardState &state) {
        QVERIFY(!state.profiles().save(*profile));
        state.profiles().setLastUsed(profile->name);
        state.setProfile(*profile);
    });
    QApplication::setActiveWindow(f.wizard.get());
    QVERIFY(QTest::qWaitForWindowActive(f.wizard.get()));
    QCOMPARE(traffic(), (QMap<QString, int> { { u"blue"_s, 100 } }));

    // 1. Credentials: the client secret typed, signed in; the lists show the profile's choice.
    WizardPage *credentials = f.page(RetrainWizard::CredentialsPageId);
    MLR_WAIT_IDLE(credentials, 20000);
    QVERIFY(!credentials->isComplete());
    auto *secretRadio = f.find<QRadioButton>(RetrainWizard::CredentialsPageId, "clientSecretRadio");
    if (m_keysOnly || !secretRadio->isChecked())
        activate(f, secretRadio, Qt::Key_C);
    QVERIFY(secretRadio->isChecked());
    typeInto(f, f.find<QLineEdit>(RetrainWizard::CredentialsPageId, "clientSecretEdit"),
        aml()[u"clientSecret"_s].toString(), Qt::Key_unknown);
    activate(f, f.find<QAbstractButton>(RetrainWizard::CredentialsPageId, "signInButton"), Qt::Key_G);
    QTRY_VERIFY_WITH_TIMEOUT(credentials->isComplete(), 30000);
    MLR_WAIT_IDLE(credentials, 30000);
    QCOMPARE(f.find<QComboBox>(RetrainWizard::CredentialsPageId, "endpointCombo")->currentData().toString(),
        endpoint());
    next(f, RetrainWizard::StoragePageId, 10000);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(f.state->workspaceSession().isSignedIn());

    // 2. Storage: the workspace's default datastore, its key from the workspace.
    WizardPage *storage = f.page(RetrainWizard::DatastorePageId);
    QCOMPARE(f.wizard->currentPage(), storage);
    QTRY_VERIFY_WITH_TIMEOUT(storage->isComplete(), 30000);
    next(f, RetrainWizard::SubmitPageId, 10000);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(f.state->workspaceSession().datastore());
    QCOMPARE(f.state->workspaceSession().datastore()->name, u"workspaceblobstore"_s);

    // 3. Submit: the CSV path typed (Alt+L), Return checks it; upload and submit (Alt+U); the job
    // followed to Completed.
    WizardPage *submit = f.page(RetrainWizard::AmlSubmitPageId);
    QCOMPARE(f.wizard->currentPage(), submit);
    MLR_WAIT_IDLE(submit, 30000);
    typeInto(f, f.find<QLineEdit>(RetrainWizard::AmlSubmitPageId, "fileEdit"), aml()[u"newData"_s].toString(),
        Qt::Key_L);
    press(f, Qt::Key_Return);
    auto *submitButton = f.find<QAbstractButton>(RetrainWizard::AmlSubmitPageId, "submitButton");
    QTRY_VERIFY_WITH_TIMEOUT(submitButton->isEnabled(), 30000);
    activate(f, submitButton, Qt::Key_U);
    QTRY_VERIFY_WITH_TIMEOUT(submit->isComplete(), 180000);
    const QString job = f.state->jobId();
    QCOMPARE(m_aml.get(u"/jobs/"_s + job).json()[u"properties"_s][u"status"_s].toString(), u"Completed"_s);
    next(f, RetrainWizard::EvaluatePageId, 10000);
    if (QTest::currentTestFailed())
        return;

    // 4. Evaluate: the new job against the production deployment on the same rows.
    auto *evaluate = qobject_cast<EvaluatePage *>(f.page(RetrainWizard::EvaluatePageId));
    QTRY_VERIFY_WITH_TIMEOUT(evaluate->comparison() != nullptr && !evaluate->isBusy(), 180000);
    QVERIFY(evaluate->comparison()->challenger.rowCount() > 100);
    next(f, RetrainWizard::UpdatePageId, 10000);
    if (QTest::currentTestFailed())
        return;

    // 5. Update: Deploy (Alt+D); the smoke test side by side; each stage confirmed (Alt+U).
    auto *rollout = qobject_cast<RolloutPage *>(f.page(RetrainWizard::RolloutPageId));
    QCOMPARE(f.wizard->currentPage(), rollout);
    rollout->setTimings(
        std::chrono::milliseconds(100), std::chrono::milliseconds(400), 10, std::chrono::milliseconds(200));
    MLR_WAIT_IDLE(rollout, 30000);
    auto *override = f.find<QCheckBox>(RetrainWizard::RolloutPageId, "overrideGateCheck");
    if (override->isVisible()) { // the gate failed on this run's data: a deliberate override
        activate(f, override, Qt::Key_G);
        QVERIFY(override->isChecked());
    }
    activate(f, f.find<QAbstractButton>(RetrainWizard::RolloutPageId, "deployButton"), Qt::Key_D);
    auto *stageBox = f.find<QWidget>(RetrainWizard::RolloutPageId, "stageBox");
    auto *bar = f.find<TrafficBar>(RetrainWizard::RolloutPageId, "trafficBar");
    auto *continueButton = f.find<QAbstractButton>(RetrainWizard::RolloutPageId, "continueButton");
    const auto stagesText = [&] {
        return f.find<InlineMessage>(RetrainWizard::RolloutPageId, "stagesMessage")->text();
    };
    QTRY_VERIFY2_WITH_TIMEOUT(stageBox->isVisible(), qPrintable(stagesText()), 120000);
    QCOMPARE(traffic(), (QMap<QString, int> { { u"blue"_s, 100 } }));
    auto *smoke = f.find<QTableWidget>(RetrainWizard::RolloutPageId, "smokeTable");
    QVERIFY(smoke->rowCount() > 0);
    QVERIFY(smoke->horizontalHeaderItem(1)->text().contains(u"blue"_s));
    QVERIFY2(smoke->horizontalHeaderItem(2)->text().contains(u"green"_s),
        qPrintable(smoke->horizontalHeaderItem(2)->text()));

    activate(f, continueButton, Qt::Key_U); // 10 %
    QTRY_VERIFY_WITH_TIMEOUT(!stageBox->isVisible(), 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(stageBox->isVisible(), qPrintable(stagesText()), 60000);
    QCOMPARE(traffic(), (QMap<QString, int> { { u"blue"_s, 90 }, { u"green"_s, 10 } }));
    QCOMPARE(bar->traffic().value(u"green"_s), 10);

    activate(f, continueButton, Qt::Key_U); // 100 %
    QTRY_VERIFY2_WITH_TIMEOUT(!rollout->isBusy(), qPrintable(stagesText()), 60000);
    QCOMPARE(f.find<InlineMessage>(RetrainWizard::RolloutPageId, "stagesMessage")->kind(),
        InlineMessage::Kind::Positive);
    QCOMPARE(traffic(), (QMap<QString, int> { { u"green"_s, 100 } }));
    QCOMPARE(bar->traffic().value(u"green"_s), 100);

    // Roll back (Alt+O) to the roll-out's handle: blue has all the traffic again.
    activate(f, f.find<QAbstractButton>(RetrainWizard::RolloutPageId, "rollbackButton"), Qt::Key_O);
    auto *rolledBack = f.find<InlineMessage>(RetrainWizard::RolloutPageId, "retireMessage");
    QTRY_VERIFY2_WITH_TIMEOUT(rolledBack->kind() == InlineMessage::Kind::Positive && !rollout->isBusy(),
        qPrintable(rolledBack->text()), 60000);
    QCOMPARE(traffic(), (QMap<QString, int> { { u"blue"_s, 100 } }));
    QTRY_COMPARE(bar->traffic().value(u"blue"_s), 100);

    // Finish closes the wizard as accepted.
    QTRY_VERIFY(f.wizard->button(QWizard::FinishButton)->isVisible()
        && f.wizard->button(QWizard::FinishButton)->isEnabled());
    activate(f, f.wizard->button(QWizard::FinishButton), Qt::Key_F);
    QTRY_VERIFY(!f.wizard->isVisible());
    QCOMPARE(f.wizard->result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestAzureMlFlow)
#include "tst_azuremlflow.moc"
