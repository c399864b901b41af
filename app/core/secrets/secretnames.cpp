#include "secrets/secretnames.h"

#include <QCoreApplication>

namespace mlr {

namespace {

struct KindInfo
{
    SecretKind kind;
    const char16_t *id;
    const char *label;
};

// One row per SecretKind, in declaration order.
constexpr KindInfo kinds[] = {
    { SecretKind::StorageAccountKey, u"storage-account-key",
        QT_TRANSLATE_NOOP("mlr::SecretKind", "storage account key") },
    { SecretKind::StorageSas, u"storage-sas", QT_TRANSLATE_NOOP("mlr::SecretKind", "storage SAS token") },
    { SecretKind::TrainingApiKey, u"training-api-key",
        QT_TRANSLATE_NOOP("mlr::SecretKind", "retraining service API key") },
    { SecretKind::PredictiveApiKey, u"predictive-api-key",
        QT_TRANSLATE_NOOP("mlr::SecretKind", "predictive service API key") },
    { SecretKind::ArmClientSecret, u"arm-client-secret",
        QT_TRANSLATE_NOOP("mlr::SecretKind", "Azure client secret") },
    { SecretKind::ArmRefreshToken, u"arm-refresh-token",
        QT_TRANSLATE_NOOP("mlr::SecretKind", "Azure sign-in (refresh token)") },
};

const KindInfo &info(SecretKind kind)
{
    for (const KindInfo &row : kinds) {
        if (row.kind == kind)
            return row;
    }
    Q_UNREACHABLE();
}

} // namespace

QList<SecretKind> allSecretKinds()
{
    QList<SecretKind> result;
    for (const KindInfo &row : kinds)
        result.append(row.kind);
    return result;
}

QString secretKindId(SecretKind kind)
{
    return QString::fromUtf16(info(kind).id);
}

std::optional<SecretKind> secretKindFromId(const QString &id)
{
    for (const KindInfo &row : kinds) {
        if (id == QStringView(row.id))
            return row.kind;
    }
    return std::nullopt;
}

QString secretKindLabel(SecretKind kind)
{
    return QCoreApplication::translate("mlr::SecretKind", info(kind).label);
}

} // namespace mlr
