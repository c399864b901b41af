#pragma once

// The label check of a two-class training input, before Train Model learns from it: the
// values of the label column against the two the service declares (the "enum" of the label
// column in the training service's input schema), naming each unexpected value with the
// first line it is on in the input CSV (DataTable::sourceLine). mlretrain's data check
// (app/core/ml/labelvalues.cpp) says the same sentences, so a user sees before the upload
// the words the job would fail with.

#include "engine/datatable.h"

namespace mlr::studio {

// Error 0023 (UnsupportedTarget, column = the label) when:
// - `known` has two values and the column holds another one: one sentence per such value,
//   by first line, e.g. The label column "diagnosis" holds "Malignant" (first on line 7),
//   but the service learns two values only: "benign" and "malignant" (values are
//   case-sensitive: "Malignant" is not "malignant").
// - `known` has two values and the column holds only one of them;
// - `known` is empty and the column does not hold exactly two values.
// Missing cells are not values. No error for a column without values (Train Model says
// so) or an absent column. A numeric label compares numbers ("1" and "1.0" are one value).
Status checkTwoClassLabel(const DataTable &table, const QString &labelColumn, const QStringList &known);

} // namespace mlr::studio
