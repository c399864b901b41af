#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSettings;

namespace mlr::gui {

// "Language: [System ▾ | English | Français]": stores the user's choice (mlr::i18n preference
// "system"/"en"/"fr" in QSettings) and, when the choice made in it differs from the language
// in use, says that it applies after a restart and offers "Restart now". The button is enabled only while
// setRestartAllowed()'s predicate says nothing is running (re-asked on refreshRestartAllowed(),
// e.g. from the pages' busyChanged); it relaunches the program with the same arguments and
// quits this instance (restartApplication()).
// Texts are not switched live: half the wizard would stay in the old language until its
// pages are rebuilt, so the change takes effect on the next start.
class LanguageSelector : public QWidget
{
    Q_OBJECT

public:
    // settings: where the preference lives (nullptr: the default QSettings). Horizontal: one
    // row (a button bar); vertical: label, list, notice and button stacked (a side panel,
    // e.g. under the step list).
    explicit LanguageSelector(QWidget *parent = nullptr, QSettings *settings = nullptr,
        Qt::Orientation orientation = Qt::Horizontal);
    ~LanguageSelector() override;

    QString preference() const;
    // The language the running program uses; defaults to mlr::i18n::installedLanguage().
    void setActiveLanguage(const QString &language);
    // Whether "Restart now" may relaunch now (no job, upload or update running). Default: yes.
    void setRestartAllowed(std::function<bool()> allowed);
    void refreshRestartAllowed();

    // Starts the program again with the same arguments, then quits the event loop. Returns
    // false (and does not quit) when the new process could not be started.
    static bool restartApplication();

Q_SIGNALS:
    // The stored preference changed ("system", "en" or "fr").
    void preferenceChanged(const QString &preference);
    // "Restart now" was pressed (emitted just before restartApplication()).
    void restartRequested();

private:
    void choose(int index);
    void updateNotice();

    QSettings *m_settings;
    QComboBox *m_combo;
    QLabel *m_notice;
    QPushButton *m_restart;
    QString m_activeLanguage;
    bool m_chosen = false; // the user picked a language in this run
    std::function<bool()> m_restartAllowed;
};

} // namespace mlr::gui
