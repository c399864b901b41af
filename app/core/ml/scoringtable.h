#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QStringList>

#include <vector>

namespace mlr::ml {

// A table as scoring services exchange it: column names and rows of cells as text. A null
// QString is a missing value (JSON null).
struct RrsTable
{
    QStringList columns;
    QStringList types; // the answer's column types when it gives them ("String", "Double", ...); may be empty
    std::vector<QStringList> rows;

    qsizetype columnIndex(const QString &name) const { return columns.indexOf(name); }
};

// One JSON cell of an answer as text: strings kept, numbers in their shortest form, booleans
// "True"/"False" (as Studio writes them), null -> null QString, arrays and objects as
// compact JSON.
QString scoringCellText(const QJsonValue &value);

} // namespace mlr::ml

Q_DECLARE_METATYPE(mlr::ml::RrsTable)
