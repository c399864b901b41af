#pragma once

#include "arm/tokenprovider.h"
#include "azureml/workspacetarget.h"

#include <QJsonObject>

#include <memory>

class QNetworkAccessManager;

// The sandbox's Azure ML (v2) demo (demo.json's "azureml" section) as the core addresses it,
// for the tests that run the core against mlstudio-local.
namespace mlr::test {

arm::SignInSettings demoSignIn(const QJsonObject &demo); // loginUrl, tenant, clientId
azureml::WorkspaceTarget demoWorkspace(const QJsonObject &demo); // armUrl, subscription, group, workspace
// A provider that signs in with the demo identity's client secret.
std::unique_ptr<arm::TokenProvider> demoTokens(QNetworkAccessManager *nam, const QJsonObject &demo);

} // namespace mlr::test
