#include "submitformat.h"

#include "i18n/localeformat.h"
#include "ml/datacheck.h"
#include "storage/blobtypes.h"

#include <QCoreApplication>
#include <QLocale>

namespace mlr::gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mlr::gui::SubmitPage)
};

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("--:--");
    const qint64 h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    return h > 0
        ? QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'))
        : QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}
} // namespace

QString checkSummary(const ml::DataCheckResult &result)
{
    const QString rows = Tr::tr("%Ln row(s) checked", nullptr, int(std::min<qint64>(result.rows, INT_MAX)));
    if (result.errorCount == 0 && result.warningCount == 0)
        return Tr::tr("%1: no problems. Ready to upload.").arg(rows);
    const QString errors = Tr::tr("%n error(s)", nullptr, int(result.errorCount));
    const QString warnings = Tr::tr("%n warning(s)", nullptr, int(result.warningCount));
    if (result.errorCount == 0)
        return Tr::tr("%1: %2. The data can be uploaded.").arg(rows, warnings);
    return Tr::tr("%1: %2 and %3. Fix the errors first: nothing is uploaded before.")
        .arg(rows, errors, warnings);
}

QString stageText(ml::RetrainSubmission::Stage stage)
{
    switch (stage) {
    case ml::RetrainSubmission::Stage::Uploading:
        return Tr::tr("Uploading the data");
    case ml::RetrainSubmission::Stage::Submitting:
        return Tr::tr("Submitting the job");
    case ml::RetrainSubmission::Stage::Starting:
        return Tr::tr("Starting the job");
    case ml::RetrainSubmission::Stage::Preparing:
    case ml::RetrainSubmission::Stage::Done:
        break;
    }
    return {};
}

QString uploadText(const TransferProgress &p)
{
    const QLocale locale;
    QString text
        = Tr::tr("%1 of %2")
              .arg(i18n::formatDataSize(p.bytesDone, locale), i18n::formatDataSize(p.bytesTotal, locale));
    if (p.bytesPerSecond > 0)
        text
            += QStringLiteral(" · ") + Tr::tr("%1 MB/s").arg(locale.toString(p.bytesPerSecond / 1e6, 'f', 1));
    if (p.etaSeconds >= 0 && p.bytesDone < p.bytesTotal)
        text += QStringLiteral(" · ") + Tr::tr("about %1 left").arg(duration(p.etaSeconds));
    return text;
}

QString timelineEntry(const QTime &time, const QString &text)
{
    return QLocale().toString(time, QLocale::LongFormat) + QStringLiteral("  ") + text;
}

QString elapsedText(qint64 ms)
{
    return Tr::tr("Elapsed %1").arg(duration(ms / 1000));
}

InlineMessage::Kind jobEndKind(ml::JobState state)
{
    switch (state) {
    case ml::JobState::Finished:
        return InlineMessage::Kind::Positive;
    case ml::JobState::Cancelled:
        return InlineMessage::Kind::Information;
    default:
        return InlineMessage::Kind::Error;
    }
}

QString jobEndText(const ml::JobRecord &record)
{
    switch (record.state) {
    case ml::JobState::Finished: {
        const QUrl model = record.outputFor(QStringLiteral("model"));
        if (model.isEmpty()) // e.g. an Azure ML job, whose outputs carry no role
            return Tr::tr("The job finished. Continue to compare its model with the model in production.");
        return Tr::tr(
            "The job finished: the new model is %1. Continue to compare it with the model in production.")
            .arg(model.toDisplayString());
    }
    case ml::JobState::Cancelled:
        return Tr::tr("The job was cancelled.");
    case ml::JobState::Failed:
        return record.details.isEmpty() ? Tr::tr("The job failed; the service gave no details.")
                                        : Tr::tr("The job failed: %1").arg(record.details);
    default:
        break;
    }
    return Tr::tr("The job ended in an unknown state.");
}

} // namespace mlr::gui
