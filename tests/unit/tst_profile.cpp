#include "eval/gate.h"
#include "profile/profile.h"
#include "profile/profilestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mlr;

class TestProfile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_fileCount = 0;

    QString freshFile() { return m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(++m_fileCount)); }

    static Profile named(const QString &name)
    {
        Profile p;
        p.name = name;
        p.storageAccountName = QStringLiteral("acct1");
        p.container = QStringLiteral("data");
        return p;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- Profile::set -----------------------------------------------------------------------

    void setAcceptsEveryKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // value() afterwards
        auto row = [](const char *key, const QString &value, const QString &expected = {}) {
            QTest::newRow(key) << QString::fromLatin1(key) << value << (expected.isNull() ? value : expected);
        };
        row("storageAccountName", QStringLiteral("mystorage01"));
        row("blobEndpoint", QStringLiteral("https://acct.blob.core.windows.net/"));
        row("endpointSuffix", QStringLiteral("core.chinacloudapi.cn"));
        row("container", QStringLiteral("ml-data-2"));
        row("trainingBatchUrl",
            QStringLiteral("https://ussouthcentral.services.azureml.net/workspaces/w/services/s"));
        row("trainingServiceName", QStringLiteral("Census Retraining [Predictive Exp.]"));
        row("predictiveRequestUrl",
            QStringLiteral(
                "http://127.0.0.1:8411/workspaces/w/services/p/execute?api-version=2.0&details=true"));
        row("predictiveServiceName", QStringLiteral("census-predictive"));
        row("loginUrl", QStringLiteral("https://login.microsoftonline.com"));
        row("armUrl", QStringLiteral("http://localhost:8412/"));
        row("tenantId", QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"));
        row("clientId", QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46"));
        row("subscriptionId", QStringLiteral("00000000-1111-2222-3333-444444444444"));
        row("resourceGroup", QStringLiteral("ml_rg-(test).1"));
        row("kind", QStringLiteral("azureml"));
        row("workspace", QStringLiteral("mlstudio-workspace"));
        row("endpoint", QStringLiteral("census-endpoint"));
        row("caCertificateFile", QStringLiteral("/var/lib/mlstudio-local/ca.pem"));
        row("promotionGate", QStringLiteral("AUC loss <= 0.01; Accuracy >= 0.5"));
        QTest::newRow("promotion gate canonical")
            << QStringLiteral("promotionGate")
            << QStringLiteral(" auc  loss<=1% \n root mean squared error <= 3 ")
            << QStringLiteral("AUC loss <= 1%; Root Mean Squared Error <= 3");
        QTest::newRow("trimmed") << QStringLiteral(" container ") << QStringLiteral("  data  ")
                                 << QStringLiteral("data");
        QTest::newRow("key case-insensitive")
            << QStringLiteral("CONTAINER") << QStringLiteral("data") << QStringLiteral("data");
        QTest::newRow("tenant domain")
            << QStringLiteral("tenantId") << QStringLiteral("contoso.onmicrosoft.com")
            << QStringLiteral("contoso.onmicrosoft.com");
        QTest::newRow("container $root")
            << QStringLiteral("container") << QStringLiteral("$root") << QStringLiteral("$root");
    }

    void setAcceptsEveryKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        Profile p;
        const Error error = p.set(key, value);
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(p.value(key), expected);
        const QStringList keys = Profile::keys();
        const auto canonical = std::find_if(keys.cbegin(), keys.cend(),
            [&](const QString &k) { return k.compare(key.trimmed(), Qt::CaseInsensitive) == 0; });
        QVERIFY(canonical != keys.cend());
        QCOMPARE(p.toVariantMap().value(*canonical).toString(), expected);
        // An empty value clears the field again.
        QVERIFY(!p.set(key, QString()));
        QCOMPARE(p.value(key), QString());
    }

    void everyKeyIsCovered()
    {
        QCOMPARE(Profile::keys(),
            (QStringList { QStringLiteral("kind"), QStringLiteral("storageAccountName"), QStringLiteral("blobEndpoint"),
                QStringLiteral("endpointSuffix"), QStringLiteral("container"),
                QStringLiteral("trainingBatchUrl"), QStringLiteral("trainingServiceName"),
                QStringLiteral("predictiveRequestUrl"), QStringLiteral("predictiveServiceName"),
                QStringLiteral("loginUrl"), QStringLiteral("armUrl"), QStringLiteral("tenantId"),
                QStringLiteral("clientId"), QStringLiteral("subscriptionId"), QStringLiteral("resourceGroup"),
                QStringLiteral("workspace"), QStringLiteral("endpoint"), QStringLiteral("caCertificateFile"),
                QStringLiteral("promotionGate") }));
        const QVariantMap map = Profile().toVariantMap();
        for (const QString &key : Profile::keys())
            QVERIFY2(map.contains(key), qPrintable(key));
        QVERIFY(map.contains(QStringLiteral("name")));
        QVERIFY(map.contains(QStringLiteral("builtIn")));
    }

    void promotionGateRules()
    {
        Profile p;
        QCOMPARE(p.gateRules(), eval::defaultGateRules()); // empty = defaults
        QVERIFY(!p.set(QStringLiteral("promotionGate"), QStringLiteral("none")));
        QCOMPARE(p.gateRules().rules.size(), 0);
        QVERIFY(!p.set(QStringLiteral("promotionGate"), QStringLiteral("Accuracy >= 0.7")));
        QCOMPARE(p.gateRules().rules.size(), 1);
        QCOMPARE(p.gateRules().rules.first().amount, 0.7);
        p.promotionGate = QStringLiteral("garbled"); // a hand-edited settings file
        QCOMPARE(p.gateRules(), eval::defaultGateRules());
    }

    void setRejects_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions"); // the message must contain this
        auto row = [](const char *tag, const char *key, const char *value, const char *mentions) {
            QTest::newRow(tag) << QString::fromLatin1(key) << QString::fromLatin1(value)
                               << QString::fromLatin1(mentions);
        };
        row("unknown key", "colour", "blue", "Unknown profile setting 'colour'");
        row("name is not a key", "name", "x", "Unknown profile setting");
        row("url without scheme", "blobEndpoint", "127.0.0.1:10000/devstoreaccount1", "https://");
        row("url host:port", "armUrl", "localhost:8412", "https://");
        row("url relative", "loginUrl", "/oauth2/token", "https://");
        row("url ftp", "trainingBatchUrl", "ftp://example.net/x", "https://");
        row("url no host", "armUrl", "https:///path-only", "https://");
        row("url with sas sig", "blobEndpoint",
            "https://acct.blob.core.windows.net/c?sv=2021-08-06&sp=r&sig=abcDEF123%2B%3D", "secret");
        row("url with api key", "predictiveRequestUrl", "https://x.net/execute?api-version=2.0&api_key=zzz",
            "secret");
        row("url with token fragment", "loginUrl", "https://login.example.net/#access_token=eyJabc",
            "secret");
        row("url with password", "armUrl", "https://user:pass@management.azure.com/", "password");
        row("account uppercase", "storageAccountName", "MyStorage", "lowercase");
        row("account too short", "storageAccountName", "ab", "3 to 24");
        row("account with key pasted", "storageAccountName",
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
            "3 to 24");
        row("suffix with scheme", "endpointSuffix", "https://core.windows.net", "core.windows.net");
        row("suffix single label", "endpointSuffix", "localhost", "core.windows.net");
        row("container uppercase", "container", "Data", "lowercase");
        row("container double hyphen", "container", "my--data", "single hyphens");
        row("container too short", "container", "ab", "3 to 63");
        row("container trailing hyphen", "container", "data-", "hyphens");
        row("service name slash", "trainingServiceName", "a/b", "/");
        row("tenant with space", "tenantId", "my tenant", "tenant");
        row("client id with slash", "clientId", "abc/def", "GUID");
        row("subscription with query", "subscriptionId", "abc?x=1", "GUID");
        row("resource group trailing dot", "resourceGroup", "rg.", "not ending");
        row("resource group slash", "resourceGroup", "a/b", "letters");
        row("kind unknown", "kind", "sagemaker", "classic");
        row("workspace too short", "workspace", "ws", "3 to 33");
        row("endpoint double dash", "endpoint", "blue--green", "single");
        row("CA file relative", "caCertificateFile", "certs/root.crt", "full path");
        row("promotion gate unknown metric", "promotionGate", "Happiness >= 1", "Happiness");
        row("promotion gate malformed", "promotionGate", "AUC must be good", "not understood");
        row("secret key accountKey", "accountKey", "Eby8vdM02xNO", "secret");
        row("secret key sas", "sas", "sv=2020&sig=abc", "keychain");
        row("secret key trainingApiKey", "trainingApiKey", "abcdef", "keychain");
        row("secret key predictiveApiKey", "predictiveApiKey", "abcdef", "keychain");
        row("secret key clientSecret", "clientSecret", "abcdef", "keychain");
        row("secret kind id", "storage-account-key", "abcdef", "keychain");
    }

    void setRejects()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        Profile p = Profile::localSandbox();
        const Profile before = p;
        const Error error = p.set(key, value);
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY2(error.message().contains(mentions, Qt::CaseInsensitive), qPrintable(error.message()));
        QCOMPARE(p, before); // nothing changed
        // Refusals never echo the value: it may be a misplaced secret.
        if (value.size() >= 6)
            QVERIFY2(!error.message().contains(value), qPrintable(error.message()));
        if (Profile::secretKindForKey(key)) // a secret key names the key and says why
            QVERIFY2(error.message().contains(key), qPrintable(error.message()));
    }

    void secretKindForKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("kind"); // -1: not a secret
        QTest::newRow("accountKey") << QStringLiteral("accountKey") << int(SecretKind::StorageAccountKey);
        QTest::newRow("storageAccountKey")
            << QStringLiteral("storageAccountKey") << int(SecretKind::StorageAccountKey);
        QTest::newRow("sas") << QStringLiteral("sas") << int(SecretKind::StorageSas);
        QTest::newRow("trainingApiKey")
            << QStringLiteral("trainingApiKey") << int(SecretKind::TrainingApiKey);
        QTest::newRow("predictiveApiKey")
            << QStringLiteral("predictiveApiKey") << int(SecretKind::PredictiveApiKey);
        QTest::newRow("clientSecret") << QStringLiteral("clientSecret") << int(SecretKind::ArmClientSecret);
        QTest::newRow("refreshToken") << QStringLiteral("refreshToken") << int(SecretKind::ArmRefreshToken);
        QTest::newRow("kind id") << QStringLiteral("arm-refresh-token") << int(SecretKind::ArmRefreshToken);
        QTest::newRow("field") << QStringLiteral("container") << -1;
        QTest::newRow("unknown") << QStringLiteral("colour") << -1;
    }

    void secretKindForKey()
    {
        QFETCH(QString, key);
        QFETCH(int, kind);
        const std::optional<SecretKind> found = Profile::secretKindForKey(key);
        QCOMPARE(found ? int(*found) : -1, kind);
    }

    void secretKindIds()
    {
        const QStringList ids = { QStringLiteral("storage-account-key"), QStringLiteral("storage-sas"),
            QStringLiteral("training-api-key"), QStringLiteral("predictive-api-key"),
            QStringLiteral("arm-client-secret"), QStringLiteral("arm-refresh-token") };
        QCOMPARE(allSecretKinds().size(), ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            const SecretKind kind = allSecretKinds().at(i);
            QCOMPARE(secretKindId(kind), ids.at(i));
            QCOMPARE(secretKindFromId(ids.at(i)), std::optional<SecretKind>(kind));
            QVERIFY(!secretKindLabel(kind).isEmpty());
        }
        QVERIFY(!secretKindFromId(QStringLiteral("Storage-SAS")));
        QVERIFY(!secretKindFromId(QString()));
    }

    void localSandbox()
    {
        const Profile p = Profile::localSandbox();
        QCOMPARE(p.name, QStringLiteral("Local sandbox"));
        QVERIFY(p.builtIn);
        QCOMPARE(p.storageAccountName, QStringLiteral("devstoreaccount1"));
        QCOMPARE(p.blobEndpoint, QUrl(QStringLiteral("http://127.0.0.1:10000/devstoreaccount1")));
        QCOMPARE(p.container, QStringLiteral("mlretrain"));
        QCOMPARE(p.effectiveBlobEndpoint(), p.blobEndpoint);
        QCOMPARE(p.toVariantMap().value(QStringLiteral("blobEndpoint")).toString(),
            QStringLiteral("http://127.0.0.1:10000/devstoreaccount1"));
        QCOMPARE(p.toVariantMap().value(QStringLiteral("builtIn")).toBool(), true);
    }

    void effectiveBlobEndpoint()
    {
        Profile p;
        QVERIFY(p.effectiveBlobEndpoint().isEmpty());
        p.storageAccountName = QStringLiteral("acct");
        QCOMPARE(p.effectiveBlobEndpoint(), QUrl(QStringLiteral("https://acct.blob.core.windows.net")));
        p.endpointSuffix = QStringLiteral("core.chinacloudapi.cn");
        QCOMPARE(p.effectiveBlobEndpoint(), QUrl(QStringLiteral("https://acct.blob.core.chinacloudapi.cn")));
        p.blobEndpoint = QUrl(QStringLiteral("http://127.0.0.1:10000/acct"));
        QCOMPARE(p.effectiveBlobEndpoint(), p.blobEndpoint);
    }

    // --- ProfileStore -------------------------------------------------------------------------

    void emptyStoreHasTheSandbox()
    {
        ProfileStore store(freshFile());
        QCOMPARE(store.names(), QStringList { QStringLiteral("Local sandbox") });
        const std::optional<Profile> sandbox = store.load(QStringLiteral("Local sandbox"));
        QVERIFY(sandbox);
        QCOMPARE(*sandbox, Profile::localSandbox());
        QVERIFY(!store.load(QStringLiteral("nope")));
        QCOMPARE(store.lastUsed(), QStringLiteral("Local sandbox"));
    }

    void saveAndLoadRoundTrip()
    {
        const QString file = freshFile();
        Profile p = named(QStringLiteral("Prod west"));
        for (const QString &key : Profile::keys()) {
            const QString value = key.endsWith(QStringLiteral("Url")) || key == QStringLiteral("blobEndpoint")
                ? QStringLiteral("https://example.net/") + key + QStringLiteral("?api-version=2.0")
                : key == QStringLiteral("storageAccountName") ? QStringLiteral("prodacct")
                : key == QStringLiteral("endpointSuffix")     ? QStringLiteral("core.windows.net")
                : key == QStringLiteral("container")          ? QStringLiteral("inputs")
                : key == QStringLiteral("promotionGate")      ? QStringLiteral("AUC gain >= 0.5%")
                : key == QStringLiteral("caCertificateFile")  ? QStringLiteral("/etc/mlretrain/ca.pem")
                : key == QStringLiteral("kind")               ? QStringLiteral("azureml")
                : key == QStringLiteral("endpoint")           ? QStringLiteral("census-endpoint")
                                                              : QStringLiteral("v-") + key.toLower();
            const Error error = p.set(key, value);
            QVERIFY2(!error, qPrintable(key + u' ' + error.message()));
        }
        {
            ProfileStore store(file);
            QVERIFY(!store.save(p));
            QCOMPARE(store.fileName(), file);
        }
        ProfileStore reopened(file); // a fresh instance reads it back from disk
        QCOMPARE(
            reopened.names(), (QStringList { QStringLiteral("Local sandbox"), QStringLiteral("Prod west") }));
        const std::optional<Profile> loaded = reopened.load(QStringLiteral("Prod west"));
        QVERIFY(loaded);
        QCOMPARE(*loaded, p);
        QVERIFY(!loaded->builtIn);
    }

    void namesAreSortedAfterTheSandbox()
    {
        ProfileStore store(freshFile());
        for (const char *name : { "zeta", "Alpha", "beta", "Gamma 2" })
            QVERIFY(!store.save(named(QString::fromLatin1(name))));
        QCOMPARE(store.names(),
            (QStringList { QStringLiteral("Local sandbox"), QStringLiteral("Alpha"), QStringLiteral("beta"),
                QStringLiteral("Gamma 2"), QStringLiteral("zeta") }));
    }

    void saveValidatesName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("backslash") << QStringLiteral("a\\b");
        QTest::newRow("control") << QStringLiteral("a\tb");
        QTest::newRow("leading space") << QStringLiteral(" a");
        QTest::newRow("65 chars") << QString(65, u'x');
        QTest::newRow("case clash with sandbox") << QStringLiteral("local SANDBOX");
        QTest::newRow("case clash") << QStringLiteral("EXISTING");
    }

    void saveValidatesName()
    {
        QFETCH(QString, name);
        const QString file = freshFile();
        ProfileStore store(file);
        QVERIFY(!store.save(named(QStringLiteral("existing"))));
        const Error error = store.save(named(name));
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY(!error.message().isEmpty());
        QCOMPARE(store.names().size(), 2);
    }

    void nameLimits()
    {
        ProfileStore store(freshFile());
        QVERIFY(!store.save(named(QString(64, u'x'))));
        const QString odd = QStringLiteral("Prod (EU) #1; a=b [x] %20 é");
        QVERIFY(!store.save(named(odd)));
        QVERIFY(store.contains(odd));
        QVERIFY(store.load(odd));
        QCOMPARE(store.load(odd)->name, odd);
    }

    void saveRevalidatesFields()
    {
        ProfileStore store(freshFile());
        Profile p = named(QStringLiteral("direct"));
        p.blobEndpoint = QUrl(QStringLiteral("https://a.blob.core.windows.net/c?sv=1&sig=SECRETSIG123"));
        const Error error = store.save(p);
        QCOMPARE(error.kind, Error::Kind::Input);
        QVERIFY(!store.contains(QStringLiteral("direct")));
        QVERIFY(!QFile(store.fileName()).exists() || !readAll(store.fileName()).contains("SECRETSIG123"));
        p.builtIn = true; // only the sandbox is built in
        p.blobEndpoint = QUrl();
        QCOMPARE(store.save(p).kind, Error::Kind::Input);
    }

    void saveOverwrites()
    {
        ProfileStore store(freshFile());
        Profile p = named(QStringLiteral("p"));
        p.tenantId = QStringLiteral("contoso.com");
        QVERIFY(!store.save(p));
        p.tenantId.clear();
        p.container = QStringLiteral("other");
        QVERIFY(!store.save(p));
        const Profile loaded = *store.load(QStringLiteral("p"));
        QCOMPARE(loaded.tenantId, QString());
        QCOMPARE(loaded.container, QStringLiteral("other"));
    }

    void sandboxCanBeEditedNotRemovedOrRenamed()
    {
        const QString file = freshFile();
        ProfileStore store(file);
        Profile sandbox = *store.load(QStringLiteral("Local sandbox"));
        QVERIFY(!sandbox.set(QStringLiteral("container"), QStringLiteral("edited")));
        QVERIFY(!sandbox.set(QStringLiteral("blobEndpoint"), QString())); // clearing a default sticks
        QVERIFY(!store.save(sandbox));
        const Profile loaded = *ProfileStore(file).load(QStringLiteral("Local sandbox"));
        QVERIFY(loaded.builtIn);
        QCOMPARE(loaded.container, QStringLiteral("edited"));
        QCOMPARE(loaded.blobEndpoint, QUrl());
        QCOMPARE(loaded.storageAccountName, QStringLiteral("devstoreaccount1"));
        QCOMPARE(store.names(), QStringList { QStringLiteral("Local sandbox") });

        QCOMPARE(store.remove(QStringLiteral("Local sandbox")).kind, Error::Kind::Input);
        QCOMPARE(
            store.rename(QStringLiteral("Local sandbox"), QStringLiteral("mine")).kind, Error::Kind::Input);
        QVERIFY(store.contains(QStringLiteral("Local sandbox")));
        QVERIFY(!store.contains(QStringLiteral("mine")));
    }

    void removeRules()
    {
        ProfileStore store(freshFile());
        QVERIFY(!store.save(named(QStringLiteral("a"))));
        QVERIFY(!store.save(named(QStringLiteral("b"))));
        store.setLastUsed(QStringLiteral("a"));
        QCOMPARE(store.lastUsed(), QStringLiteral("a"));
        QVERIFY(!store.remove(QStringLiteral("a")));
        QCOMPARE(store.names(), (QStringList { QStringLiteral("Local sandbox"), QStringLiteral("b") }));
        QCOMPARE(store.lastUsed(), QStringLiteral("Local sandbox"));
        QCOMPARE(store.remove(QStringLiteral("a")).kind, Error::Kind::Input); // already gone
        QCOMPARE(store.remove(QStringLiteral("B")).kind, Error::Kind::Input); // names are exact
        QVERIFY(store.contains(QStringLiteral("b")));
    }

    void renameRules()
    {
        const QString file = freshFile();
        ProfileStore store(file);
        Profile a = named(QStringLiteral("a"));
        a.armUrl = QUrl(QStringLiteral("https://management.azure.com"));
        QVERIFY(!store.save(a));
        QVERIFY(!store.save(named(QStringLiteral("b"))));
        store.setLastUsed(QStringLiteral("a"));

        QCOMPARE(store.rename(QStringLiteral("a"), QStringLiteral("b")).kind, Error::Kind::Input); // exists
        QCOMPARE(
            store.rename(QStringLiteral("a"), QStringLiteral("B")).kind, Error::Kind::Input); // ignoring case
        QCOMPARE(store.rename(QStringLiteral("a"), QStringLiteral("local sandbox")).kind, Error::Kind::Input);
        QCOMPARE(store.rename(QStringLiteral("a"), QStringLiteral("x/y")).kind, Error::Kind::Input);
        QCOMPARE(store.rename(QStringLiteral("missing"), QStringLiteral("c")).kind, Error::Kind::Input);

        QVERIFY(!store.rename(QStringLiteral("a"), QStringLiteral("c")));
        QVERIFY(!store.contains(QStringLiteral("a")));
        QCOMPARE(store.lastUsed(), QStringLiteral("c"));
        Profile expected = a;
        expected.name = QStringLiteral("c");
        QCOMPARE(*ProfileStore(file).load(QStringLiteral("c")), expected);

        QVERIFY(!store.rename(QStringLiteral("c"), QStringLiteral("C"))); // a change of case is fine
        QCOMPARE(store.names(),
            (QStringList { QStringLiteral("Local sandbox"), QStringLiteral("b"), QStringLiteral("C") }));
        QVERIFY(!store.rename(QStringLiteral("C"), QStringLiteral("C"))); // no-op
    }

    void lastUsed()
    {
        const QString file = freshFile();
        ProfileStore store(file);
        store.setLastUsed(QStringLiteral("ghost"));
        QCOMPARE(store.lastUsed(), QStringLiteral("Local sandbox")); // unknown names fall back
        QVERIFY(!store.save(named(QStringLiteral("real"))));
        store.setLastUsed(QStringLiteral("real"));
        QCOMPARE(ProfileStore(file).lastUsed(), QStringLiteral("real"));
    }

    void seesChangesFromAnotherInstance()
    {
        const QString file = freshFile();
        ProfileStore gui(file);
        QCOMPARE(gui.names().size(), 1);
        ProfileStore cli(file);
        QVERIFY(!cli.save(named(QStringLiteral("from-cli"))));
        QVERIFY(gui.contains(QStringLiteral("from-cli")));
    }

    void hardEditedBadValuesAreIgnored()
    {
        const QString file = freshFile();
        QFile ini(file);
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[profiles]\nhand\\container=BAD--NAME\nhand\\tenantId=contoso.com\n");
        ini.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ignoring.*container")));
        const std::optional<Profile> p = ProfileStore(file).load(QStringLiteral("hand"));
        QVERIFY(p);
        QCOMPARE(p->container, QString());
        QCOMPARE(p->tenantId, QStringLiteral("contoso.com"));
    }

private:
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
