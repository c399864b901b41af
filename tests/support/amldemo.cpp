#include "amldemo.h"

using namespace Qt::StringLiterals;

namespace mlr::test {

arm::SignInSettings demoSignIn(const QJsonObject &demo)
{
    arm::SignInSettings s;
    s.loginUrl = QUrl(demo[u"loginUrl"_s].toString());
    s.tenantId = demo[u"tenant"_s].toString();
    s.clientId = demo[u"clientId"_s].toString();
    return s;
}

azureml::WorkspaceTarget demoWorkspace(const QJsonObject &demo)
{
    azureml::WorkspaceTarget t;
    t.arm.armUrl = QUrl(demo[u"armUrl"_s].toString());
    t.arm.subscriptionId = demo[u"subscriptionId"_s].toString();
    t.arm.resourceGroup = demo[u"resourceGroup"_s].toString();
    t.arm.apiVersion = azureml::WorkspaceTarget::apiVersion();
    t.workspace = demo[u"workspace"_s].toString();
    return t;
}

std::unique_ptr<arm::TokenProvider> demoTokens(QNetworkAccessManager *nam, const QJsonObject &demo)
{
    auto tokens = std::make_unique<arm::TokenProvider>(nam, demoSignIn(demo));
    tokens->setClientSecret(demo[u"clientSecret"_s].toString());
    return tokens;
}

} // namespace mlr::test
