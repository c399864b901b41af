#pragma once

// Helpers shared by the GUI tests: a wizard over a throw-away profile store, and typed
// look-ups of the widgets the .ui forms name.

#include "inlinemessage.h"
#include "profile/profile.h"
#include "retrainwizard.h"
#include "secrets/secretstore.h"
#include "storage/storageaccount.h"
#include "wizardpage.h"
#include "wizardstate.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace mlr::gui::test {

// A wizard over a WizardState whose profiles live in a temporary INI file.
struct WizardFixture
{
    explicit WizardFixture(RetrainWizard::PageId start = RetrainWizard::CredentialsPageId,
        const std::function<void(WizardState &)> &prepare = {})
        : state(std::make_unique<WizardState>(dir.filePath(QStringLiteral("profiles.ini"))))
    {
        if (prepare)
            prepare(*state);
        wizard = std::make_unique<RetrainWizard>(state.get(), start);
        wizard->resize(RetrainWizard::defaultSize()); // the offscreen screen is only 800 x 600
        wizard->show();
    }

    QString iniFile() const { return dir.filePath(QStringLiteral("profiles.ini")); }
    WizardPage *page(RetrainWizard::PageId id) const { return wizard->wizardPage(id); }
    QAbstractButton *nextButton() const { return wizard->button(QWizard::NextButton); }

    template<typename T> T *find(RetrainWizard::PageId id, const char *name) const
    {
        return page(id)->findChild<T *>(QString::fromLatin1(name));
    }

    QTemporaryDir dir;
    std::unique_ptr<WizardState> state;
    std::unique_ptr<RetrainWizard> wizard;
};

// A profile named `name` for mlstudio-local's demo services, from its demo.json: storage
// account and container, the retraining and predictive services, the Azure sign-in. Secrets
// are not part of it (writeSecret). Null when demo.json has no usable storage account.
inline std::optional<Profile> sandboxProfile(const QJsonObject &demo, const QString &name)
{
    const std::optional<StorageAccount> account = StorageAccount::fromConnectionString(
        demo.value(QStringLiteral("storageConnectionString")).toString(), nullptr);
    if (!account)
        return std::nullopt;
    const auto value = [&demo](const char *object, const char *key) {
        return demo.value(QLatin1String(object)).toObject().value(QLatin1String(key)).toString();
    };
    const auto top = [&demo](const char *key) {
        return demo.value(QLatin1String(key)).toString();
    };
    Profile p;
    p.name = name;
    p.storageAccountName = account->name;
    p.blobEndpoint = account->blobEndpoint;
    p.container = top("container");
    p.trainingBatchUrl = QUrl(value("trainingService", "batchUrl"));
    p.trainingServiceName = value("trainingService", "name");
    p.predictiveRequestUrl = QUrl(value("predictiveService", "requestUrl"));
    p.predictiveServiceName = value("predictiveService", "name");
    p.loginUrl = QUrl(top("loginUrl"));
    p.armUrl = QUrl(top("armUrl"));
    p.tenantId = top("tenant");
    p.clientId = top("clientId");
    p.subscriptionId = top("subscriptionId");
    p.resourceGroup = top("resourceGroup");
    return p;
}

// An `azureml` profile named `name` for mlstudio-local's Azure Machine Learning demo: the
// "azureml" section of its demo.json (sign-in, workspace, endpoint, CA file), as `mlretrain-cli
// profile from-sandbox --kind azureml` makes it. The client secret is not part of it.
inline Profile amlSandboxProfile(const QJsonObject &azuremlDemo, const QString &name)
{
    const auto top = [&azuremlDemo](const char *key) {
        return azuremlDemo.value(QLatin1String(key)).toString();
    };
    Profile p;
    p.name = name;
    p.kind = Profile::azuremlKind();
    p.loginUrl = QUrl(top("loginUrl"));
    p.armUrl = QUrl(top("armUrl"));
    p.tenantId = top("tenant");
    p.clientId = top("clientId");
    p.subscriptionId = top("subscriptionId");
    p.resourceGroup = top("resourceGroup");
    p.workspace = top("workspace");
    p.endpoint = top("endpoint");
    p.caCertificateFile = top("caFile");
    return p;
}

// Writes `value` as `kind` of `profile` to the state's secret store and waits for it.
inline void writeSecret(WizardState &state, const QString &profile, SecretKind kind, const QString &value)
{
    std::unique_ptr<SecretWriteJob> write(state.secrets()->write(profile, kind, value, nullptr));
    QSignalSpy written(write.get(), &SecretWriteJob::finished);
    write->start();
    QVERIFY(written.wait());
}

// The keyboard of the keyboard-only runs: keys go to the widget with the focus (the wizard
// when the focus is elsewhere).
inline QWidget *focused(const WizardFixture &f)
{
    QWidget *w = QApplication::focusWidget();
    return w && w->window() == f.wizard.get() ? w : f.wizard.get();
}

inline void press(const WizardFixture &f, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(f), key, modifiers);
}

inline void type(const WizardFixture &f, const QString &text)
{
    QTest::keyClicks(focused(f), text);
}

// Tab (forward) until `target` has the focus: proves it is reachable with the keyboard.
inline bool tabTo(const WizardFixture &f, QWidget *target)
{
    for (int i = 0; i < 80 && QApplication::focusWidget() != target; ++i)
        press(f, Qt::Key_Tab);
    return QApplication::focusWidget() == target;
}

} // namespace mlr::gui::test

// Waits (without blocking the event loop) until `page` has no job running.
#define MLR_WAIT_IDLE(page, timeoutMs) QTRY_VERIFY_WITH_TIMEOUT(!(page)->isBusy(), timeoutMs)
