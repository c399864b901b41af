#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace mlr::i18n {

namespace {

// The translators install() put in place; parented to the application so they die with it.
struct Installed
{
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}

QString normalized(const QString &preference)
{
    const QString p = preference.trimmed().toLower();
    return preferenceValues().contains(p) ? p : QStringLiteral("system");
}

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QStringList availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("fr") };
}

QStringList preferenceValues()
{
    return QStringList { QStringLiteral("system") } + availableLanguages();
}

QString storedPreference(QSettings *settings)
{
    std::unique_ptr<QSettings> own;
    if (!settings) {
        own = std::make_unique<QSettings>();
        settings = own.get();
    }
    return normalized(settings->value(QString::fromUtf16(PreferenceKey)).toString());
}

void storePreference(const QString &preference, QSettings *settings)
{
    std::unique_ptr<QSettings> own;
    if (!settings) {
        own = std::make_unique<QSettings>();
        settings = own.get();
    }
    settings->setValue(QString::fromUtf16(PreferenceKey), normalized(preference));
    settings->sync();
}

QString languageForLocale(const QLocale &locale)
{
    const QStringList languages = availableLanguages();
    for (const QString &ui : locale.uiLanguages()) {
        const QString language = ui.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (languages.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QLocale localeForPreference(const QString &preference, const QLocale &system)
{
    const QString p = normalized(preference);
    if (p == u"fr")
        return system.language() == QLocale::French ? system : QLocale(QLocale::French, QLocale::France);
    if (p == u"en")
        return system.language() == QLocale::English ? system
                                                     : QLocale(QLocale::English, QLocale::UnitedStates);
    return system;
}

QString nativeLanguageName(const QString &language)
{
    if (language == u"fr")
        return QStringLiteral("Français");
    if (language == u"en")
        return QStringLiteral("English");
    return language;
}

QString install(const QLocale &locale, QString *why)
{
    Installed &state = installed();
    removeTranslator(state.app);
    removeTranslator(state.qt);
    const QString language = languageForLocale(locale);
    QStringList problems;

    auto *app = new QTranslator(QCoreApplication::instance());
    if (app->load(QStringLiteral(":/i18n/mlretrain_%1.qm").arg(language))
        && QCoreApplication::installTranslator(app)) {
        state.app = app;
    } else {
        problems.append(QStringLiteral("mlretrain_%1.qm").arg(language));
        delete app;
    }
    if (language != u"en") {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(
                QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            && QCoreApplication::installTranslator(qt)) {
            state.qt = qt;
        } else {
            problems.append(QStringLiteral("qtbase_%1.qm").arg(language));
            delete qt;
        }
    }
    // Formats follow the locale, but in the language of the catalogue (no French numbers
    // under an English interface for a German user).
    QLocale::setDefault(locale.language() == QLocale::codeToLanguage(language)
            ? locale
            : localeForPreference(language, locale));
    state.language = language;
    if (why)
        *why = problems.isEmpty() ? QString() : QStringLiteral("not loaded: %1").arg(problems.join(u", "));
    return language;
}

QString installFromSettings(QSettings *settings, QString *why)
{
    return install(localeForPreference(storedPreference(settings)), why);
}

QString installedLanguage()
{
    return installed().language;
}

} // namespace mlr::i18n
