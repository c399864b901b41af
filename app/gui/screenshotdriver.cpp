#include "screenshotdriver.h"

#include "inlinemessage.h"
#include "wizardpage.h"

#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTreeWidget>

#include <cstdio>

namespace mlr::gui {

namespace {
constexpr int pollMs = 100;
constexpr int settleMs = 300; // lets layouts and icons settle after the page is idle
constexpr int pageTimeoutMs = 30000;
} // namespace

ScreenshotDriver::ScreenshotDriver(RetrainWizard *wizard, const QString &directory,
    const QList<RetrainWizard::PageId> &pages, QObject *parent)
    : QObject(parent)
    , m_wizard(wizard)
    , m_directory(directory)
{
    // Steps to the pages of the wizard's profile (a v2 profile's Storage step is its Datastore page).
    for (const RetrainWizard::PageId step : pages)
        m_pages.append(wizard->pageFor(step));
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotDriver::poll);
}

void ScreenshotDriver::start()
{
    if (!QDir().mkpath(m_directory)) {
        std::fprintf(
            stderr, "mlretrain: cannot create %s\n", qPrintable(QDir::toNativeSeparators(m_directory)));
        Q_EMIT finished(1);
        return;
    }
    if (m_pages.isEmpty()) {
        Q_EMIT finished(0);
        return;
    }
    if (m_wizard->currentId() != m_pages.first()) {
        m_wizard->setStartId(m_pages.first());
        m_wizard->restart();
    }
    m_wizard->resize(RetrainWizard::defaultSize()); // whatever the (offscreen) screen's size
    m_wizard->show();
    m_poll.start();
}

void ScreenshotDriver::poll()
{
    m_waitedMs += pollMs;
    const auto *page = m_wizard->wizardPage(static_cast<RetrainWizard::PageId>(m_wizard->currentId()));
    const bool busy = page && page->isBusy();
    if (busy && m_waitedMs < pageTimeoutMs)
        return;
    if (!m_prepared) {
        m_prepared = true;
        if (prepareCurrentPage())
            return; // it started work: wait for it
    }
    if (m_waitedMs >= settleMs)
        capture();
}

// Does what a user would do before looking at the page; true when that started a job.
bool ScreenshotDriver::prepareCurrentPage()
{
    if (m_wizard->currentId() != RetrainWizard::StoragePageId)
        return false; // the Datastore page of a v2 profile needs nothing
    auto *tree = m_wizard->currentPage()->findChild<QTreeWidget *>(QStringLiteral("containerTree"));
    auto *edit = m_wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("newContainerEdit"));
    auto *create = m_wizard->currentPage()->findChild<QPushButton *>(QStringLiteral("createButton"));
    const auto *connection
        = m_wizard->currentPage()->findChild<InlineMessage *>(QStringLiteral("connectionMessage"));
    const bool connected
        = connection && (connection->isHidden() || connection->kind() != InlineMessage::Kind::Error);
    if (!tree || !edit || !create || !connected || tree->topLevelItemCount() > 0)
        return false;
    edit->setText(QStringLiteral("mlretrain"));
    create->click();
    return true;
}

void ScreenshotDriver::capture()
{
    m_poll.stop();
    const auto id = static_cast<RetrainWizard::PageId>(m_wizard->currentId());
    const QString file = QDir(m_directory).filePath(RetrainWizard::pageName(id) + QStringLiteral(".png"));
    if (!m_wizard->grab().save(file)) {
        std::fprintf(stderr, "mlretrain: cannot write %s\n", qPrintable(QDir::toNativeSeparators(file)));
        Q_EMIT finished(1);
        return;
    }
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
    std::fflush(stdout);
    m_pages.removeAll(id);
    advance();
}

void ScreenshotDriver::advance()
{
    if (m_pages.isEmpty()) {
        Q_EMIT finished(0);
        return;
    }
    const RetrainWizard::PageId target = m_pages.first();
    if (m_wizard->currentPage()->isComplete() && m_wizard->nextId() == target)
        m_wizard->next();
    if (m_wizard->currentId() != target) {
        m_wizard->setStartId(target);
        m_wizard->restart();
    }
    m_waitedMs = 0;
    m_prepared = false;
    m_poll.start();
}

} // namespace mlr::gui
