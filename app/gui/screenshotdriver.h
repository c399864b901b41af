#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include "retrainwizard.h"

namespace mlr::gui {

// Renders wizard pages to PNG files (for the documentation) the way a user would reach
// them: it shows the wizard, waits until the current page is no longer busy, grabs the
// window to "<dir>/<page name>.png", then presses Next. When Next is not possible (e.g. a
// step that is not complete) it reopens the wizard on the following page. On the Storage
// step of an account without containers it creates the profile's container through the
// page, as a user would. Secret fields stay masked.
//
// finished(exitCode) fires once every page is written (0) or on the first failure (1).
class ScreenshotDriver : public QObject
{
    Q_OBJECT

public:
    // `pages`: the steps to render, in wizard order (their pages for the wizard's profile). `wizard` must outlive the driver.
    ScreenshotDriver(RetrainWizard *wizard, const QString &directory, const QList<RetrainWizard::PageId> &pages,
                     QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void poll();
    bool prepareCurrentPage();
    void capture();
    void advance();

    RetrainWizard *m_wizard;
    QString m_directory;
    QList<RetrainWizard::PageId> m_pages;
    QTimer m_poll;
    int m_waitedMs = 0;
    bool m_prepared = false;
};

} // namespace mlr::gui
