#pragma once

#include "decisionreport.h"

#include <QDateTime>
#include <QString>

// The HTML pieces of the decision report, shared by its sections. Every text passes through
// redaction::redact() before it is escaped.
namespace mlr::report::html {

// Escaped and redacted text for HTML.
QString h(const QString &text);
// Timestamps stay ISO 8601 in UTC in every language: the report is an audit record.
QString time(const QDateTime &t);
// Monospace text that wraps at the margin instead of running past it: QTextDocument keeps a
// plain <pre> on one line, its pre-wrap form wraps (browsers also break within long tokens).
QString pre(const QString &escaped);
// One row of a two-column table: the name and the value, both escaped.
QString row(const QString &name, const QString &value);

} // namespace mlr::report::html

namespace mlr::report {

// The "Roll-out" and "Rollback" sections of an Azure ML (v2) roll-out (report.rollout set).
QString rolloutSection(const DecisionReport &report);

} // namespace mlr::report
