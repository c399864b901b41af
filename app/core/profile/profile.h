#pragma once

#include "eval/evaltypes.h"
#include "http/error.h"
#include "secrets/secretnames.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <optional>

namespace mlr {

// A named set of connection settings. Non-secret settings only: account keys, SAS tokens,
// API keys, client secrets and tokens live in the keychain (SecretStore), keyed by the
// profile name, and are never fields here.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    QString name;
    // The "Local sandbox" profile: it always exists, cannot be deleted or renamed, and can be
    // edited (edits are saved under its name). ProfileStore sets this from the name.
    bool builtIn = false;
    // Which service the profile is for: "classic" (Azure Machine Learning Studio (classic):
    // BES, RRS, ARM web services; also when empty) or "azureml" (Azure Machine Learning: a
    // workspace and a managed online endpoint).
    QString kind;
    static QString classicKind(); // "classic"
    static QString azuremlKind(); // "azureml"
    bool isAzureMl() const;

    // Storage. blobEndpoint wins when set; otherwise
    // https://<storageAccountName>.blob.<endpointSuffix or core.windows.net>.
    QString storageAccountName;
    QUrl blobEndpoint;
    QString endpointSuffix;
    QString container;

    // Azure ML (classic) services.
    QUrl trainingBatchUrl; // BES base URL; ".../jobs" follows
    QString trainingServiceName;
    QUrl predictiveRequestUrl; // RRS request-response URL
    QString predictiveServiceName;

    // Azure Resource Manager.
    QUrl loginUrl; // e.g. https://login.microsoftonline.com
    QUrl armUrl; // e.g. https://management.azure.com
    QString tenantId;
    QString clientId;
    QString subscriptionId;
    QString resourceGroup;
    // A PEM file of certificate authorities to trust for HTTPS on top of the system's, e.g.
    // the local sandbox's DIR/ca.pem (http/trustedcas.h); certificate checks stay on.
    // Azure Machine Learning (kind azureml): the workspace (in subscriptionId/resourceGroup)
    // and the managed online endpoint that serves the model in production.
    QString workspace;
    QString endpoint;
    QString caCertificateFile;

    // Promotion gate: the rules a retrained model must pass before it replaces the one in
    // production, in eval::gateRulesToText's form (e.g. "AUC loss <= 0.01; Accuracy >= 0.5");
    // "none" for no rules; empty = the defaults (eval::defaultGateRules()). set() stores
    // the rules in their canonical text. Not a secret.
    QString promotionGate;
    // The rules of promotionGate (the defaults when it is empty or, for a hand-edited
    // settings file, does not parse).
    eval::GateRules gateRules() const;

    static QString localSandboxName(); // "Local sandbox"
    // Azurite's dev account devstoreaccount1 at http://127.0.0.1:10000/devstoreaccount1,
    // container "mlretrain", named "Local sandbox", builtIn.
    static Profile localSandbox();

    // The field keys, in display order: kind, storageAccountName, blobEndpoint, endpointSuffix,
    // container, trainingBatchUrl, trainingServiceName, predictiveRequestUrl,
    // predictiveServiceName, loginUrl, armUrl, tenantId, clientId, subscriptionId, resourceGroup,
    // workspace, endpoint, caCertificateFile, promotionGate.
    // (name and builtIn are not settable: rename through ProfileStore.)
    static QStringList keys();

    // KEY=VALUE editing (the CLI's `profile set`, and loading from settings). The value is
    // trimmed; an empty value clears the field. On error nothing changes and the Error
    // (Kind::Input) names the key and what is wrong, without echoing secret material:
    // unknown key; a secret key (accountKey, sas, trainingApiKey... see secretKindForKey)
    // which is not a field; a URL that is not absolute http(s) with a host, carries a
    // user/password, or has a secret-looking query or fragment (sig=, code=, key=, ...);
    // an account, container, tenant... name that breaks Azure's naming rules; promotion gate
    // rules that do not parse (eval::gateRulesFromText's message).
    Error set(const QString &key, const QString &value);
    // The field's value as text (URLs in full); empty for an unknown key.
    QString value(const QString &key) const;

    // {"name", "builtIn", then every key as a string} for `profile show` and --json.
    QVariantMap toVariantMap() const;

    // The Blob service endpoint to use (see above); empty when neither is set.
    QUrl effectiveBlobEndpoint() const;

    // "accountKey"/"storageAccountKey" -> StorageAccountKey, "sas"/"storageSas" -> StorageSas,
    // "trainingApiKey", "predictiveApiKey", "clientSecret"/"armClientSecret" -> ArmClientSecret,
    // "refreshToken"/"armRefreshToken" -> ArmRefreshToken; the kind ids ("storage-sas", ...) too.
    static std::optional<SecretKind> secretKindForKey(const QString &key);

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace mlr
