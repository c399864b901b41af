#include "languageselector.h"

#include "i18n/language.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QProcess>
#include <QPushButton>

namespace mlr::gui {

LanguageSelector::LanguageSelector(QWidget *parent, QSettings *settings, Qt::Orientation orientation)
    : QWidget(parent)
    , m_settings(settings)
    , m_combo(new QComboBox(this))
    , m_notice(new QLabel(this))
    , m_restart(new QPushButton(tr("Restart now"), this))
    , m_activeLanguage(i18n::installedLanguage())
{
    setObjectName(QStringLiteral("languageSelector"));
    // No Alt+letter: the selector sits beside every step, whose letters it would take.
    auto *label = new QLabel(tr("Language:"), this);
    label->setBuddy(m_combo);
    m_combo->setObjectName(QStringLiteral("languageCombo"));
    // Each language under its own name, so that anyone can find theirs.
    m_combo->addItem(tr("System"), QStringLiteral("system"));
    for (const QString &language : i18n::availableLanguages())
        m_combo->addItem(i18n::nativeLanguageName(language), language);
    m_combo->setAccessibleName(tr("Language"));
    m_combo->setAccessibleDescription(
        tr("The language of the wizard: the system's, English or French. It applies after a restart."));
    m_combo->setToolTip(m_combo->accessibleDescription());
    m_notice->setObjectName(QStringLiteral("languageNotice"));
    m_notice->setText(tr("Applies after a restart."));
    m_restart->setObjectName(QStringLiteral("languageRestartButton"));
    m_restart->setAccessibleDescription(tr("Close the wizard and open it again in the chosen language. Only "
                                           "possible while nothing is running."));

    const bool vertical = orientation == Qt::Vertical;
    m_notice->setWordWrap(vertical);
    auto *layout = new QBoxLayout(vertical ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight, this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_notice);
    layout->addWidget(m_restart);
    if (!vertical)
        layout->addStretch();

    const int current = m_combo->findData(i18n::storedPreference(m_settings));
    m_combo->setCurrentIndex(current < 0 ? 0 : current);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &LanguageSelector::choose);
    connect(m_restart, &QPushButton::clicked, this, [this] {
        if (m_restartAllowed && !m_restartAllowed()) {
            refreshRestartAllowed();
            return;
        }
        Q_EMIT restartRequested();
        restartApplication();
    });
    updateNotice();
}

LanguageSelector::~LanguageSelector() = default;

QString LanguageSelector::preference() const
{
    return m_combo->currentData().toString();
}

void LanguageSelector::setActiveLanguage(const QString &language)
{
    m_activeLanguage = language;
    updateNotice();
}

void LanguageSelector::setRestartAllowed(std::function<bool()> allowed)
{
    m_restartAllowed = std::move(allowed);
    refreshRestartAllowed();
}

void LanguageSelector::refreshRestartAllowed()
{
    const bool allowed = !m_restartAllowed || m_restartAllowed();
    m_restart->setEnabled(allowed);
    m_restart->setToolTip(allowed ? tr("Restart the wizard in the chosen language.")
                                  : tr("Wait until the running job, upload or update has ended."));
}

bool LanguageSelector::restartApplication()
{
    if (!QProcess::startDetached(
            QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1)))
        return false;
    QCoreApplication::quit();
    return true;
}

void LanguageSelector::choose(int index)
{
    const QString preference = m_combo->itemData(index).toString();
    i18n::storePreference(preference, m_settings);
    m_chosen = true;
    updateNotice();
    Q_EMIT preferenceChanged(preference);
}

void LanguageSelector::updateNotice()
{
    const QString wanted = i18n::languageForLocale(i18n::localeForPreference(preference()));
    // Only a choice made here is pending: a run in another language than the stored one
    // (mlretrain --language) is not something to restart for.
    const bool pending = m_chosen && wanted != m_activeLanguage;
    m_notice->setVisible(pending);
    m_restart->setVisible(pending);
    refreshRestartAllowed();
}

} // namespace mlr::gui
