// The Credentials step, driven like a user: the built-in profile's buttons, Next only with
// complete credentials, secrets never in the settings file, loading from the keychain,
// profile management, and the refusal to send a key over plain HTTP.
// Runs twice: with the session-only store, and (gui_credentialspage_keyring) against a
// real, private gnome-keyring.
#include "guitest.h"

#include "profile/profilestore.h"
#include "secrets/secretstore.h"
#include "storage/storageaccount.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QUuid>

using namespace mlr;
using namespace mlr::gui;
using mlr::gui::test::WizardFixture;

namespace {

constexpr auto Credentials = RetrainWizard::CredentialsPageId;

// A unique, base64-looking secret: easy to grep for, valid as an account key.
QString canary()
{
    const QByteArray bytes = QUuid::createUuid().toRfc4122() + QUuid::createUuid().toRfc4122();
    return QString::fromLatin1(bytes.toBase64());
}

// Set by ctest for the variant that runs inside tests/support/with-keyring.sh.
bool withKeyring()
{
    return qEnvironmentVariableIntValue("MLR_TEST_WITH_KEYRING") == 1;
}

} // namespace

class TestCredentialsPage : public QObject
{
    Q_OBJECT

    // Creates a profile through New, as a user does, and waits until its secrets are loaded.
    static void createProfile(WizardFixture &f, const QString &name)
    {
        QTest::mouseClick(f.find<QPushButton>(Credentials, "newProfileButton"), Qt::LeftButton);
        auto *edit = f.find<QLineEdit>(Credentials, "profileNameEdit");
        QVERIFY(edit->isVisible());
        QTest::keyClicks(edit, name);
        QTest::mouseClick(f.find<QPushButton>(Credentials, "profileNameAcceptButton"), Qt::LeftButton);
        QCOMPARE(f.find<QComboBox>(Credentials, "profileCombo")->currentText(), name);
        MLR_WAIT_IDLE(f.page(Credentials), 10000);
    }

    static void useAccountDetails(WizardFixture &f, const QString &name, const QString &endpoint, const QString &key)
    {
        f.find<QRadioButton>(Credentials, "accountDetailsRadio")->click();
        for (const auto &[field, text] : {std::pair{"accountNameEdit", name}, std::pair{"blobEndpointEdit", endpoint},
                                          std::pair{"accountKeyEdit", key}}) {
            auto *edit = f.find<QLineEdit>(Credentials, field);
            edit->clear();
            QTest::keyClicks(edit, text);
        }
    }

private Q_SLOTS:
    void builtInProfileCannotBeRenamedOrDeleted()
    {
        WizardFixture f;
        auto *combo = f.find<QComboBox>(Credentials, "profileCombo");
        auto *rename = f.find<QPushButton>(Credentials, "renameProfileButton");
        auto *remove = f.find<QPushButton>(Credentials, "deleteProfileButton");
        QCOMPARE(combo->currentText(), Profile::localSandboxName());
        QVERIFY(!rename->isEnabled());
        QVERIFY(!remove->isEnabled());
        QVERIFY(rename->toolTip().contains(QStringLiteral("cannot be renamed")));
        QVERIFY(remove->toolTip().contains(QStringLiteral("cannot be deleted")));

        createProfile(f, QStringLiteral("Work"));
        QVERIFY(rename->isEnabled());
        QVERIFY(remove->isEnabled());

        combo->setCurrentIndex(combo->findText(Profile::localSandboxName()));
        QVERIFY(!rename->isEnabled());
        QVERIFY(!remove->isEnabled());
    }

    void switchingProfilesKeepsUnsavedEdits()
    {
        WizardFixture f;
        createProfile(f, QStringLiteral("Draft"));
        const QString key = canary();
        useAccountDetails(f, QStringLiteral("draftaccount"), {}, key);
        auto *training = f.find<QLineEdit>(Credentials, "trainingUrlEdit");
        QTest::keyClicks(training, QStringLiteral("https://example.invalid/workspaces/w/services/s/jobs"));

        auto *combo = f.find<QComboBox>(Credentials, "profileCombo");
        combo->setCurrentIndex(combo->findText(Profile::localSandboxName()));
        MLR_WAIT_IDLE(f.page(Credentials), 10000);
        QCOMPARE(f.find<QLineEdit>(Credentials, "accountNameEdit")->text(), QStringLiteral("devstoreaccount1"));

        combo->setCurrentIndex(combo->findText(QStringLiteral("Draft")));
        MLR_WAIT_IDLE(f.page(Credentials), 10000);
        QVERIFY(f.find<QRadioButton>(Credentials, "accountDetailsRadio")->isChecked());
        QCOMPARE(f.find<QLineEdit>(Credentials, "accountNameEdit")->text(), QStringLiteral("draftaccount"));
        QCOMPARE(f.find<QLineEdit>(Credentials, "accountKeyEdit")->text(), key);
        QCOMPARE(training->text(), QStringLiteral("https://example.invalid/workspaces/w/services/s/jobs"));
        if (!training->hasFocus())
            QCOMPARE(training->cursorPosition(), 0); // a long URL shows from its start
        auto *result = f.find<InlineMessage>(Credentials, "resultMessage");
        QVERIFY2(result->text().contains(QStringLiteral("unsaved changes")), qPrintable(result->text()));

        // Given back once: after switching away and back without edits, the stored values show.
        combo->setCurrentIndex(combo->findText(Profile::localSandboxName()));
        MLR_WAIT_IDLE(f.page(Credentials), 10000);
        QCOMPARE(f.find<QLineEdit>(Credentials, "accountNameEdit")->text(), QStringLiteral("devstoreaccount1"));
    }

    void nextIsDisabledUntilCredentialsAreComplete()
    {
        WizardFixture f;
        createProfile(f, QStringLiteral("Incomplete"));
        WizardPage *page = f.page(Credentials);
        QVERIFY(!page->isComplete());
        QVERIFY(!f.nextButton()->isEnabled());

        useAccountDetails(f, QStringLiteral("myaccount"), {}, {});
        QVERIFY(!f.nextButton()->isEnabled()); // no key yet
        QTest::keyClicks(f.find<QLineEdit>(Credentials, "accountKeyEdit"), canary());
        QVERIFY(page->isComplete());
        QVERIFY(f.nextButton()->isEnabled());

        // A connection string works too; a broken one does not, and says why when left.
        f.find<QRadioButton>(Credentials, "connectionStringRadio")->click();
        auto *connection = f.find<QLineEdit>(Credentials, "connectionStringEdit");
        QVERIFY(connection->text().contains(QStringLiteral("AccountName=myaccount"))); // carried over
        QVERIFY(f.nextButton()->isEnabled());
        connection->clear();
        QTest::keyClicks(connection, QStringLiteral("AccountName=;nonsense"));
        QVERIFY(!f.nextButton()->isEnabled());
        Q_EMIT connection->editingFinished();
        auto *message = f.find<InlineMessage>(Credentials, "storageMessage");
        QVERIFY(message->isVisible());
        QCOMPARE(message->kind(), InlineMessage::Kind::Error);
    }

    void savingNeverWritesSecretsToTheSettingsFile()
    {
        WizardFixture f;
        createProfile(f, QStringLiteral("Canary"));
        const QString accountKey = canary();
        const QString trainingKey = canary();
        const QString predictiveKey = canary();
        useAccountDetails(f, QStringLiteral("canaryaccount"), QStringLiteral("https://canaryaccount.blob.core.windows.net"),
                          accountKey);
        QTest::keyClicks(f.find<QLineEdit>(Credentials, "trainingUrlEdit"),
                         QStringLiteral("https://ussouthcentral.services.azureml.net/workspaces/w/services/s/jobs"));
        QTest::keyClicks(f.find<QLineEdit>(Credentials, "trainingKeyEdit"), trainingKey);
        QTest::keyClicks(f.find<QLineEdit>(Credentials, "predictiveKeyEdit"), predictiveKey);
        QTest::mouseClick(f.find<QPushButton>(Credentials, "saveButton"), Qt::LeftButton);
        MLR_WAIT_IDLE(f.page(Credentials), 10000);
        auto *result = f.find<InlineMessage>(Credentials, "resultMessage");
        QVERIFY(result->isVisible());
        if (withKeyring()) {
            QCOMPARE(result->kind(), InlineMessage::Kind::Positive);
            QVERIFY2(result->text().contains(QStringLiteral("secrets to keychain")), qPrintable(result->text()));
        } else {
            QCOMPARE(result->kind(), InlineMessage::Kind::Warning);
            QVERIFY2(result->text().contains(QStringLiteral("session only")), qPrintable(result->text()));
        }

        // The same with a connection string, whose key is inside the string.
        const QString connectionKey = canary();
        f.find<QRadioButton>(Credentials, "connectionStringRadio")->click();
        auto *connection = f.find<QLineEdit>(Credentials, "connectionStringEdit");
        connection->clear();
        QTest::keyClicks(connection, QStringLiteral("DefaultEndpointsProtocol=https;AccountName=canaryaccount;AccountKey=")
                                         + connectionKey + QStringLiteral(";EndpointSuffix=core.windows.net"));
        QTest::mouseClick(f.find<QPushButton>(Credentials, "saveButton"), Qt::LeftButton);
        MLR_WAIT_IDLE(f.page(Credentials), 10000);
        QVERIFY2(result->kind() != InlineMessage::Kind::Error, qPrintable(result->text()));

        QFile ini(f.iniFile());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray content = ini.readAll();
        QVERIFY2(content.contains("canaryaccount"), content.constData()); // the settings were saved
        QVERIFY2(content.contains("ussouthcentral"), content.constData());
        for (const QString &secret : {accountKey, trainingKey, predictiveKey, connectionKey})
            QVERIFY2(!content.contains(secret.toLatin1()), "a secret reached the settings file");
    }

    void secretsAreLoadedWhenAProfileIsSelected()
    {
        WizardFixture f;
        createProfile(f, QStringLiteral("Reload"));
        const QString key = canary();
        useAccountDetails(f, QStringLiteral("reloadaccount"), {}, key);
        QTest::mouseClick(f.find<QPushButton>(Credentials, "saveButton"), Qt::LeftButton);
        MLR_WAIT_IDLE(f.page(Credentials), 10000);

        auto *combo = f.find<QComboBox>(Credentials, "profileCombo");
        combo->setCurrentIndex(combo->findText(Profile::localSandboxName()));
        MLR_WAIT_IDLE(f.page(Credentials), 10000);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Reload")));
        // Loading happens asynchronously: meanwhile the field is read-only and says so.
        auto *keyEdit = f.find<QLineEdit>(Credentials, "accountKeyEdit");
        QVERIFY(f.page(Credentials)->isBusy());
        QVERIFY(keyEdit->isReadOnly());
        QVERIFY(keyEdit->placeholderText().contains(QStringLiteral("Loading")));
        QVERIFY(!f.nextButton()->isEnabled());
        MLR_WAIT_IDLE(f.page(Credentials), 10000);
        QVERIFY(!keyEdit->isReadOnly());
        QCOMPARE(keyEdit->text(), key);
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Password); // masked
        QCOMPARE(f.find<QLineEdit>(Credentials, "accountNameEdit")->text(), QStringLiteral("reloadaccount"));
        QVERIFY(f.nextButton()->isEnabled());
    }

    // The banner says when secrets will not outlive the session (MLR_KEYCHAIN=session);
    // with a real keyring (the _keyring variant of this test) there is none.
    void keychainBanner()
    {
        WizardFixture f;
        auto *banner = f.find<InlineMessage>(Credentials, "keychainBanner");
        if (withKeyring()) {
            MLR_WAIT_IDLE(f.page(Credentials), 10000);
            QVERIFY(!f.state->secrets()->isSessionOnly());
            QVERIFY(banner->isHidden());
            return;
        }
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), InlineMessage::Kind::Warning);
        QVERIFY(banner->text().startsWith(
            QStringLiteral("No keychain available: secrets are kept for this session only and will not be saved")));
    }

    void plainHttpToARemoteHostIsRefused()
    {
        WizardFixture f;
        createProfile(f, QStringLiteral("Remote"));
        useAccountDetails(f, QStringLiteral("remoteaccount"), QStringLiteral("http://storage.example.com/remoteaccount"),
                          canary());
        QVERIFY(!f.nextButton()->isEnabled());
        auto *test = f.find<QPushButton>(Credentials, "testButton");
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(!f.page(Credentials)->isBusy()); // refused before any request
        auto *result = f.find<InlineMessage>(Credentials, "resultMessage");
        QVERIFY(result->isVisible());
        QCOMPARE(result->kind(), InlineMessage::Kind::Error);
        StorageAccount account;
        account.name = QStringLiteral("remoteaccount");
        account.key = QStringLiteral("a2V5");
        account.blobEndpoint = QUrl(QStringLiteral("http://storage.example.com/remoteaccount"));
        const Error expected = account.checkTransportSecurity();
        QVERIFY(expected.isError());
        QCOMPARE(result->text(), expected.message());
        // Loopback over plain HTTP is fine (the emulator).
        useAccountDetails(f, QStringLiteral("devstoreaccount1"), QStringLiteral("http://127.0.0.1:10000/devstoreaccount1"),
                          canary());
        QVERIFY(f.nextButton()->isEnabled());
    }

    // A SAS token can only be shown inside a connection string.
    void sasProfileComesBackAsAConnectionString()
    {
        WizardFixture f;
        createProfile(f, QStringLiteral("Sas"));
        auto *connection = f.find<QLineEdit>(Credentials, "connectionStringEdit");
        const QString sig = QStringLiteral("sig=") + canary().left(20);
        QTest::keyClicks(connection, QStringLiteral("AccountName=sasaccount;BlobEndpoint=https://sasaccount.blob.core.windows.net;"
                                                    "SharedAccessSignature=sv=2021-08-06&ss=b&srt=sco&sp=rl&")
                                         + sig);
        QVERIFY(f.nextButton()->isEnabled());
        QTest::mouseClick(f.find<QPushButton>(Credentials, "saveButton"), Qt::LeftButton);
        MLR_WAIT_IDLE(f.page(Credentials), 10000);

        auto *combo = f.find<QComboBox>(Credentials, "profileCombo");
        combo->setCurrentIndex(combo->findText(Profile::localSandboxName()));
        MLR_WAIT_IDLE(f.page(Credentials), 10000);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Sas")));
        MLR_WAIT_IDLE(f.page(Credentials), 10000);
        QVERIFY(f.find<QRadioButton>(Credentials, "connectionStringRadio")->isChecked());
        QVERIFY2(connection->text().contains(sig), qPrintable(connection->text()));
        QVERIFY(f.nextButton()->isEnabled());
        QFile ini(f.iniFile());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(sig.toLatin1()));
    }

    void renameMovesTheSecrets()
    {
        WizardFixture f;
        createProfile(f, QStringLiteral("Before"));
        const QString key = canary();
        useAccountDetails(f, QStringLiteral("renamedaccount"), {}, key);
        QTest::mouseClick(f.find<QPushButton>(Credentials, "saveButton"), Qt::LeftButton);
        MLR_WAIT_IDLE(f.page(Credentials), 10000);

        QTest::mouseClick(f.find<QPushButton>(Credentials, "renameProfileButton"), Qt::LeftButton);
        auto *name = f.find<QLineEdit>(Credentials, "profileNameEdit");
        QCOMPARE(name->text(), QStringLiteral("Before"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("After"));
        QTest::keyClick(name, Qt::Key_Return);
        MLR_WAIT_IDLE(f.page(Credentials), 10000);
        auto *combo = f.find<QComboBox>(Credentials, "profileCombo");
        QCOMPARE(combo->currentText(), QStringLiteral("After"));
        QCOMPARE(combo->findText(QStringLiteral("Before")), -1);
        QCOMPARE(f.find<QLineEdit>(Credentials, "accountKeyEdit")->text(), key);
        QVERIFY(!f.state->profiles().contains(QStringLiteral("Before")));
    }

    void deleteAsksFirst()
    {
        WizardFixture f;
        createProfile(f, QStringLiteral("Doomed"));
        QTest::mouseClick(f.find<QPushButton>(Credentials, "deleteProfileButton"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = f.wizard->findChild<QMessageBox *>(QStringLiteral("deleteProfileConfirmation"))));
        QVERIFY(box->isVisible());
        QVERIFY(f.state->profiles().contains(QStringLiteral("Doomed")));
        QAbstractButton *confirm = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                confirm = button;
        }
        QVERIFY(confirm);
        confirm->click();
        QTRY_VERIFY(!f.state->profiles().contains(QStringLiteral("Doomed")));
        MLR_WAIT_IDLE(f.page(Credentials), 10000);
        auto *combo = f.find<QComboBox>(Credentials, "profileCombo");
        QCOMPARE(combo->currentText(), Profile::localSandboxName());
        QCOMPARE(combo->findText(QStringLiteral("Doomed")), -1);
    }

    void duplicateNameIsRefusedInline()
    {
        WizardFixture f;
        createProfile(f, QStringLiteral("Twin"));
        QTest::mouseClick(f.find<QPushButton>(Credentials, "newProfileButton"), Qt::LeftButton);
        QTest::keyClicks(f.find<QLineEdit>(Credentials, "profileNameEdit"), QStringLiteral("twin"));
        QTest::mouseClick(f.find<QPushButton>(Credentials, "profileNameAcceptButton"), Qt::LeftButton);
        auto *message = f.find<InlineMessage>(Credentials, "profileMessage");
        QVERIFY(message->isVisible());
        QCOMPARE(message->kind(), InlineMessage::Kind::Error);
        QVERIFY(f.find<QLineEdit>(Credentials, "profileNameEdit")->isVisible());
    }

    void leavingHandsTheAccountToTheState()
    {
        WizardFixture f;
        MLR_WAIT_IDLE(f.page(Credentials), 10000);
        QTRY_VERIFY(f.nextButton()->isEnabled());
        QVERIFY(!f.state->storageAccount());
        f.wizard->next();
        QCOMPARE(f.wizard->currentId(), int(RetrainWizard::StoragePageId));
        QVERIFY(f.state->storageAccount());
        QCOMPARE(f.state->storageAccount()->name, QStringLiteral("devstoreaccount1"));
        QCOMPARE(f.state->profile().name, Profile::localSandboxName());
    }
};

QTEST_MAIN(TestCredentialsPage)
#include "tst_credentialspage.moc"
