// mlretrain: the ML Retrain Wizard.
//   --profile NAME        open on this profile (default: the last used, else "Local sandbox")
//   --config FILE         keep profiles in this INI file instead of the user's settings
//   --page NAME           open on credentials|storage|submit|evaluate|update
//   --screenshot-dir DIR  render the pages (or only --page) to DIR/<page>.png and quit
//   --language LANG       system|en|fr for this run (default: the stored preference, see
//                         mlr::i18n; LANGUAGE/LC_ALL/LANG decide for "system")
//   --color-scheme S      system|light|dark (default: system, the desktop's palette)
//   --job ID              open with this job of the journal (Submit follows it, Evaluate
//                         compares its model with the one in production)
#include "colorscheme.h"
#include "http/redaction.h"
#include "http/trustedcas.h"
#include "i18n/language.h"
#include "ml/jobjournal.h"
#include "profile/profilestore.h"
#include "retrainwizard.h"
#include "screenshotdriver.h"
#include "threads/threadscheduling.h"
#include "wizardstate.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

namespace {

// The value of --language (or --language=VALUE) before the parser runs: the catalogue must be
// installed before the help texts are built. Empty when not given.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"--language" && i + 1 < arguments.size())
            return arguments[i + 1];
        if (a.startsWith(u"--language="))
            return a.mid(11);
    }
    return {};
}

int usageError(const QString &text)
{
    std::fprintf(stderr, "mlretrain: %s\n", qPrintable(text));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setApplicationName(QStringLiteral("mlretrain"));
    QApplication::setOrganizationName(QStringLiteral("mlretrain"));
    QApplication::setApplicationVersion(QStringLiteral(MLR_VERSION_STRING));
    QApplication app(argc, argv);
    mlr::threads::requestShortSlice(); // the GUI thread runs sooner on a busy machine (Linux 6.12+)
    // The catalogue (and Qt's own, for standard buttons and dialogs) before any text is made.
    const QString languageOverride = languageArgument(QApplication::arguments());
    if (!languageOverride.isEmpty() && !mlr::i18n::preferenceValues().contains(languageOverride))
        return usageError(QApplication::translate("main", "--language must be system, en or fr"));
    QString i18nProblem;
    if (languageOverride.isEmpty())
        mlr::i18n::installFromSettings(nullptr, &i18nProblem);
    else
        mlr::i18n::install(mlr::i18n::localeForPreference(languageOverride), &i18nProblem);
    if (!i18nProblem.isEmpty())
        qWarning("mlretrain: translations %s", qPrintable(i18nProblem));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "ML Retrain Wizard"));
    QApplication::setDesktopFileName(QStringLiteral("mlretrain"));
    mlr::redaction::installRedactingMessageHandler();
    if (const mlr::Error error = mlr::tls::trustCaFileFromEnvironment())
        qWarning("mlretrain: %s", qPrintable(error.message()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Retrain and redeploy an Azure Machine Learning Studio (classic) model."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QApplication::translate("main", "Open on the connection profile <name>."), QStringLiteral("name"));
    const QCommandLineOption configOption(QStringLiteral("config"),
        QApplication::translate("main", "Keep connection profiles in the INI file <file>."),
        QStringLiteral("file"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        QApplication::translate(
            "main", "Open on the step <page>: credentials, storage, submit, evaluate or update."),
        QStringLiteral("page"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot-dir"),
        QApplication::translate("main", "Render each page (or only --page) to <dir>/<page>.png, then quit."),
        QStringLiteral("dir"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QApplication::translate("main", "Use the language <lang> for this run: system, en or fr."),
        QStringLiteral("lang"));
    const QCommandLineOption schemeOption(QStringLiteral("color-scheme"),
        QApplication::translate(
            "main", "Draw the wizard in the colour scheme <scheme>: system, light or dark."),
        QStringLiteral("scheme"), QStringLiteral("system"));
    const QCommandLineOption jobOption(QStringLiteral("job"),
        QApplication::translate("main", "Open with the retraining job <id> of the job journal."),
        QStringLiteral("id"));
    parser.addOptions({ profileOption, configOption, pageOption, screenshotOption, languageOption,
        schemeOption, jobOption });
    parser.process(app);

    const std::optional<mlr::gui::ColorScheme> scheme
        = mlr::gui::colorSchemeFromName(parser.value(schemeOption));
    if (!scheme)
        return usageError(QApplication::translate("main", "--color-scheme must be system, light or dark"));
    mlr::gui::applyColorScheme(app, *scheme);

    mlr::gui::WizardState state(parser.value(configOption));
    const QString profileName
        = parser.isSet(profileOption) ? parser.value(profileOption) : state.profiles().lastUsed();
    const std::optional<mlr::Profile> profile = state.profiles().load(profileName);
    if (!profile)
        return usageError(QApplication::translate("main", "no profile named “%1”").arg(profileName));
    state.setProfile(*profile);
    if (parser.isSet(jobOption)) {
        const QString jobId = parser.value(jobOption).trimmed();
        if (!mlr::ml::JobJournal().find(jobId))
            return usageError(QApplication::translate("main", "no job “%1” in the job journal").arg(jobId));
        state.setJobId(jobId);
    }

    using mlr::gui::RetrainWizard;
    RetrainWizard::PageId startPage = RetrainWizard::CredentialsPageId;
    if (parser.isSet(pageOption)) {
        const std::optional<RetrainWizard::PageId> page
            = RetrainWizard::pageIdFromName(parser.value(pageOption));
        if (!page)
            return usageError(
                QApplication::translate("main", "unknown page “%1”").arg(parser.value(pageOption)));
        startPage = *page;
    }

    RetrainWizard wizard(&state, startPage);
    if (parser.isSet(screenshotOption)) {
        QList<RetrainWizard::PageId> pages;
        if (parser.isSet(pageOption)) {
            pages.append(startPage);
        } else {
            for (int id = 0; id < RetrainWizard::StepCount; ++id)
                pages.append(static_cast<RetrainWizard::PageId>(id));
        }
        auto *driver
            = new mlr::gui::ScreenshotDriver(&wizard, parser.value(screenshotOption), pages, &wizard);
        QObject::connect(
            driver, &mlr::gui::ScreenshotDriver::finished, &app, &QApplication::exit, Qt::QueuedConnection);
        driver->start();
    } else {
        wizard.show();
    }
    return app.exec();
}
