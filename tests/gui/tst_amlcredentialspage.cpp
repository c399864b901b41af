// The Credentials step for an Azure Machine Learning (v2) profile against mlstudio-local over
// HTTPS (its CA trusted through the profile, certificate checks on), offscreen, driven like a
// user: the kind of a new profile; sign-in with the client secret, a wrong one and a device
// code; the subscription, workspace and endpoint picked from lists; the sign-in handed to the
// wizard's WorkspaceSession on Next, and forgotten when the tenant is edited.
#include "amlcredentialspanel.h"
#include "arm/tokenprovider.h"
#include "arm/tokens.h"
#include "guitest.h"
#include "http/trustedcas.h"
#include "profile/profilestore.h"
#include "tst_serversupport.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace mlr;
using namespace mlr::gui;
using namespace mlr::gui::test;
using namespace mlr::test;

class TestAmlCredentialsPage : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QJsonObject m_demo; // demo.json's "azureml" section
    std::unique_ptr<WizardFixture> m_f;

    WizardPage *page() const { return m_f->page(RetrainWizard::CredentialsPageId); }
    template<typename T> T *find(const char *name) const
    {
        T *w = page()->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    QString message(const char *name) const { return find<InlineMessage>(name)->text(); }

    // A fresh wizard on the stored profile `profile` (its client secret in the session store).
    void openOn(const Profile &profile, const QString &secret)
    {
        m_f.reset();
        m_f = std::make_unique<WizardFixture>(RetrainWizard::CredentialsPageId, [&](WizardState &state) {
            QVERIFY(!state.profiles().save(profile));
            state.profiles().setLastUsed(profile.name);
            state.setProfile(profile);
            writeSecret(state, profile.name, SecretKind::ArmClientSecret, secret);
        });
        MLR_WAIT_IDLE(page(), 10000);
    }

    void signInWithSecret()
    {
        QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
        MLR_WAIT_IDLE(page(), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_server.start({ QStringLiteral("--seed-demo"), QStringLiteral("--device-code-interval"),
                                    QStringLiteral("1") },
                     &why),
            qPrintable(why));
        m_demo = m_server.demo().value(QStringLiteral("azureml")).toObject();
        QVERIFY(!m_demo.isEmpty());
    }

    void cleanup() { m_f.reset(); }

    // New… asks for the kind; an azureml profile shows the workspace fields, not the storage ones.
    void newProfileHasAKind()
    {
        m_f = std::make_unique<WizardFixture>();
        MLR_WAIT_IDLE(page(), 10000);
        QTest::mouseClick(find<QPushButton>("newProfileButton"), Qt::LeftButton);
        auto *kind = find<QComboBox>("profileKindCombo");
        QVERIFY(kind->isVisible());
        kind->setCurrentIndex(kind->findData(Profile::azuremlKind()));
        QTest::keyClicks(find<QLineEdit>("profileNameEdit"), QStringLiteral("Workspace"));
        QTest::mouseClick(find<QPushButton>("profileNameAcceptButton"), Qt::LeftButton);
        MLR_WAIT_IDLE(page(), 10000);
        const std::optional<Profile> stored = m_f->state->profiles().load(QStringLiteral("Workspace"));
        QVERIFY(stored && stored->isAzureMl());
        QVERIFY(find<AmlCredentialsPanel>("amlPanel")->isVisible());
        QVERIFY(!find<QWidget>("storageGroup")->isVisible());
        QVERIFY(!page()->isComplete()); // not signed in
        QTest::mouseClick(find<QPushButton>("renameProfileButton"), Qt::LeftButton);
        QVERIFY(!kind->isVisible()); // renaming keeps the kind
    }

    // The client secret from the keychain: signed in, the lists filled with the profile's
    // choices, Next hands the sign-in to the session.
    void clientSecretSignIn()
    {
        const Profile profile = amlSandboxProfile(m_demo, QStringLiteral("Azure ML sandbox"));
        openOn(profile, m_demo.value(QStringLiteral("clientSecret")).toString());
        QCOMPARE(find<QLineEdit>("tenantEdit")->text(), profile.tenantId);
        QCOMPARE(find<QLineEdit>("clientSecretEdit")->echoMode(), QLineEdit::Password);
        // The wizard signed in as last time (the keychain's secret) and listed.
        QVERIFY(m_f->state->workspaceSession().isSignedIn());
        QCOMPARE(message("signInMessage"), QStringLiteral("Signed in as last time."));
        QVERIFY(page()->isComplete());
        // Signing in again with the button gives the page a sign-in of its own.
        signInWithSecret();
        QVERIFY2(message("signInMessage").startsWith(QStringLiteral("Signed in as the application")),
            qPrintable(message("signInMessage")));
        auto *subscriptions = find<QComboBox>("subscriptionCombo");
        auto *workspaces = find<QComboBox>("workspaceCombo");
        auto *endpoints = find<QComboBox>("endpointCombo");
        QVERIFY(subscriptions->count() >= 1);
        QCOMPARE(subscriptions->currentData().toString(), profile.subscriptionId);
        QVERIFY(
            workspaces->currentText().startsWith(profile.workspace + QStringLiteral(" (resource group ")));
        QCOMPARE(endpoints->currentData().toString(), profile.endpoint);
        QVERIFY2(
            endpoints->currentText().contains(QStringLiteral("100 %")), qPrintable(endpoints->currentText()));
        QVERIFY(page()->isComplete());

        arm::TokenProvider *resumed = m_f->state->workspaceSession().armTokens();
        m_f->wizard->next();
        QCOMPARE(RetrainWizard::stepOf(m_f->wizard->currentId()), RetrainWizard::StoragePageId);
        QCOMPARE(m_f->wizard->currentId(), int(m_f->wizard->pageFor(RetrainWizard::StoragePageId)));
        const WorkspaceSession &session = m_f->state->workspaceSession();
        QVERIFY(session.isSignedIn());
        QVERIFY(session.armTokens() != resumed); // the page's own, handed over
        QCOMPARE(m_f->state->profile().workspace, profile.workspace);
        QCOMPARE(m_f->state->profile().endpoint, profile.endpoint);
        QVERIFY(!session.armTokens()->current().token.isEmpty());
        QVERIFY(session.mlTokens());
        QCOMPARE(session.mlTokens()->scope(), arm::azureMlScope());

        // Back: still signed in (the session's sign-in), still complete.
        m_f->wizard->back();
        MLR_WAIT_IDLE(page(), 10000);
        QVERIFY(page()->isComplete());
        // Editing the tenant forgets the sign-in.
        QTest::keyClicks(find<QLineEdit>("tenantEdit"), QStringLiteral("x"));
        QVERIFY(!page()->isComplete());
        QCOMPARE(message("signInMessage"), QStringLiteral("The sign-in settings changed: sign in again."));
    }

    // Wrong secret, missing secret, unknown tenant: one clear line each, not signed in.
    void refusedSignIn_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong secret")
            << QStringLiteral("not-the-secret") << QString() << QStringLiteral("Sign-in failed: ");
        QTest::newRow("no secret") << QString() << QString()
                                   << QStringLiteral("Sign-in failed: Enter the application's client secret");
        QTest::newRow("unknown tenant")
            << QStringLiteral("whatever") << QStringLiteral("11111111-2222-3333-4444-555555555555")
            << QStringLiteral("Sign-in failed: ");
    }
    void refusedSignIn()
    {
        QFETCH(QString, secret);
        QFETCH(QString, tenant);
        QFETCH(QString, expected);
        Profile profile = amlSandboxProfile(m_demo, QStringLiteral("Refused"));
        if (!tenant.isEmpty())
            profile.tenantId = tenant;
        openOn(profile, secret);
        if (!secret.isEmpty()) // the wizard tried the stored secret at start
            QVERIFY2(message("signInMessage").startsWith(QStringLiteral("Signing in as last time failed: ")),
                qPrintable(message("signInMessage")));
        signInWithSecret();
        QVERIFY2(message("signInMessage").startsWith(expected), qPrintable(message("signInMessage")));
        QCOMPARE(find<InlineMessage>("signInMessage")->kind(), InlineMessage::Kind::Error);
        QVERIFY(!message("signInMessage").contains(QStringLiteral("not-the-secret")));
        QVERIFY(!page()->isComplete());
        QVERIFY(!m_f->nextButton()->isEnabled());
    }

    // Device code: the code and URL shown, approved in the "browser", then the lists.
    void deviceCodeSignIn()
    {
        const HttpResult r = httpJson("POST", QUrl(m_server.login + QStringLiteral("/admin/clients")),
            QJsonObject { { QStringLiteral("tenant"), m_demo.value(QStringLiteral("tenant")) },
                { QStringLiteral("clientSecret"), QString() } }); // a public client
        QVERIFY2(r.status == 200 || r.status == 201, qPrintable(r.describe()));
        Profile profile = amlSandboxProfile(m_demo, QStringLiteral("Device code"));
        profile.clientId = r.json().value(QStringLiteral("clientId")).toString();
        openOn(profile, QString());
        find<AmlCredentialsPanel>("amlPanel")->setDeviceCodeSecondMs(100);
        find<QRadioButton>("deviceCodeRadio")->setChecked(true);
        QVERIFY(!find<QLineEdit>("clientSecretEdit")->isVisible());
        QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
        auto *label = find<QLabel>("deviceCodeLabel");
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("/devicelogin")), 10000);
        QVERIFY(page()->isBusy() && find<QPushButton>("cancelSignInButton")->isVisible());
        const QString code
            = label->accessibleDescription().section(QStringLiteral("enter the code "), 1).chopped(1);
        QVERIFY(!code.isEmpty());
        const HttpResult approved
            = http("POST", QUrl(m_server.login + QStringLiteral("/admin/device-codes/%1/approve").arg(code)));
        QVERIFY2(approved.status == 200 || approved.status == 204, qPrintable(approved.describe()));
        QTRY_VERIFY_WITH_TIMEOUT(page()->isComplete(), 20000);
        QCOMPARE(message("signInMessage"), QStringLiteral("Signed in with your account."));
        QCOMPARE(find<QComboBox>("endpointCombo")->currentData().toString(), profile.endpoint);
    }
};

QTEST_MAIN(TestAmlCredentialsPage)
#include "tst_amlcredentialspage.moc"
