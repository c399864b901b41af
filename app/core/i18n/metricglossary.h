#pragma once

#include <QString>

// The metric glossary of the Evaluate step: each metric's name in the user's language and a
// short plain explanation (mlr::eval::metricDescription), for tooltips and accessible
// descriptions. Metrics keep their Studio (classic) names everywhere else (gate rules,
// evaluation.csv, --json), so the display name is for reading only.
namespace mlr::i18n {

// "Accuracy" -> "Accuracy" / "Exactitude"; "F-Score" -> "F1 Score" / "Score F1"; an unknown
// metric is returned unchanged.
QString metricDisplayName(const QString &metric);
// "Exactitude (Accuracy) : part des lignes..." — the display name, the Studio name when it
// differs, and the explanation; just the name when there is no explanation.
QString metricGlossaryEntry(const QString &metric);

} // namespace mlr::i18n
