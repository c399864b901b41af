#pragma once

#include <QString>
#include <QStringView>

// The one redaction function for every text that leaves the process: logs, error
// messages, exported files and anything shown in a screenshot.
namespace mlr::redaction {

inline constexpr QStringView mask = u"***";

// Masks SAS signatures (sig=***), AccountKey=, SharedAccessSignature=, Authorization
// headers, bearer tokens, SharedKey signatures, JSON/form fields named like secrets, and
// every exact value passed to registerSecret(). Thread-safe.
QString redact(QStringView text);

// Remembers a secret value (an account key, API key, token...) so that redact() masks it
// wherever it appears, also outside a recognised pattern. Values shorter than 6 characters
// are ignored. Thread-safe; lives for the process.
void registerSecret(const QString &secret);

// Routes every qDebug/qWarning/... through redact() before it reaches stderr.
void installRedactingMessageHandler();

} // namespace mlr::redaction
