// "Create services…" on the Credentials step against mlstudio-local (demo seeded), offscreen,
// driven like a user: the CSV's header read into the label choices, sign-in with the profile's
// client secret (from the keychain), a new retraining + predictive pair whose endpoints and
// keys land in the form as unsaved edits (and in the profile once saved); failures shown in
// the dialog with the form untouched: a wrong client secret, a name that is taken, a label the
// template refuses.
#include "guitest.h"
#include "profile/profilestore.h"
#include "secrets/secretstore.h"
#include "servicepairdialog.h"
#include "tst_serversupport.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace mlr;
using namespace mlr::gui;
using mlr::gui::test::WizardFixture;
using namespace mlr::test;

namespace {
constexpr auto Credentials = RetrainWizard::CredentialsPageId;
}

class TestServicePair : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QJsonObject m_demo;
    QTemporaryDir m_dir;
    std::unique_ptr<WizardFixture> m_f;

    Profile demoProfile() const
    {
        Profile p;
        p.name = QStringLiteral("Pair test");
        p.loginUrl = QUrl(m_demo.value(QStringLiteral("loginUrl")).toString());
        p.armUrl = QUrl(m_demo.value(QStringLiteral("armUrl")).toString());
        p.tenantId = m_demo.value(QStringLiteral("tenant")).toString();
        p.clientId = m_demo.value(QStringLiteral("clientId")).toString();
        p.subscriptionId = m_demo.value(QStringLiteral("subscriptionId")).toString();
        p.resourceGroup = m_demo.value(QStringLiteral("resourceGroup")).toString();
        return p;
    }

    template<typename T> T *find(const char *name) const { return m_f->find<T>(Credentials, name); }
    template<typename T> T *inDialog(ServicePairDialog *d, const char *name) const
    {
        return d->findChild<T *>(QString::fromLatin1(name));
    }

    // Opens the dialog and fills it in as a user would, the CSV's header read first.
    ServicePairDialog *openAndFill(const QString &label, const QString &templateName, const QString &name)
    {
        QTest::mouseClick(find<QPushButton>("createServicesButton"), Qt::LeftButton);
        auto *dialog = m_f->page(Credentials)->findChild<ServicePairDialog *>();
        if (!dialog)
            return nullptr;
        dialog->setRetryPolicy(
            RetryPolicy { 2, std::chrono::milliseconds(20), std::chrono::milliseconds(100) });
        // The secret of the profile comes from the keychain.
        auto *secret = inDialog<QLineEdit>(dialog, "secretEdit");
        if (!QTest::qWaitFor([&] { return !secret->text().isEmpty(); }, 10000))
            return nullptr;
        dialog->openCsv(QDir(m_server.dataDir()).filePath(QStringLiteral("census-initial.csv")));
        auto *labels = inDialog<QComboBox>(dialog, "labelCombo");
        if (!QTest::qWaitFor([&] { return labels->count() > 0; }, 10000))
            return nullptr;
        labels->setCurrentIndex(labels->findText(label));
        auto *templates = inDialog<QComboBox>(dialog, "templateCombo");
        templates->setCurrentIndex(templates->findData(templateName));
        inDialog<QLineEdit>(dialog, "nameEdit")->setText(name);
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ServicePair>();
        qputenv("MLR_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QString why;
        QVERIFY2(m_server.start({ QStringLiteral("--seed-demo") }, &why), qPrintable(why));
        m_demo = m_server.demo();
        const Profile profile = demoProfile();
        const QString secret = m_demo.value(QStringLiteral("clientSecret")).toString();
        m_f = std::make_unique<WizardFixture>(Credentials, [&](WizardState &state) {
            QVERIFY(!state.profiles().save(profile).isError());
            state.profiles().setLastUsed(profile.name);
            state.setProfile(profile);
            std::unique_ptr<SecretWriteJob> write(
                state.secrets()->write(profile.name, SecretKind::ArmClientSecret, secret, nullptr));
            QSignalSpy written(write.get(), &SecretWriteJob::finished);
            write->start();
            QVERIFY(written.wait());
        });
        QTRY_VERIFY(find<QPushButton>("createServicesButton")->isEnabled());
    }

    void cleanupTestCase()
    {
        m_f.reset();
        m_server.stop();
    }

    void failureShownInline_data()
    {
        QTest::addColumn<QString>("secret"); // empty: the one from the keychain
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong client secret") << QStringLiteral("not-the-secret") << QStringLiteral("income")
                                             << QStringLiteral("guifail") << QStringLiteral("Sign-in failed");
        QTest::newRow("name taken") << QString() << QStringLiteral("income")
                                    << QStringLiteral("census-income")
                                    << QStringLiteral("census-income-predictive already exists");
        QTest::newRow("label with many values") << QString() << QStringLiteral("age")
                                                << QStringLiteral("guiage") << QStringLiteral("not created");
    }

    void failureShownInline()
    {
        QFETCH(QString, secret);
        QFETCH(QString, label);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString urlBefore = find<QLineEdit>("predictiveUrlEdit")->text();
        QPointer<ServicePairDialog> dialog = openAndFill(label, QStringLiteral("two-class"), name);
        QVERIFY(dialog);
        if (!secret.isEmpty())
            inDialog<QLineEdit>(dialog, "secretEdit")->setText(secret);
        auto *create = inDialog<QPushButton>(dialog, "createButton");
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(dialog->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 120000);
        auto *status = inDialog<InlineMessage>(dialog, "statusMessage");
        QCOMPARE(status->kind(), InlineMessage::Kind::Error);
        QVERIFY2(status->text().contains(expected), qPrintable(status->text()));
        QVERIFY(!status->text().contains(m_demo.value(QStringLiteral("clientSecret")).toString()));
        QVERIFY(dialog->isVisible()); // the user can correct and try again
        QCOMPARE(find<QLineEdit>("predictiveUrlEdit")->text(), urlBefore);
        QTest::mouseClick(inDialog<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
    }

    // Closing while the creation runs stops following it; nothing lands in the form.
    void closeCancels()
    {
        const QString urlBefore = find<QLineEdit>("predictiveUrlEdit")->text();
        QPointer<ServicePairDialog> dialog
            = openAndFill(QStringLiteral("income"), QStringLiteral("two-class"), QStringLiteral("guiclosed"));
        QVERIFY(dialog);
        QTest::mouseClick(inDialog<QPushButton>(dialog, "createButton"), Qt::LeftButton);
        QVERIFY(dialog->isBusy());
        dialog->close();
        QTRY_VERIFY(!dialog);
        QTest::qWait(200);
        QCOMPARE(find<QLineEdit>("predictiveUrlEdit")->text(), urlBefore);
    }

    void createsPairIntoTheForm()
    {
        QPointer<ServicePairDialog> dialog
            = openAndFill(QStringLiteral("income"), QStringLiteral("two-class"), QStringLiteral("guipair"));
        QVERIFY(dialog);
        QSignalSpy created(dialog.data(), &ServicePairDialog::created);
        QTest::mouseClick(inDialog<QPushButton>(dialog, "createButton"), Qt::LeftButton);
        QVERIFY(created.wait(120000));
        QTRY_VERIFY(!dialog); // closed on success
        const ServicePair pair = created.first().at(0).value<ServicePair>();
        QCOMPARE(pair.predictiveName, QStringLiteral("guipair-predictive"));
        QCOMPARE(pair.trainingName, QStringLiteral("guipair-retraining"));

        // In the form, unsaved: the user sees them and saves.
        QCOMPARE(find<QLineEdit>("trainingUrlEdit")->text(), pair.trainingBatchUrl);
        QCOMPARE(find<QLineEdit>("predictiveUrlEdit")->text(), pair.predictiveRequestUrl);
        QCOMPARE(find<QLineEdit>("trainingKeyEdit")->text(), pair.trainingKey);
        QCOMPARE(find<QLineEdit>("predictiveKeyEdit")->text(), pair.predictiveKey);
        QVERIFY(!pair.predictiveKey.isEmpty() && !pair.trainingBatchUrl.isEmpty());
        auto *result = find<InlineMessage>("resultMessage");
        QCOMPARE(result->kind(), InlineMessage::Kind::Positive);
        QVERIFY2(result->text().contains(QStringLiteral("Save to keep them")), qPrintable(result->text()));
        QVERIFY(m_f->state->profiles().load(demoProfile().name)->predictiveServiceName.isEmpty());

        QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
        MLR_WAIT_IDLE(m_f->page(Credentials), 20000);
        const std::optional<Profile> saved = m_f->state->profiles().load(demoProfile().name);
        QVERIFY(saved);
        QCOMPARE(saved->predictiveServiceName, pair.predictiveName);
        QCOMPARE(saved->trainingServiceName, pair.trainingName);
        QCOMPARE(saved->predictiveRequestUrl.toString(), pair.predictiveRequestUrl);

        // Both services exist in the profile's resource group, as ARM shows them.
        const QString token = demoToken(m_demo);
        for (const QString &name : { pair.trainingName, pair.predictiveName }) {
            const HttpResult r = http("GET", QUrl(serviceUrl(m_demo, name)), {}, bearer(token));
            QVERIFY2(r.status == 200, qPrintable(r.describe()));
        }
    }
};

QTEST_MAIN(TestServicePair)
#include "tst_servicepair.moc"
