#pragma once

#include "decisionreport.h"
#include "http/error.h"

#include <QPointer>

#include <functional>

class QFileDialog;
class QWidget;

namespace mlr::gui {

// The Update steps' "Save report…": opens the non-modal "Save the decision report" dialog
// (PDF or HTML, the suffix following the chosen filter) as a child of `page`, or raises the
// one `dialog` still points at. When the user chooses a file, `started()` is called, the
// report that `report()` gives at that moment is written on a worker thread, and then
// `done(path, error)` runs on the GUI thread, unless `page` is destroyed first. No nested
// event loop: the dialog is opened with open(), not exec().
void openReportSaveDialog(QWidget *page, QPointer<QFileDialog> &dialog,
    std::function<report::DecisionReport()> report, std::function<void()> started,
    std::function<void(const QString &path, const Error &error)> done);

} // namespace mlr::gui
