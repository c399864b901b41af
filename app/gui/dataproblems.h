#pragma once

class QTreeWidget;

namespace mlr::ml {
struct DataCheckResult;
}

namespace mlr::gui {

// The problems of a data check in a tree of four columns (severity, line, column, problem),
// as the Submit steps show them; the tree is shown when there is a problem, hidden otherwise.
// The texts keep the classic Submit page's translation context.
void showDataProblems(QTreeWidget *tree, const ml::DataCheckResult &result);

} // namespace mlr::gui
