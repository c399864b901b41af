#include "reportsavedialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace mlr::gui {

void openReportSaveDialog(QWidget *page, QPointer<QFileDialog> &dialog,
    std::function<report::DecisionReport()> report, std::function<void()> started,
    std::function<void(const QString &path, const Error &error)> done)
{
    if (dialog) {
        dialog->raise();
        return;
    }
    auto *d = new QFileDialog(
        page, QCoreApplication::translate("mlr::gui::UpdatePage", "Save the decision report"));
    d->setAcceptMode(QFileDialog::AcceptSave);
    d->setNameFilters({ QCoreApplication::translate("mlr::gui::UpdatePage", "PDF document (*.pdf)"),
        QCoreApplication::translate("mlr::gui::UpdatePage", "Web page (*.html)") });
    d->setDefaultSuffix(QStringLiteral("pdf"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setObjectName(QStringLiteral("reportDialog"));
    QObject::connect(d, &QFileDialog::filterSelected, d, [d](const QString &filter) {
        d->setDefaultSuffix(
            filter.contains(QStringLiteral("*.html")) ? QStringLiteral("html") : QStringLiteral("pdf"));
    });
    QObject::connect(d, &QFileDialog::fileSelected, page,
        [page, report = std::move(report), started = std::move(started), done = std::move(done)](
            const QString &path) {
            // QTextDocument, QPdfWriter and QPainter on images are usable off the GUI thread.
            auto *watcher = new QFutureWatcher<Error>(page);
            QObject::connect(watcher, &QFutureWatcher<Error>::finished, page, [watcher, path, done] {
                const Error error = watcher->result();
                watcher->deleteLater();
                done(path, error);
            });
            started();
            watcher->setFuture(
                QtConcurrent::run([r = report(), path] { return report::writeReport(r, path); }));
        });
    dialog = d;
    d->open();
}

} // namespace mlr::gui
