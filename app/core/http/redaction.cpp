#include "http/redaction.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace mlr::redaction {

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &rules()
{
    using Re = QRegularExpression;
    static const QList<Rule> all = {
        // SAS signature in a URL or token: keep the name, mask the value.
        { Re(QStringLiteral(R"((\bsig=)[^&\s"'<>]+)"), Re::CaseInsensitiveOption), QStringLiteral("\\1***") },
        // Connection string parts.
        { Re(QStringLiteral(R"((\bAccountKey=)[^;\s"']+)"), Re::CaseInsensitiveOption),
            QStringLiteral("\\1***") },
        { Re(QStringLiteral(R"((\bSharedAccessSignature=)[^;\s"']+)"), Re::CaseInsensitiveOption),
            QStringLiteral("\\1***") },
        // Authorization header values.
        { Re(QStringLiteral(R"((\bSharedKey(?:Lite)?\s+[^:\s]+:)[A-Za-z0-9+/=]+)")),
            QStringLiteral("\\1***") },
        { Re(QStringLiteral(R"((\bBearer\s+)[A-Za-z0-9\-._~+/]+=*)"), Re::CaseInsensitiveOption),
            QStringLiteral("\\1***") },
        // Secret-named fields in JSON, form bodies, headers and key=value text. A shell variable
        // ($AZURE_CLIENT_SECRET) is no secret, and the value stops before an escaped quote, so
        // text inside a JSON string stays valid JSON.
        { Re(QStringLiteral(
                 R"((["']?\b(?:access_token|refresh_token|id_token|client_secret|api[_-]?key|apikey|account[_-]?key|primaryKey|secondaryKey|password|device_code)["']?\s*[:=]\s*["']?)(?!\$)[^"'&\s,;}]+?(?=\\["']|["'&\s,;}]|$))"),
              Re::CaseInsensitiveOption),
            QStringLiteral("\\1***") },
    };
    return all;
}

QMutex &secretsMutex()
{
    static QMutex m;
    return m;
}

QList<QString> &secrets()
{
    static QList<QString> s;
    return s;
}

QtMessageHandler &previousHandler()
{
    static QtMessageHandler h = nullptr;
    return h;
}

} // namespace

QString redact(QStringView text)
{
    QString out = text.toString();
    {
        QMutexLocker lock(&secretsMutex());
        for (const QString &secret : std::as_const(secrets()))
            out.replace(secret, mask.toString());
    }
    for (const Rule &rule : rules())
        out.replace(rule.pattern, rule.replacement);
    return out;
}

void registerSecret(const QString &secret)
{
    const QString value = secret.trimmed();
    if (value.size() < 6)
        return;
    QMutexLocker lock(&secretsMutex());
    QList<QString> &all = secrets();
    if (all.contains(value))
        return;
    all.append(value);
    // Longest first so a secret that contains another is masked whole.
    std::sort(all.begin(), all.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void installRedactingMessageHandler()
{
    previousHandler()
        = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &ctx, const QString &msg) {
              const QString clean = redact(msg);
              if (QtMessageHandler previous = previousHandler())
                  previous(type, ctx, clean);
          });
}

} // namespace mlr::redaction
