// mlr::i18n: locale formatting helpers, the language a locale or preference stands for, the
// stored preference, installing the catalogues, and the metric glossary in both languages.
#include "arm/definitionfile.h"
#include "http/error.h"
#include "i18n/language.h"
#include "i18n/localeformat.h"
#include "i18n/metricglossary.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace mlr::i18n;

namespace {
const QLocale en(QLocale::English, QLocale::UnitedStates);
const QLocale fr(QLocale::French, QLocale::France);
constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();
const QString nbsp(QChar(0x00A0));
const QString nnbsp(QChar(0x202F)); // French digit grouping in Qt's CLDR data
} // namespace

class TestI18nFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimal_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << en << 0.81254 << 4 << QStringLiteral("0.8125");
        QTest::newRow("fr") << fr << 0.81254 << 4 << QStringLiteral("0,8125");
        QTest::newRow("en thousands") << en << 12345.5 << 1 << QStringLiteral("12,345.5");
        QTest::newRow("fr thousands")
            << fr << 12345.5 << 1 << QStringLiteral("12") + nnbsp + QStringLiteral("345,5");
        QTest::newRow("nan") << fr << notANumber << 4 << QStringLiteral("—");
        QTest::newRow("infinity") << en << std::numeric_limits<double>::infinity() << 2
                                  << QStringLiteral("∞");
    }
    void decimal()
    {
        QFETCH(QLocale, locale);
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        QCOMPARE(formatDecimal(value, decimals, locale), expected);
    }

    void signedDecimal_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en gain") << en << 0.0228 << QStringLiteral("+0.0228");
        QTest::newRow("fr gain") << fr << 0.0228 << QStringLiteral("+0,0228");
        QTest::newRow("en loss") << en << -0.01 << QStringLiteral("-0.0100");
        QTest::newRow("fr loss") << fr << -0.01 << fr.negativeSign() + QStringLiteral("0,0100");
        QTest::newRow("zero has no sign") << en << 0.0 << QStringLiteral("0.0000");
        QTest::newRow("rounds to zero: no sign") << fr << 0.00001 << QStringLiteral("0,0000");
        QTest::newRow("nan") << en << notANumber << QStringLiteral("—");
    }
    void signedDecimal()
    {
        QFETCH(QLocale, locale);
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(formatSignedDecimal(value, 4, locale), expected);
    }

    void percent_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<double>("fraction");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << en << 0.125 << 1 << QStringLiteral("12.5%");
        QTest::newRow("fr: comma, no-break space")
            << fr << 0.125 << 1 << QStringLiteral("12,5") + nbsp + u'%';
        QTest::newRow("en whole") << en << 1.0 << 0 << QStringLiteral("100%");
        QTest::newRow("fr whole") << fr << 1.0 << 0 << QStringLiteral("100") + nbsp + u'%';
        QTest::newRow("nan") << fr << notANumber << 1 << QStringLiteral("—");
    }
    void percent()
    {
        QFETCH(QLocale, locale);
        QFETCH(double, fraction);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        QCOMPARE(formatPercent(fraction, decimals, locale), expected);
    }

    void count_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << en << qint64(12345) << QStringLiteral("12,345");
        QTest::newRow("fr") << fr << qint64(12345) << QStringLiteral("12") + nnbsp + QStringLiteral("345");
        QTest::newRow("small") << fr << qint64(7) << QStringLiteral("7");
    }
    void count()
    {
        QFETCH(QLocale, locale);
        QFETCH(qint64, count);
        QFETCH(QString, expected);
        QCOMPARE(formatCount(count, locale), expected);
    }

    void dataSize_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en bytes") << en << qint64(512) << QStringLiteral("512 bytes");
        QTest::newRow("fr octets") << fr << qint64(512)
                                   << QStringLiteral("512") + nbsp + QStringLiteral("octets");
        QTest::newRow("fr one octet")
            << fr << qint64(1) << QStringLiteral("1") + nbsp + QStringLiteral("octet");
        QTest::newRow("en MB") << en << qint64(1'500'000) << QStringLiteral("1.5 MB");
        QTest::newRow("fr Mo") << fr << qint64(1'500'000)
                               << QStringLiteral("1,5") + nbsp + QStringLiteral("Mo");
        QTest::newRow("fr ko") << fr << qint64(480'000)
                               << QStringLiteral("480") + nbsp + QStringLiteral("ko");
        QTest::newRow("fr Go") << fr << qint64(2'000'000'000)
                               << QStringLiteral("2,0") + nbsp + QStringLiteral("Go");
    }
    void dataSize()
    {
        QFETCH(QLocale, locale);
        QFETCH(qint64, bytes);
        QFETCH(QString, expected);
        QCOMPARE(formatDataSize(bytes, locale), expected);
    }

    void dateTime_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en: month first, 12-hour") << en << QStringLiteral("3/14/26");
        QTest::newRow("fr: day first, 24-hour") << fr << QStringLiteral("14/03/2026 15:09");
    }
    void dateTime()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        const QDateTime when(QDate(2026, 3, 14), QTime(15, 9));
        // Local time in, local time out; Qt's CLDR short formats vary by version in details
        // (spaces, AM/PM), so the date part is what is compared.
        QVERIFY2(formatDateTime(when, locale).startsWith(expected.section(u' ', 0, 0)),
            qPrintable(formatDateTime(when, locale)));
        if (locale.language() == QLocale::French)
            QCOMPARE(formatDateTime(when, locale), expected);
        QCOMPARE(formatDate(QDate(2026, 3, 14), locale), expected.section(u' ', 0, 0));
        QVERIFY(formatDateTime(QDateTime(), locale).isEmpty());
    }

    void duration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds") << qint64(42) << QStringLiteral("42") + nbsp + u's';
        QTest::newRow("minutes") << qint64(185)
                                 << QStringLiteral("3") + nbsp + QStringLiteral("min 05") + nbsp + u's';
        QTest::newRow("hours") << qint64(
            3720) << QStringLiteral("1") + nbsp + QStringLiteral("h 02") + nbsp + QStringLiteral("min");
    }
    void duration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(formatDuration(seconds, fr), expected);
        QCOMPARE(formatDuration(seconds, en), expected);
    }

    void languageForLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("fr_FR") << fr << QStringLiteral("fr");
        QTest::newRow("fr_CA") << QLocale(QLocale::French, QLocale::Canada) << QStringLiteral("fr");
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("en");
        QTest::newRow("de_DE falls back to English")
            << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("en");
        QTest::newRow("C") << QLocale::c() << QStringLiteral("en");
    }
    void languageForLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, language);
        QCOMPARE(mlr::i18n::languageForLocale(locale), language);
    }

    void localeForPreference_data()
    {
        QTest::addColumn<QString>("preference");
        QTest::addColumn<QLocale>("system");
        QTest::addColumn<QString>("expected");
        const QLocale belgian(QLocale::French, QLocale::Belgium);
        const QLocale german(QLocale::German, QLocale::Germany);
        QTest::newRow("system follows the system")
            << QStringLiteral("system") << belgian << QStringLiteral("fr_BE");
        QTest::newRow("fr keeps a French system's region")
            << QStringLiteral("fr") << belgian << QStringLiteral("fr_BE");
        QTest::newRow("fr on a German system") << QStringLiteral("fr") << german << QStringLiteral("fr_FR");
        QTest::newRow("en on a French system") << QStringLiteral("en") << belgian << QStringLiteral("en_US");
        QTest::newRow("unknown is system") << QStringLiteral("klingon") << german << QStringLiteral("de_DE");
    }
    void localeForPreference()
    {
        QFETCH(QString, preference);
        QFETCH(QLocale, system);
        QFETCH(QString, expected);
        QCOMPARE(mlr::i18n::localeForPreference(preference, system).name(), expected);
    }

    void preferenceIsStored()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(storedPreference(&settings), QStringLiteral("system"));
        storePreference(QStringLiteral("fr"), &settings);
        QCOMPARE(storedPreference(&settings), QStringLiteral("fr"));
        QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
        storePreference(QStringLiteral("xx"), &settings);
        QCOMPARE(storedPreference(&settings), QStringLiteral("system"));
    }

    // The embedded catalogues load, translate core strings and set the default locale.
    void installFrenchThenEnglish()
    {
        QString why;
        QCOMPARE(install(fr, &why), QStringLiteral("fr"));
        QVERIFY2(!why.contains(u"mlretrain_fr"), qPrintable(why));
        QCOMPARE(installedLanguage(), QStringLiteral("fr"));
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(metricDisplayName(QStringLiteral("Accuracy")), QStringLiteral("Exactitude"));
        QCOMPARE(metricDisplayName(QStringLiteral("F-Score")), QStringLiteral("Score F1"));
        QCOMPARE(formatPercent(0.5, 0), QStringLiteral("50") + nbsp + u'%'); // QLocale() is French now
        const QString entry = metricGlossaryEntry(QStringLiteral("Recall"));
        QVERIFY2(entry.startsWith(QStringLiteral("Rappel (Recall)") + nbsp + u':'), qPrintable(entry));
        QVERIFY2(entry.contains(QStringLiteral("vrais positifs")), qPrintable(entry));
        // Qt's own catalogue (standard buttons), from qt6-translations-l10n.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
        // Plural forms come from the catalogue: French singular for 0 and 1.
        QCOMPARE(QCoreApplication::translate("mlr::gui::SubmitPage", "%n error(s)", nullptr, 0),
            QStringLiteral("0 erreur"));
        QCOMPARE(QCoreApplication::translate("mlr::gui::SubmitPage", "%n error(s)", nullptr, 2),
            QStringLiteral("2 erreurs"));

        QCOMPARE(install(en, &why), QStringLiteral("en"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(metricDisplayName(QStringLiteral("Accuracy")), QStringLiteral("Accuracy"));
        QCOMPARE(QCoreApplication::translate("mlr::gui::SubmitPage", "%n error(s)", nullptr, 1),
            QStringLiteral("1 error"));
        QCOMPARE(QCoreApplication::translate("mlr::gui::SubmitPage", "%n error(s)", nullptr, 3),
            QStringLiteral("3 errors"));
        QCOMPARE(metricGlossaryEntry(QStringLiteral("AUC")).left(5), QStringLiteral("AUC: "));
        QCOMPARE(metricDisplayName(QStringLiteral("Something else")), QStringLiteral("Something else"));
    }

    // Strings of namespace-level tr() helpers are looked up in the context lupdate files them
    // under (the namespace's), so they are translated at run time too.
    void coreHelperStringsAreTranslated()
    {
        QVERIFY(install(fr) == u"fr");
        mlr::Error error;
        QVERIFY(!mlr::arm::importDefinition(QByteArray(), QStringLiteral("service.json"), &error));
        QVERIFY2(error.message().contains(QStringLiteral("il est vide")), qPrintable(error.message()));
        install(en);
        QVERIFY(!mlr::arm::importDefinition(QByteArray(), QStringLiteral("service.json"), &error));
        QVERIFY2(error.message().contains(QStringLiteral("it is empty")), qPrintable(error.message()));
    }

    // LANGUAGE / LC_ALL / LANG decide for "system" through QLocale::system(): the ctest
    // entries i18n_system_* run this with an environment and the language it must give.
    void languageEnvironmentIsHonoured()
    {
        const QString expected = qEnvironmentVariable("MLR_EXPECT_SYSTEM_LANGUAGE");
        if (expected.isEmpty())
            QSKIP("run by the i18n_system_* tests with a locale environment");
        QCOMPARE(mlr::i18n::languageForLocale(QLocale::system()), expected);
        QCOMPARE(
            mlr::i18n::languageForLocale(mlr::i18n::localeForPreference(QStringLiteral("system"))), expected);
        QCOMPARE(install(mlr::i18n::localeForPreference(QStringLiteral("system"))), expected);
        QCOMPARE(QCoreApplication::translate("mlr::gui::EvalMetricsModel", "New model"),
            expected == u"fr" ? QStringLiteral("Nouveau modèle") : QStringLiteral("New model"));
    }
};

QTEST_GUILESS_MAIN(TestI18nFormat)
#include "tst_i18n_format.moc"
