// The Storage step of an `azureml` profile (DatastorePage) against mlstudio-local over HTTPS
// and Azurite: entering it finds the workspace's default datastore (its account, container and
// blob endpoint shown), establishes access with the key the workspace gives, and Next puts it in
// the session; the user's own credentials for the account (the sandbox's Azurite key) are
// accepted and can be kept in the keychain, from where the next visit fills them in; a wrong key
// is refused inline and nothing is set.
#include "amlguitest.h"
#include "datastorepage.h"
#include "guitest.h"
#include "secrets/secretjobs.h"
#include "tst_serversupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mlr;
using namespace mlr::gui;
using namespace mlr::gui::test;
using namespace mlr::test;

class TestDatastorePage : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QJsonObject m_demo;
    StorageAccount m_azurite; // the account of the sandbox's datastores, with its key

    QJsonObject aml() const { return m_demo[u"azureml"_s].toObject(); }
    QString container() const { return u"azureml-blobstore-"_s + aml()[u"workspaceId"_s].toString(); }

    // The wizard on the Storage step, signed in; `savedKey` is in the keychain beforehand.
    std::unique_ptr<WizardFixture> open(const QString &savedKey = {})
    {
        return std::make_unique<WizardFixture>(RetrainWizard::StoragePageId, [&](WizardState &state) {
            QString why;
            QVERIFY2(prepareAmlState(state, m_demo, &why), qPrintable(why));
            if (!savedKey.isEmpty()) {
                std::unique_ptr<SecretWriteJob> write(state.secrets()->write(
                    state.profile().name, SecretKind::StorageAccountKey, savedKey, nullptr));
                QSignalSpy written(write.get(), &SecretWriteJob::finished);
                write->start();
                QVERIFY(written.wait(10000));
            }
        });
    }

    static DatastorePage *pageOf(const WizardFixture &f)
    {
        return qobject_cast<DatastorePage *>(f.page(RetrainWizard::DatastorePageId));
    }

    template<typename T> static T *child(QWidget *page, const char *name)
    {
        T *w = page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no %s", name);
        return w;
    }

    bool setFaults(const QByteArray &spec)
    {
        const HttpResult r = http(spec.isEmpty() ? "DELETE" : "PUT",
            QUrl(m_server.login + u"/admin/faults"_s), spec, { { "Content-Type", "text/plain" } });
        return r.status == 200;
    }

    QString savedKey(WizardState &state)
    {
        std::unique_ptr<SecretReadJob> read(
            state.secrets()->read(state.profile().name, SecretKind::StorageAccountKey, nullptr));
        QSignalSpy done(read.get(), &SecretReadJob::finished);
        read->start();
        return done.wait(10000) ? done.first().at(0).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_server.start({ u"--seed-demo"_s }, &why), qPrintable(why));
        m_demo = m_server.demo();
        const auto account
            = StorageAccount::fromConnectionString(aml()[u"storageConnectionString"_s].toString(), nullptr);
        QVERIFY(account && account->hasKey());
        m_azurite = *account;
    }

    void defaultDatastoreShownAndSetInTheSession()
    {
        const auto f = open();
        DatastorePage *page = pageOf(*f);
        QVERIFY(page);
        QCOMPARE(f->wizard->currentPage(), page); // the Storage step of an azureml profile
        MLR_WAIT_IDLE(page, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 30000);
        QCOMPARE(child<QLabel>(page, "datastoreNameValue")->text(), u"workspaceblobstore"_s);
        QCOMPARE(child<QLabel>(page, "accountNameValue")->text(), m_azurite.name);
        QCOMPARE(child<QLabel>(page, "containerNameValue")->text(), container());
        QVERIFY(!child<QLabel>(page, "endpointValue")->text().isEmpty());
        QVERIFY(child<QRadioButton>(page, "workspaceKeyRadio")->isChecked());
        QVERIFY2(child<QRadioButton>(page, "workspaceKeyRadio")->text().contains(u"never stored"_s),
            qPrintable(child<QRadioButton>(page, "workspaceKeyRadio")->text()));
        QCOMPARE(child<InlineMessage>(page, "accessMessage")->kind(), InlineMessage::Kind::Positive);
        QVERIFY(child<InlineMessage>(page, "statusMessage")->isHidden());
        QVERIFY(!f->state->workspaceSession().datastore()); // set when leaving forward
        if (const QString dir = qEnvironmentVariable("MLR_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(f->wizard->grab().save(dir + u"/storage-datastore.png"_s));
        }

        QVERIFY(f->nextButton()->isEnabled());
        QTest::mouseClick(f->nextButton(), Qt::LeftButton);
        QVERIFY(f->wizard->currentPage() != page);
        const auto &set = f->state->workspaceSession().datastore();
        QVERIFY(set);
        QCOMPARE(set->name, u"workspaceblobstore"_s);
        QCOMPARE(set->container, container());
        QCOMPARE(set->account.name, m_azurite.name);
        QCOMPARE(set->account.key, m_azurite.key); // from listSecrets, in memory only
        QVERIFY(savedKey(*f->state).isEmpty()); // never stored
    }

    void ownCredentials_data()
    {
        QTest::addColumn<bool>("right");
        QTest::addColumn<bool>("save");
        QTest::newRow("the account key") << true << false;
        QTest::newRow("the account key, saved") << true << true;
        QTest::newRow("a wrong key") << false << true;
    }

    void ownCredentials()
    {
        QFETCH(bool, right);
        QFETCH(bool, save);
        const auto f = open();
        DatastorePage *page = pageOf(*f);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 30000);
        auto *own = child<QRadioButton>(page, "ownCredentialsRadio");
        auto *key = child<QLineEdit>(page, "accountKeyEdit");
        auto *check = child<QPushButton>(page, "checkButton");
        QVERIFY(!key->isEnabled());
        QTest::mouseClick(own, Qt::LeftButton, {}, QPoint(8, own->height() / 2));
        QVERIFY(own->isChecked());
        QVERIFY(!page->isComplete()); // the workspace's access no longer counts
        QVERIFY(!f->nextButton()->isEnabled());
        QVERIFY(key->isEnabled());
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QVERIFY(!check->isEnabled()); // nothing to check yet
        const QString given = right
            ? m_azurite.key
            : QString::fromLatin1(QByteArray(64, 'k').toBase64()); // valid base64, wrong
        key->setFocus();
        QTest::keyClicks(key, given);
        if (save)
            child<QCheckBox>(page, "saveCredentialsCheck")->setChecked(true);
        QVERIFY(check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(page->isBusy());
        MLR_WAIT_IDLE(page, 30000);
        auto *message = child<InlineMessage>(page, "accessMessage");
        if (!right) {
            QCOMPARE(message->kind(), InlineMessage::Kind::Error);
            QVERIFY2(message->text().contains(container()), qPrintable(message->text()));
            QVERIFY(!message->text().contains(given)); // redacted
            QVERIFY(!page->isComplete());
            QVERIFY(!f->nextButton()->isEnabled());
            QVERIFY(!page->validatePage());
            QVERIFY(!f->state->workspaceSession().datastore());
            QVERIFY(savedKey(*f->state).isEmpty()); // a refused key is not saved
            return;
        }
        QCOMPARE(message->kind(), InlineMessage::Kind::Positive);
        QTRY_VERIFY(page->isComplete());
        QTRY_COMPARE(savedKey(*f->state), save ? given : QString());
        QTest::mouseClick(f->nextButton(), Qt::LeftButton);
        const auto &set = f->state->workspaceSession().datastore();
        QVERIFY(set);
        QCOMPARE(set->container, container());
        QCOMPARE(set->account.name, m_azurite.name);
        QCOMPARE(set->account.key, given);
    }

    // Credentials kept in the keychain are filled in on the next visit; the choice stays the
    // workspace's key until the user picks their own.
    void savedCredentialsAreFilledIn()
    {
        const auto f = open(m_azurite.key);
        DatastorePage *page = pageOf(*f);
        MLR_WAIT_IDLE(page, 30000);
        QTRY_COMPARE(child<QLineEdit>(page, "accountKeyEdit")->text(), m_azurite.key);
        QVERIFY(child<QCheckBox>(page, "saveCredentialsCheck")->isChecked());
        QVERIFY(child<QRadioButton>(page, "workspaceKeyRadio")->isChecked());
        auto *own = child<QRadioButton>(page, "ownCredentialsRadio");
        QTest::mouseClick(own, Qt::LeftButton, {}, QPoint(8, own->height() / 2));
        QTest::mouseClick(child<QPushButton>(page, "checkButton"), Qt::LeftButton);
        MLR_WAIT_IDLE(page, 30000);
        QTRY_VERIFY(page->isComplete());
        QCOMPARE(child<InlineMessage>(page, "accessMessage")->kind(), InlineMessage::Kind::Positive);
    }

    // The workspace does not give the datastore's key (listSecrets fails): the datastore is
    // still shown, the page says so and turns to the user's own credentials, which work.
    void withoutTheWorkspacesKey()
    {
        QVERIFY(setFaults("aml.datastores.secrets=500"));
        const auto f = open();
        DatastorePage *page = pageOf(*f);
        auto *status = child<InlineMessage>(page, "statusMessage");
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && !status->isHidden(), 60000);
        QVERIFY(setFaults({}));
        QCOMPARE(status->kind(), InlineMessage::Kind::Warning);
        QVERIFY2(status->text().contains(u"My own storage credentials"_s), qPrintable(status->text()));
        QCOMPARE(child<QLabel>(page, "accountNameValue")->text(), m_azurite.name);
        QCOMPARE(child<QLabel>(page, "containerNameValue")->text(), container());
        QVERIFY(child<QRadioButton>(page, "ownCredentialsRadio")->isChecked());
        QVERIFY(!child<QRadioButton>(page, "workspaceKeyRadio")->isEnabled());
        QVERIFY(!page->isComplete());
        auto *key = child<QLineEdit>(page, "accountKeyEdit");
        key->setFocus();
        QTest::keyClicks(key, m_azurite.key);
        QTest::keyClick(key, Qt::Key_Return); // checks, like the button
        QVERIFY(page->isBusy());
        MLR_WAIT_IDLE(page, 30000);
        QTRY_VERIFY(page->isComplete());
        QVERIFY(page->validatePage());
        QCOMPARE(f->state->workspaceSession().datastore()->account.key, m_azurite.key);
    }

    // A new sign-in while the datastore is being found: the page finds it again with the new one.
    void aNewSignInFindsAgain()
    {
        const auto f = open();
        DatastorePage *page = pageOf(*f);
        QVERIFY(page->isBusy());
        WorkspaceSession &session = f->state->workspaceSession();
        session.setSignIn(mlr::test::demoTokens(f->state->network(), aml()), nullptr, u"again"_s);
        QVERIFY(page->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 30000);
        QCOMPARE(child<QLabel>(page, "containerNameValue")->text(), container());
        session.signOut(); // shown: said at once
        QVERIFY(!page->isComplete());
        QVERIFY(!page->isBusy());
        QVERIFY(!child<InlineMessage>(page, "statusMessage")->isHidden());
    }

    // Not signed in: said inline, nothing else happens.
    void notSignedIn()
    {
        WizardFixture f(RetrainWizard::StoragePageId, [&](WizardState &state) {
            QString why;
            QVERIFY2(prepareAmlState(state, m_demo, &why), qPrintable(why));
            state.workspaceSession().signOut();
        });
        DatastorePage *page = pageOf(f);
        auto *status = child<InlineMessage>(page, "statusMessage");
        QCOMPARE(status->kind(), InlineMessage::Kind::Error);
        QVERIFY2(status->text().contains(u"sign in"_s), qPrintable(status->text()));
        QVERIFY(!page->isComplete());
        QVERIFY(!page->isBusy());
    }
};

QTEST_MAIN(TestDatastorePage)
#include "tst_datastorepage.moc"
