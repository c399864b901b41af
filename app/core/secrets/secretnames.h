#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace mlr {

// The secret slots of a connection profile. Each is stored in the keychain under
// "<profile>/<kind-id>" (see SecretStore); none is ever part of a Profile or a settings file.
enum class SecretKind
{
    StorageAccountKey, // Shared Key of the storage account (base64)
    StorageSas, // a SAS token for the storage account or container
    TrainingApiKey, // API key of the retraining (BES) web service
    PredictiveApiKey, // API key of the predictive (RRS) web service
    ArmClientSecret, // client secret of the service principal used for ARM
    ArmRefreshToken, // refresh token from an interactive (device code) ARM sign-in
};

// Every kind, in declaration order.
QList<SecretKind> allSecretKinds();

// Stable identifier used in keychain entry keys and on the command line:
// "storage-account-key", "storage-sas", "training-api-key", "predictive-api-key",
// "arm-client-secret", "arm-refresh-token".
QString secretKindId(SecretKind kind);

// Inverse of secretKindId (exact, case-sensitive match); nullopt for anything else.
std::optional<SecretKind> secretKindFromId(const QString &id);

// Translated name for people, e.g. "storage account key".
QString secretKindLabel(SecretKind kind);

} // namespace mlr
