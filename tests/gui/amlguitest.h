#pragma once

// Shared by the GUI tests of the Azure Machine Learning (v2) steps: the sandbox's `azureml`
// profile built as `mlretrain-cli profile from-sandbox --kind azureml` builds it (app/cli/
// sandboxprofilecommand.cpp), and the wizard state signed in with the demo identity, so the
// tests need not go through the Credentials step.

#include "amldemo.h"
#include "arm/tokenprovider.h"
#include "profile/profile.h"
#include "storage/storageaccount.h"
#include "wizardstate.h"
#include "workspacesession.h"

#include <QJsonObject>

#include <optional>

namespace mlr::gui::test {

// `demo`: the whole demo.json. nullopt when a field is unusable (*why says which).
inline std::optional<Profile> amlSandboxProfile(const QJsonObject &demo, const QString &name, QString *why)
{
    const QJsonObject aml = demo.value(QStringLiteral("azureml")).toObject();
    const auto text = [&aml](const char *key) {
        return aml.value(QLatin1String(key)).toString().trimmed();
    };
    const std::optional<StorageAccount> account
        = StorageAccount::fromConnectionString(text("storageConnectionString"), nullptr);
    if (!account) {
        *why = QStringLiteral("no storageConnectionString in the azureml section");
        return std::nullopt;
    }
    Profile p;
    p.name = name;
    const QList<std::pair<QString, QString>> settings = {
        { QStringLiteral("kind"), Profile::azuremlKind() },
        { QStringLiteral("storageAccountName"), account->name },
        { QStringLiteral("blobEndpoint"), QString::fromUtf8(account->blobEndpoint.toEncoded()) },
        { QStringLiteral("container"), QStringLiteral("azureml-blobstore-") + text("workspaceId") },
        { QStringLiteral("loginUrl"), text("loginUrl") },
        { QStringLiteral("armUrl"), text("armUrl") },
        { QStringLiteral("tenantId"), text("tenant") },
        { QStringLiteral("clientId"), text("clientId") },
        { QStringLiteral("subscriptionId"), text("subscriptionId") },
        { QStringLiteral("resourceGroup"), text("resourceGroup") },
        { QStringLiteral("workspace"), text("workspace") },
        { QStringLiteral("endpoint"), text("endpoint") },
        { QStringLiteral("caCertificateFile"), text("caFile") },
    };
    for (const auto &[key, value] : settings) {
        if (const Error e = p.set(key, value)) {
            *why = key + QStringLiteral(": ") + e.message();
            return std::nullopt;
        }
    }
    return p;
}

// The profile in the state (its CA trusted) and the demo identity signed in.
inline bool prepareAmlState(WizardState &state, const QJsonObject &demo, QString *why)
{
    const std::optional<Profile> profile = amlSandboxProfile(demo, QStringLiteral("Azure ML sandbox"), why);
    if (!profile)
        return false;
    state.setProfile(*profile);
    state.workspaceSession().setSignIn(
        mlr::test::demoTokens(state.network(), demo.value(QStringLiteral("azureml")).toObject()), nullptr,
        QStringLiteral("the demo client"));
    return true;
}

} // namespace mlr::gui::test
