#include "profile/profile.h"

#include "eval/gate.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrlQuery>

namespace mlr {

namespace {

// How a field's value is checked.
enum class Rule
{
    Url,
    AccountName,
    EndpointSuffix,
    Container,
    ServiceName,
    Tenant,
    Identifier,
    ResourceGroup,
    Kind,
    Workspace,
    EndpointName,
    FilePath,
    GateRules
};

struct Field
{
    const char16_t *key;
    QString Profile::*text;
    QUrl Profile::*url;
    Rule rule;
};

// One row per settable field, in display order (keys()).
const Field fields[] = {
    { u"kind", &Profile::kind, nullptr, Rule::Kind },
    { u"storageAccountName", &Profile::storageAccountName, nullptr, Rule::AccountName },
    { u"blobEndpoint", nullptr, &Profile::blobEndpoint, Rule::Url },
    { u"endpointSuffix", &Profile::endpointSuffix, nullptr, Rule::EndpointSuffix },
    { u"container", &Profile::container, nullptr, Rule::Container },
    { u"trainingBatchUrl", nullptr, &Profile::trainingBatchUrl, Rule::Url },
    { u"trainingServiceName", &Profile::trainingServiceName, nullptr, Rule::ServiceName },
    { u"predictiveRequestUrl", nullptr, &Profile::predictiveRequestUrl, Rule::Url },
    { u"predictiveServiceName", &Profile::predictiveServiceName, nullptr, Rule::ServiceName },
    { u"loginUrl", nullptr, &Profile::loginUrl, Rule::Url },
    { u"armUrl", nullptr, &Profile::armUrl, Rule::Url },
    { u"tenantId", &Profile::tenantId, nullptr, Rule::Tenant },
    { u"clientId", &Profile::clientId, nullptr, Rule::Identifier },
    { u"subscriptionId", &Profile::subscriptionId, nullptr, Rule::Identifier },
    { u"resourceGroup", &Profile::resourceGroup, nullptr, Rule::ResourceGroup },
    { u"workspace", &Profile::workspace, nullptr, Rule::Workspace },
    { u"endpoint", &Profile::endpoint, nullptr, Rule::EndpointName },
    { u"caCertificateFile", &Profile::caCertificateFile, nullptr, Rule::FilePath },
    { u"promotionGate", &Profile::promotionGate, nullptr, Rule::GateRules },
};

const Field *findField(const QString &key)
{
    for (const Field &field : fields) {
        if (key.compare(QStringView(field.key), Qt::CaseInsensitive) == 0)
            return &field;
    }
    return nullptr;
}

struct SecretAlias
{
    const char16_t *key;
    SecretKind kind;
};

const SecretAlias secretAliases[] = {
    { u"accountKey", SecretKind::StorageAccountKey },
    { u"storageAccountKey", SecretKind::StorageAccountKey },
    { u"sas", SecretKind::StorageSas },
    { u"storageSas", SecretKind::StorageSas },
    { u"sasToken", SecretKind::StorageSas },
    { u"trainingApiKey", SecretKind::TrainingApiKey },
    { u"predictiveApiKey", SecretKind::PredictiveApiKey },
    { u"clientSecret", SecretKind::ArmClientSecret },
    { u"armClientSecret", SecretKind::ArmClientSecret },
    { u"refreshToken", SecretKind::ArmRefreshToken },
    { u"armRefreshToken", SecretKind::ArmRefreshToken },
};

// Query or fragment parameters that carry credentials (SAS signature, API keys, OAuth codes
// and tokens, passwords). A URL with one of these is refused: the secret would end up in a
// settings file.
bool hasSecretParameter(const QString &query)
{
    static const QStringList names = {
        QStringLiteral("sig"),
        QStringLiteral("signature"),
        QStringLiteral("code"),
        QStringLiteral("key"),
        QStringLiteral("apikey"),
        QStringLiteral("api-key"),
        QStringLiteral("api_key"),
        QStringLiteral("access_token"),
        QStringLiteral("id_token"),
        QStringLiteral("refresh_token"),
        QStringLiteral("token"),
        QStringLiteral("client_secret"),
        QStringLiteral("password"),
        QStringLiteral("pwd"),
        QStringLiteral("secret"),
        QStringLiteral("accountkey"),
        QStringLiteral("sharedaccesssignature"),
        QStringLiteral("subscription-key"),
    };
    const QUrlQuery items(query);
    for (const auto &[name, value] : items.queryItems(QUrl::FullyDecoded)) {
        if (names.contains(name.trimmed(), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString checkUrl(const QString &key, const QString &value, QUrl *out)
{
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
        return Profile::tr(
            "%1 must be a full address starting with https:// (or http:// for a local service), "
            "e.g. https://example.net/path.")
            .arg(key);
    }
    if (!url.userInfo().isEmpty())
        return Profile::tr("%1 must not contain a user name or password.").arg(key);
    if (hasSecretParameter(url.query()) || hasSecretParameter(url.fragment())) {
        return Profile::tr("%1 looks like it contains a secret (such as sig=, key= or a token) in its query. "
                           "Give the address without it and store the secret as a secret of the profile "
                           "(e.g. sas), which goes to the keychain.")
            .arg(key);
    }
    *out = url;
    return {};
}

bool matches(const QString &value, const QRegularExpression &re)
{
    return re.match(value).hasMatch();
}

QString checkText(const QString &key, const QString &value, Rule rule)
{
    switch (rule) {
    case Rule::Url:
    case Rule::GateRules: // parsed in set()
        break;
    case Rule::AccountName: {
        static const QRegularExpression re(QStringLiteral("^[a-z0-9]{3,24}$"));
        if (!matches(value, re))
            return Profile::tr("%1 must be 3 to 24 lowercase letters and digits.").arg(key);
        break;
    }
    case Rule::EndpointSuffix: {
        static const QRegularExpression re(QStringLiteral(
            "^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
        if (!matches(value, re))
            return Profile::tr("%1 must be a domain such as core.windows.net (without https://).").arg(key);
        break;
    }
    case Rule::Container: {
        static const QRegularExpression re(QStringLiteral("^(\\$root|\\$web|[a-z0-9](-?[a-z0-9])*)$"));
        if (!matches(value, re) || value.size() < 3 || value.size() > 63) {
            return Profile::tr("%1 must be 3 to 63 lowercase letters, digits and single hyphens, starting "
                               "and ending with a letter or digit.")
                .arg(key);
        }
        break;
    }
    case Rule::ServiceName: {
        static const QRegularExpression re(QStringLiteral("^[^\\x00-\\x1f\\x7f/\\\\?#%]{1,260}$"));
        if (!matches(value, re))
            return Profile::tr("%1 must not contain / \\ ? # % or control characters.").arg(key);
        break;
    }
    case Rule::Tenant: {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]{0,254}[A-Za-z0-9])?$"));
        if (!matches(value, re))
            return Profile::tr("%1 must be a tenant id (a GUID) or a domain such as contoso.onmicrosoft.com.")
                .arg(key);
        break;
    }
    case Rule::Identifier: {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{1,128}$"));
        if (!matches(value, re))
            return Profile::tr("%1 must be an id such as a GUID (letters, digits, '.', '_' and '-').")
                .arg(key);
        break;
    }
    case Rule::Kind:
        if (value != Profile::classicKind() && value != Profile::azuremlKind())
            return Profile::tr(
                "%1 must be classic (Azure Machine Learning Studio, classic) or azureml (Azure "
                "Machine Learning).")
                .arg(key);
        break;
    case Rule::Workspace: {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{2,32}$"));
        if (!matches(value, re))
            return Profile::tr("%1 must be 3 to 33 letters, digits, '-' and '_', starting with a letter or "
                               "digit.")
                .arg(key);
        break;
    }
    case Rule::EndpointName: {
        static const QRegularExpression re(
            QStringLiteral("^[A-Za-z](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){2,31}$"));
        if (!matches(value, re))
            return Profile::tr("%1 must be 3 to 32 letters, digits and single '-', starting with a letter.")
                .arg(key);
        break;
    }
    case Rule::FilePath:
        if (!QDir::isAbsolutePath(value) || value.contains(u'\n'))
            return Profile::tr("%1 must be the full path of a file, e.g. /home/me/ca.pem.").arg(key);
        break;
    case Rule::ResourceGroup: {
        static const QRegularExpression re(
            QStringLiteral("^[-\\w.()]{0,89}[-\\w()]$"), QRegularExpression::UseUnicodePropertiesOption);
        if (!matches(value, re)) {
            return Profile::tr("%1 must be 1 to 90 letters, digits, '-', '_', '.', '(' or ')', not ending "
                               "with '.'.")
                .arg(key);
        }
        break;
    }
    }
    return {};
}

} // namespace

QString Profile::classicKind()
{
    return QStringLiteral("classic");
}

QString Profile::azuremlKind()
{
    return QStringLiteral("azureml");
}

bool Profile::isAzureMl() const
{
    return kind == azuremlKind();
}

QString Profile::localSandboxName()
{
    return QStringLiteral("Local sandbox"); // an identifier (settings, keychain keys): never translated
}

Profile Profile::localSandbox()
{
    Profile p;
    p.name = localSandboxName();
    p.builtIn = true;
    p.storageAccountName = QStringLiteral("devstoreaccount1");
    p.blobEndpoint = QUrl(QStringLiteral("http://127.0.0.1:10000/devstoreaccount1"));
    p.container = QStringLiteral("mlretrain");
    return p;
}

QStringList Profile::keys()
{
    QStringList result;
    for (const Field &field : fields)
        result.append(QString::fromUtf16(field.key));
    return result;
}

Error Profile::set(const QString &key, const QString &rawValue)
{
    const Field *field = findField(key.trimmed());
    if (!field) {
        if (secretKindForKey(key.trimmed())) {
            return Error::input(tr("'%1' is a secret: it is kept in the keychain, never in the profile's "
                                   "settings. Store it as a secret of the profile instead.")
                                    .arg(key.trimmed()));
        }
        return Error::input(tr("Unknown profile setting '%1'. Known settings: %2.")
                                .arg(key.trimmed(), keys().join(QStringLiteral(", "))));
    }
    const QString name = QString::fromUtf16(field->key);
    const QString value = rawValue.trimmed();
    if (field->url) {
        QUrl url;
        if (!value.isEmpty()) {
            if (const QString problem = checkUrl(name, value, &url); !problem.isEmpty())
                return Error::input(problem);
        }
        this->*(field->url) = url;
        return {};
    }
    if (field->rule == Rule::GateRules && !value.isEmpty()) {
        Error error;
        const auto rules = eval::gateRulesFromText(value, &error);
        if (!rules)
            return Error::input(tr("%1: %2").arg(name, error.detail));
        this->*(field->text) = eval::gateRulesToText(*rules);
        return {};
    }
    if (!value.isEmpty()) {
        if (const QString problem = checkText(name, value, field->rule); !problem.isEmpty())
            return Error::input(problem);
    }
    this->*(field->text) = value;
    return {};
}

eval::GateRules Profile::gateRules() const
{
    if (promotionGate.isEmpty())
        return eval::defaultGateRules();
    return eval::gateRulesFromText(promotionGate, nullptr).value_or(eval::defaultGateRules());
}

QString Profile::value(const QString &key) const
{
    const Field *field = findField(key.trimmed());
    if (!field)
        return {};
    return field->url ? (this->*(field->url)).toString() : this->*(field->text);
}

QVariantMap Profile::toVariantMap() const
{
    QVariantMap map;
    map.insert(QStringLiteral("name"), name);
    map.insert(QStringLiteral("builtIn"), builtIn);
    for (const Field &field : fields) {
        const QString key = QString::fromUtf16(field.key);
        map.insert(key, value(key));
    }
    return map;
}

QUrl Profile::effectiveBlobEndpoint() const
{
    if (!blobEndpoint.isEmpty())
        return blobEndpoint;
    if (storageAccountName.isEmpty())
        return {};
    const QString suffix = endpointSuffix.isEmpty() ? QStringLiteral("core.windows.net") : endpointSuffix;
    return QUrl(QStringLiteral("https://") + storageAccountName + QStringLiteral(".blob.") + suffix);
}

std::optional<SecretKind> Profile::secretKindForKey(const QString &key)
{
    for (const SecretAlias &alias : secretAliases) {
        if (key.compare(QStringView(alias.key), Qt::CaseInsensitive) == 0)
            return alias.kind;
    }
    return secretKindFromId(key);
}

} // namespace mlr
