#include "dataproblems.h"

#include "ml/datacheck.h"

#include <QCoreApplication>
#include <QTreeWidget>

namespace mlr::gui {

namespace {
enum ProblemColumn
{
    SeverityColumn,
    LineColumn,
    ColumnColumn,
    MessageColumn
};

QString tr(const char *text)
{
    return QCoreApplication::translate("mlr::gui::SubmitPage", text);
}
} // namespace

void showDataProblems(QTreeWidget *tree, const ml::DataCheckResult &result)
{
    tree->clear();
    for (const ml::DataProblem &p : result.problems) {
        auto *item = new QTreeWidgetItem(tree);
        item->setText(
            SeverityColumn, p.severity == ml::DataProblem::Severity::Error ? tr("Error") : tr("Warning"));
        item->setText(LineColumn, p.line > 0 ? QString::number(p.line) : tr("file"));
        item->setText(ColumnColumn, p.column);
        item->setText(MessageColumn, p.message);
        item->setToolTip(MessageColumn, p.message);
    }
    tree->setVisible(!result.problems.isEmpty());
}

} // namespace mlr::gui
