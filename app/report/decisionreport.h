#pragma once

#include "arm/modelupdatejob.h"
#include "eval/evaltypes.h"
#include "http/error.h"
#include "ml/jobjournal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>
#include <QVariantMap>

#include <memory>

class QPdfWriter;
class QTextDocument;
#include <optional>

// The decision report of a retraining: what was trained, how it compares with the model in
// production, the gate's verdict, what changed in the service and how to undo it. HTML or PDF,
// made with Qt's own QTextDocument and QPdfWriter; charts drawn with QPainter. Every text
// passes through redaction::redact(): secrets never appear.
namespace mlr::report {

// A rollback of the service made after the report's update.
struct RollbackRecord
{
    QDateTime when; // UTC
    QString modelUri; // the model the service was put back to
    QString backupFile; // the backup it came from
    QString stateText; // where the service was left, for people
};

struct DecisionReport
{
    QString profile, service;
    ml::JobRecord job;
    std::shared_ptr<const eval::Comparison> comparison; // may be null (no evaluation)
    eval::GateVerdict verdict;
    std::optional<arm::ModelUpdateResult> update;
    // An Azure ML (v2) roll-out made from the job instead: its history details
    // (history::rolloutEvent: state, deployments, models, stages with times, rollback handle).
    std::optional<QVariantMap> rollout;
    QString rollbackHandle; // the backup file to roll back to
    QString smokeTest; // the smoke test's outcome (one sentence); empty when none ran
    std::optional<RollbackRecord> rolledBack; // set when the update was rolled back since
    QDateTime generated; // UTC; now when invalid
    // Chart data when the comparison has no rows (e.g. read back from history): ROC points
    // (binary) or (actual, predicted) pairs (regression) of the new and the current model.
    QList<QPointF> chartNew, chartCurrent;
};

struct Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// The report as an HTML document; images are referenced as "chart.png" (see reportChart).
QString reportHtml(const DecisionReport &report);
// The chart: ROC curves of both models (binary), predicted vs actual (regression); a null
// image when there is nothing to draw.
QImage reportChart(const DecisionReport &report, const QSize &size = QSize(640, 420));

// The PDF writer as writeReport sets it up: A4, 96 dpi, title and creator.
void setUpPdfWriter(QPdfWriter &writer);
// The PDF's document: the report's HTML laid out for `writer`'s pages and font metrics, long
// lines wrapped, the chart (when not null) as the "chart.png" resource. writeReport prints it.
void layoutForPrinting(
    QTextDocument &doc, const DecisionReport &report, const QImage &chart, QPdfWriter &writer);

// Writes the report to path: ".html"/".htm" (the chart embedded as a data: URI) or ".pdf"
// (by extension, case-insensitive). Atomic (QSaveFile). Error::Input for another extension
// or a file that cannot be written. PDF needs a QGuiApplication (the offscreen platform does).
Error writeReport(const DecisionReport &report, const QString &path);

} // namespace mlr::report
