#pragma once

#include "ml/scoringtable.h"

#include <QList>
#include <QString>

// Pure helpers of the Update step of an `azureml` profile (RolloutPage).
namespace mlr::gui {

// One sample row of the smoke test: what each deployment predicted for it.
struct SmokeRowView
{
    int row = 0; // 1-based
    QString current, candidate; // "<label>" or "<label> (<probability>)"; the row's cells otherwise
    bool changed = false;
};

// The predictions of the current and the new deployment side by side, one entry per row of the
// longer answer (a missing answer is empty and counts as changed). The "Scored Labels" and
// "Scored Probabilities" columns when the answer has them, else every cell.
QList<SmokeRowView> smokeRowViews(const ml::RrsTable &current, const ml::RrsTable &candidate);

} // namespace mlr::gui
