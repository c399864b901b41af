// The Storage step against a real Azurite (ctest fixture "azurite"): listing, creating,
// invalid names, an unreachable endpoint, and the selection reaching the profile.
#include "azuriteenv.h"
#include "guitest.h"

#include "profile/profilestore.h"
#include "storage/blobservice.h"
#include "storagepage.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTreeWidget>
#include <QUuid>

using namespace mlr;
using namespace mlr::gui;
using mlr::gui::test::WizardFixture;

namespace {

constexpr auto Storage = RetrainWizard::StoragePageId;

QString uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

QStringList containerNames(const WizardFixture &f)
{
    QStringList names;
    auto *tree = f.find<QTreeWidget>(Storage, "containerTree");
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        names.append(tree->topLevelItem(i)->text(0));
    return names;
}

// A wizard opened on the Storage step with `account` accepted and a stored profile.
std::unique_ptr<WizardFixture> openOn(const StorageAccount &account, const QString &container = {})
{
    return std::make_unique<WizardFixture>(Storage, [&](WizardState &state) {
        Profile profile;
        profile.name = QStringLiteral("Azurite");
        profile.storageAccountName = account.name;
        profile.blobEndpoint = account.blobEndpoint;
        profile.container = container;
        QVERIFY(!state.profiles().save(profile).isError());
        state.setProfile(profile);
        state.setStorageAccount(account);
    });
}

} // namespace

class TestStoragePage : public QObject
{
    Q_OBJECT

    static StorageAccount azuriteAccount(const mlr::test::AzuriteEnv &env)
    {
        Error error;
        const std::optional<StorageAccount> account = StorageAccount::fromConnectionString(env.connectionString, &error);
        if (!account)
            qFatal("bad fixture connection string: %s", qPrintable(error.message()));
        return *account;
    }

    // Creates a container directly through the core, without the page.
    static bool createDirectly(const StorageAccount &account, const QString &name)
    {
        QNetworkAccessManager nam;
        BlobService service(&nam, account);
        std::unique_ptr<ContainerCreateJob> job(service.createContainer(name, nullptr));
        QSignalSpy done(job.get(), &ContainerCreateJob::finished);
        job->start();
        return done.wait(30000) && !done.first().at(1).value<Error>().isError();
    }

private Q_SLOTS:
    void listsContainersAndPreselectsTheProfiles()
    {
        MLR_REQUIRE_AZURITE(env);
        const StorageAccount account = azuriteAccount(env);
        const QString existing = uniqueName(QStringLiteral("gui-list-"));
        QVERIFY(createDirectly(account, existing));

        auto f = openOn(account, existing);
        WizardPage *page = f->page(Storage);
        // Busy at first: the indicator shows and Next waits.
        QVERIFY(page->isBusy());
        QVERIFY(f->find<QProgressBar>(Storage, "busyBar")->isVisible());
        QVERIFY(!f->nextButton()->isEnabled());
        MLR_WAIT_IDLE(page, 30000);
        QVERIFY(!f->find<QProgressBar>(Storage, "busyBar")->isVisible());
        QVERIFY(containerNames(*f).contains(existing));
        QCOMPARE(f->find<QLabel>(Storage, "accountNameValue")->text(), account.name);
        // The profile's container is selected, so the step is complete.
        QCOMPARE(static_cast<StoragePage *>(page)->selectedContainer(), existing);
        QVERIFY(page->isComplete());
        QVERIFY(f->nextButton()->isEnabled());
        QCOMPARE(f->state->container(), existing);
        QVERIFY(!f->find<QTreeWidget>(Storage, "containerTree")->topLevelItem(0)->text(1).isEmpty());
    }

    void createsAContainerAndSelectsIt()
    {
        MLR_REQUIRE_AZURITE(env);
        auto f = openOn(azuriteAccount(env));
        WizardPage *page = f->page(Storage);
        MLR_WAIT_IDLE(page, 30000);
        QVERIFY(!page->isComplete());

        const QString name = uniqueName(QStringLiteral("gui-new-"));
        QTest::keyClicks(f->find<QLineEdit>(Storage, "newContainerEdit"), name);
        QSignalSpy complete(page, &QWizardPage::completeChanged);
        QTest::mouseClick(f->find<QPushButton>(Storage, "createButton"), Qt::LeftButton);
        QVERIFY(page->isBusy());
        MLR_WAIT_IDLE(page, 30000);
        QVERIFY(complete.count() > 0);
        QVERIFY(containerNames(*f).contains(name));
        QCOMPARE(static_cast<StoragePage *>(page)->selectedContainer(), name);
        QVERIFY(f->nextButton()->isEnabled());
        auto *message = f->find<InlineMessage>(Storage, "createMessage");
        QCOMPARE(message->kind(), InlineMessage::Kind::Positive);
        // The choice is in the state and in the stored profile.
        QCOMPARE(f->state->container(), name);
        QCOMPARE(f->state->profiles().load(QStringLiteral("Azurite"))->container, name);

        // Going on and coming back keeps the choice.
        f->wizard->next();
        QCOMPARE(f->wizard->currentId(), int(RetrainWizard::SubmitPageId));
    }

    void invalidNameShowsTheReason()
    {
        MLR_REQUIRE_AZURITE(env);
        auto f = openOn(azuriteAccount(env));
        WizardPage *page = f->page(Storage);
        MLR_WAIT_IDLE(page, 30000);
        const QString bad = QStringLiteral("Bad_Name");
        QTest::keyClicks(f->find<QLineEdit>(Storage, "newContainerEdit"), bad);
        QTest::mouseClick(f->find<QPushButton>(Storage, "createButton"), Qt::LeftButton);
        QVERIFY(!page->isBusy()); // refused before any request
        auto *message = f->find<InlineMessage>(Storage, "createMessage");
        QVERIFY(message->isVisible());
        QCOMPARE(message->kind(), InlineMessage::Kind::Error);
        QCOMPARE(message->text(), BlobService::validateContainerName(bad).message());
        QVERIFY(!containerNames(*f).contains(bad));
    }

    void unreachableEndpointShowsAClearError()
    {
        // A loopback port with nothing listening.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        StorageAccount account = StorageAccount::developmentStorage(
            QUrl(QStringLiteral("http://127.0.0.1:%1/devstoreaccount1").arg(port)));
        auto f = openOn(account);
        WizardPage *page = f->page(Storage);
        MLR_WAIT_IDLE(page, 120000);
        auto *message = f->find<InlineMessage>(Storage, "connectionMessage");
        QVERIFY(message->isVisible());
        QCOMPARE(message->kind(), InlineMessage::Kind::Error);
        QVERIFY2(message->text().contains(QStringLiteral("refused")) || message->text().contains(QStringLiteral("listening")),
                 qPrintable(message->text()));
        QVERIFY(message->actionButton()->isVisible()); // Retry
        QVERIFY(!page->isComplete());
        QVERIFY(!f->nextButton()->isEnabled());
        // Retry runs again (and fails again) without blocking.
        QTest::mouseClick(message->actionButton(), Qt::LeftButton);
        QVERIFY(page->isBusy());
    }

    // Opened directly on this step (--page storage): the account comes from the stored
    // profile and its secrets (here the emulator's well-known key).
    void opensOnStorageWithTheStoredProfile()
    {
        MLR_REQUIRE_AZURITE(env);
        WizardFixture f(Storage, [&](WizardState &state) {
            Profile profile = Profile::localSandbox();
            profile.blobEndpoint = QUrl(env.blobEndpoint);
            QVERIFY(!state.profiles().save(profile).isError());
            state.setProfile(profile);
        });
        WizardPage *page = f.page(Storage);
        QVERIFY(page->isBusy());
        MLR_WAIT_IDLE(page, 30000);
        QVERIFY(f.state->storageAccount());
        QCOMPARE(f.state->storageAccount()->blobEndpoint, QUrl(env.blobEndpoint));
        auto *message = f.find<InlineMessage>(Storage, "connectionMessage");
        QVERIFY2(message->isHidden() || message->kind() != InlineMessage::Kind::Error, qPrintable(message->text()));
        QVERIFY(f.find<QPushButton>(Storage, "refreshButton")->isEnabled());
    }

    // Back while the list is being fetched destroys the job (no event is processed in
    // between, so the job is certainly still running when Back is pressed).
    void leavingCancelsTheJobs()
    {
        WizardFixture f;
        MLR_WAIT_IDLE(f.page(RetrainWizard::CredentialsPageId), 10000);
        QTRY_VERIFY(f.nextButton()->isEnabled());
        f.wizard->next();
        QCOMPARE(f.wizard->currentId(), int(Storage));
        QVERIFY(f.page(Storage)->isBusy());
        f.wizard->back();
        QVERIFY(!f.page(Storage)->isBusy());
    }
};

QTEST_MAIN(TestStoragePage)
#include "tst_storagepage.moc"
