#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QSettings;

// The application's language: which catalogue (translations/mlretrain_<lang>.ts, embedded
// under :/i18n) and which locale for numbers and dates. The user's preference is one of
// "system" (default), "en" or "fr", kept in QSettings under "ui/language". "system" follows
// QLocale::system(), so LANGUAGE, LC_ALL, LC_MESSAGES and LANG are honoured as usual.
namespace mlr::i18n {

inline constexpr char16_t PreferenceKey[] = u"ui/language";

// "en", "fr": the languages with a catalogue.
QStringList availableLanguages();
// "system" plus availableLanguages().
QStringList preferenceValues();

// The stored preference ("system" when unset or unknown). nullptr: the default QSettings.
QString storedPreference(QSettings *settings = nullptr);
// Stores a preference (an unknown value is stored as "system").
void storePreference(const QString &preference, QSettings *settings = nullptr);

// The catalogue language for a locale: the first of its UI languages that has a catalogue
// ("fr" for fr_CA, LANGUAGE=fr:en ...), else "en".
QString languageForLocale(const QLocale &locale);
// The locale a preference stands for. "system": QLocale::system(). "fr"/"en": the system
// locale when it already speaks that language (keeps fr_BE, en_GB formats), else fr_FR/en_US.
QLocale localeForPreference(const QString &preference, const QLocale &system = QLocale::system());

// The language names for a selector, in their own language: "English", "Français".
QString nativeLanguageName(const QString &language);

// Installs the catalogues for a locale into the running QCoreApplication: mlretrain_<lang>.qm
// from :/i18n and Qt's own qtbase_<lang>.qm (standard dialogs and buttons) from the Qt
// translations folder, replacing what an earlier call installed, and makes the locale
// QLocale's default (so QLocale() formats in it). Widgets receive QEvent::LanguageChange.
// Returns the catalogue language in use ("en" or "fr"); *why tells what could not be loaded
// (qtbase_fr.qm missing is not fatal).
QString install(const QLocale &locale, QString *why = nullptr);
// install(localeForPreference(storedPreference(settings))).
QString installFromSettings(QSettings *settings = nullptr, QString *why = nullptr);
// The language install() put in place last ("en" before any call).
QString installedLanguage();

} // namespace mlr::i18n
