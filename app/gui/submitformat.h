#pragma once

#include "inlinemessage.h"
#include "ml/jobjournal.h"
#include "ml/retrainsubmission.h"

#include <QString>
#include <QTime>

namespace mlr {
struct TransferProgress;
}
namespace mlr::ml {
struct DataCheckResult;
}

// Texts of the Submit page: pure functions, translated, for people.
namespace mlr::gui {

// "2,000 rows checked: no problems." / "3 errors and 1 warning: fix the errors first; nothing is uploaded
// before."
QString checkSummary(const ml::DataCheckResult &result);
// "Uploading the data", "Submitting the job", ...; empty for stages not shown.
QString stageText(ml::RetrainSubmission::Stage stage);
// "12.3 MB of 480 MB · 85.2 MB/s · about 0:05 left".
QString uploadText(const TransferProgress &progress);
// "20:01:02  Job running".
QString timelineEntry(const QTime &time, const QString &text);
// "Elapsed 1:02:03".
QString elapsedText(qint64 ms);
// The message after a job ended, and its kind.
InlineMessage::Kind jobEndKind(ml::JobState state);
QString jobEndText(const ml::JobRecord &record);

} // namespace mlr::gui
