#include "decisionreport.h"

#include "arm/commands.h"
#include "arm/definitiondiff.h"
#include "http/redaction.h"
#include "reporthtml.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

#include <cmath>

namespace mlr::report {

namespace {

using namespace html;

QString number(double v)
{
    return std::isnan(v) ? QStringLiteral("–") : QLocale().toString(v, 'g', 6);
}

QString urlText(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveQuery); // blob URLs never carry a SAS; drop any query anyway
}

QString body(const DecisionReport &r, const QString &chartSource)
{
    const QDateTime generated = r.generated.isValid() ? r.generated.toUTC() : QDateTime::currentDateTimeUtc();
    QString out;
    out += QStringLiteral("<h1>%1</h1>\n").arg(h(Report::tr("Retraining decision report")));
    out += QStringLiteral("<p>%1</p>\n").arg(h(Report::tr("Generated %1 (UTC).").arg(time(generated))));
    if (r.rolledBack)
        out += QStringLiteral("<p><b>%1</b></p>\n")
                   .arg(
                       h(Report::tr("This update was rolled back on %1 (UTC): the service no longer uses the "
                                    "new model.")
                               .arg(time(r.rolledBack->when))));

    out += QStringLiteral("<h2>%1</h2>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n")
               .arg(h(Report::tr("Profile and service")));
    out += row(Report::tr("Profile"), r.profile);
    out += row(Report::tr("Predictive service"), r.service);
    out += row(Report::tr("Training service"), r.job.serviceName);
    out += QStringLiteral("</table>\n");

    const ml::JobRecord &j = r.job;
    out += QStringLiteral("<h2>%1</h2>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n")
               .arg(h(Report::tr("Retraining job")));
    out += row(Report::tr("Job"), j.jobId);
    out += row(Report::tr("State"), ml::jobStateText(j.state));
    out += row(Report::tr("Input file"), j.inputFile);
    for (auto it = j.inputs.begin(); it != j.inputs.end(); ++it)
        out += row(Report::tr("Input %1").arg(it.key()), urlText(it.value()));
    for (auto it = j.outputs.begin(); it != j.outputs.end(); ++it)
        out += row(Report::tr("Output %1").arg(it.key()), urlText(it.value()));
    for (auto it = j.parameters.begin(); it != j.parameters.end(); ++it)
        out += row(Report::tr("Parameter %1").arg(it.key()), it.value().toString());
    out += row(Report::tr("Submitted"), time(j.submitted));
    out += row(Report::tr("Started"), time(j.started));
    out += row(Report::tr("Ended"), time(j.ended));
    if (!j.details.isEmpty())
        out += row(Report::tr("Details"), j.details);
    out += QStringLiteral("</table>\n");

    out += QStringLiteral("<h2>%1</h2>\n").arg(h(Report::tr("Metrics")));
    if (r.comparison && !r.comparison->metrics.isEmpty()) {
        out += QStringLiteral(
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<tr><th>%1</th><th>%2</th>"
            "<th>%3</th><th>%4</th><th>%5</th></tr>\n")
                   .arg(h(Report::tr("Metric")), h(Report::tr("New model")), h(Report::tr("Current model")),
                       h(Report::tr("Delta")), h(Report::tr("Gate")));
        for (const eval::MetricRow &m : r.comparison->metrics) {
            QString gate = QStringLiteral("–");
            if (const eval::GateCheck *check = r.verdict.checkFor(m.metric)) {
                gate = !check->applicable ? Report::tr("not applicable")
                    : check->passed       ? Report::tr("passed: %1").arg(check->reason)
                                          : Report::tr("FAILED: %1").arg(check->reason);
            }
            out += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
                                  "<td align=\"right\">%4</td><td>%5</td></tr>\n")
                       .arg(h(m.metric), h(number(m.challenger)), h(number(m.champion)), h(number(m.delta)),
                           h(gate));
        }
        out += QStringLiteral("</table>\n");
    } else {
        out += QStringLiteral("<p>%1</p>\n").arg(h(Report::tr("No evaluation was recorded for this job.")));
    }
    if (!chartSource.isEmpty())
        out += QStringLiteral("<p><img src=\"%1\" width=\"560\"/></p>\n").arg(chartSource);

    out += QStringLiteral("<h2>%1</h2>\n").arg(h(Report::tr("Gate verdict")));
    if (r.comparison || !r.verdict.checks.isEmpty()) {
        out += QStringLiteral("<p><b>%1</b> %2</p>\n<ul>\n")
                   .arg(h(r.verdict.passed ? Report::tr("PASSED") : Report::tr("FAILED")),
                       h(r.verdict.summary));
        for (const eval::GateCheck &check : r.verdict.checks)
            out += QStringLiteral("<li>%1</li>\n").arg(h(check.reason));
        out += QStringLiteral("</ul>\n");
    } else {
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(h(Report::tr("No gate verdict (the job was not evaluated).")));
    }

    if (r.rollout) {
        out += rolloutSection(r);
        return out;
    }
    out += QStringLiteral("<h2>%1</h2>\n").arg(h(Report::tr("Service update")));
    if (r.update) {
        const arm::ModelUpdateResult &u = *r.update;
        out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
        out += row(Report::tr("State"), arm::serviceStateName(u.state));
        out += row(Report::tr("Where the service is"), u.stateText);
        out += row(Report::tr("Asset"), QStringLiteral("%1 (%2)").arg(u.assetName, u.assetId));
        out += row(Report::tr("Previous model"), u.oldUri);
        out += row(Report::tr("New model"), u.newUri);
        out += row(Report::tr("Read back"), u.verifiedUri);
        out += row(Report::tr("Operation"), u.operation.final.status);
        out += row(Report::tr("Started"), time(u.started));
        out += row(Report::tr("Ended"), time(u.ended));
        if (!r.smokeTest.isEmpty())
            out += row(Report::tr("Smoke test"), r.smokeTest);
        for (const QString &w : u.guard.warnings)
            out += row(Report::tr("Warning"), w);
        for (const QString &refusal : u.guard.refusals)
            out += row(Report::tr("Refused"), refusal);
        out += QStringLiteral("</table>\n");
        out += QStringLiteral("<h3>%1</h3>\n").arg(h(Report::tr("Definition diff")))
            + pre(h(arm::formatDiff(u.diff)));
        if (r.rolledBack) {
            out += QStringLiteral("<h3>%1</h3>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n")
                       .arg(h(Report::tr("Rolled back")));
            out += row(Report::tr("When"), time(r.rolledBack->when));
            out += row(Report::tr("Model put back"), r.rolledBack->modelUri);
            out += row(Report::tr("From backup"), r.rolledBack->backupFile);
            out += row(Report::tr("Where the service is"), r.rolledBack->stateText);
            out += QStringLiteral("</table>\n");
        }
    } else {
        out += QStringLiteral("<p>%1</p>\n").arg(h(Report::tr("The service was not updated.")));
    }

    out += QStringLiteral("<h2>%1</h2>\n").arg(h(Report::tr("Rollback")));
    const QString handle
        = !r.rollbackHandle.isEmpty() ? r.rollbackHandle : (r.update ? r.update->backupFile : QString());
    if (!handle.isEmpty()) {
        out += QStringLiteral("<p>%1</p>\n").arg(h(Report::tr("Backup of the definition before the change:")))
            + pre(h(handle));
        out += pre(
            QStringLiteral("mlretrain-cli service rollback %1 --to %2")
                .arg(h(arm::shellQuote(r.service.isEmpty() && r.update ? r.update->serviceName : r.service)),
                    h(arm::shellQuote(handle))));
    } else {
        out += QStringLiteral("<p>%1</p>\n").arg(h(Report::tr("No backup: nothing to roll back.")));
    }
    return out;
}

QString document(const QString &title, const QString &content)
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>%1</title>"
                          "<style>body{font-family:sans-serif} table{border-collapse:collapse}</style>"
                          "</head><body>\n%2</body></html>\n")
        .arg(h(title), content);
}

QByteArray pngOf(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

QString reportHtml(const DecisionReport &report)
{
    const bool chart = !reportChart(report, QSize(8, 8)).isNull();
    return document(Report::tr("Retraining decision report"),
        body(report, chart ? QStringLiteral("chart.png") : QString()));
}

void setUpPdfWriter(QPdfWriter &writer)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(96);
    writer.setTitle(Report::tr("Retraining decision report"));
    writer.setCreator(QStringLiteral("ML Retrain Wizard"));
}

void layoutForPrinting(
    QTextDocument &doc, const DecisionReport &report, const QImage &chart, QPdfWriter &writer)
{
    // Laid out with the writer's font metrics, as print() lays it out (not the screen's).
    doc.documentLayout()->setPaintDevice(&writer);
    // Long monospace lines (the diff, the rollback command, URLs) wrap at the margin instead
    // of being cut: at spaces first, anywhere within a token longer than the line.
    QTextOption wrap = doc.defaultTextOption();
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(wrap);
    if (!chart.isNull())
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart.png")), chart);
    doc.setHtml(body(report, chart.isNull() ? QString() : QStringLiteral("chart.png")));
    doc.setPageSize(QSizeF(writer.width(), writer.height()));
}

Error writeReport(const DecisionReport &report, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool html = suffix == u"html" || suffix == u"htm";
    if (!html && suffix != u"pdf")
        return Error::input(Report::tr("The report %1 must end with .html or .pdf.").arg(path));
    const QImage chart = reportChart(report);
    QByteArray bytes;
    if (html) {
        const QString source = chart.isNull()
            ? QString()
            : QStringLiteral("data:image/png;base64,") + QString::fromLatin1(pngOf(chart).toBase64());
        bytes = document(Report::tr("Retraining decision report"), body(report, source)).toUtf8();
    } else {
        QTextDocument doc;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        std::optional<QPdfWriter> pdf(std::in_place, &buffer);
        QPdfWriter &writer = *pdf;
        setUpPdfWriter(writer);
        layoutForPrinting(doc, report, chart, writer);
        doc.print(&writer);
        pdf.reset(); // the PDF is complete when the writer is gone
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::input(Report::tr("The report %1 cannot be written: %2").arg(path, file.errorString()));
    file.write(bytes);
    if (!file.commit())
        return Error::input(Report::tr("The report %1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

} // namespace mlr::report
