#pragma once

#include "http/error.h"

#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace mlr {

// A Blob storage account as the client sees it: a name, an endpoint and at most two
// secrets (the account key and/or a SAS token). A plain value; copy it freely.
//
// Requests are signed with Shared Key when key is set, otherwise the SAS token is appended
// to every URL. The secrets are registered with redaction::registerSecret() when parsed.
struct StorageAccount
{
    Q_DECLARE_TR_FUNCTIONS(StorageAccount)

public:
    QString name; // account name
    QString key; // base64 account key (secret), may be empty
    QString sas; // SAS token without leading '?', may be empty (secret)
    // e.g. http://127.0.0.1:10000/devstoreaccount1 or https://acct.blob.core.windows.net (no trailing '/')
    QUrl blobEndpoint;

    // Emulator style: the account is the first path segment of the endpoint.
    bool isPathStyle() const;
    bool hasKey() const { return !key.isEmpty(); }
    bool hasSas() const { return !sas.isEmpty(); }

    // Parses every connection string form: UseDevelopmentStorage=true [DevelopmentStorageProxyUri],
    // DefaultEndpointsProtocol + AccountName + AccountKey (+ EndpointSuffix, default core.windows.net),
    // BlobEndpoint, SharedAccessSignature. Pairs are split at the first '='; keys are
    // case-insensitive; a trailing ';' is fine; Queue/Table/File endpoints are ignored.
    // On failure returns std::nullopt and sets *error (when not null) to an Error::Input whose
    // message names the problem plainly and never contains a secret.
    static std::optional<StorageAccount> fromConnectionString(const QString &text, Error *error);
    // The Azurite/devstore account (devstoreaccount1 and its well-known key).
    static StorageAccount developmentStorage(
        const QUrl &blobEndpoint = QUrl(QStringLiteral("http://127.0.0.1:10000/devstoreaccount1")));

    QString toConnectionString() const; // includes the secrets
    QString redactedConnectionString() const; // AccountKey=***, SharedAccessSignature=***

    // Error::Input when a secret would go over plain HTTP to a non-loopback host, or when the
    // endpoint is not an http(s) URL; a no-error Error otherwise.
    Error checkTransportSecurity() const;

    static constexpr QStringView developmentAccountName = u"devstoreaccount1";
    static constexpr QStringView developmentAccountKey
        = u"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
};

} // namespace mlr
