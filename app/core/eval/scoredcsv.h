#pragma once

#include "eval/evaltypes.h"
#include "http/error.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace mlr::eval {

struct ScoredCsvOptions
{
    QString labelColumn; // required: the true label's column
    // binary: the positive class. Empty: the "Scored Labels" value of rows whose
    // "Scored Probabilities" >= 0.5; when no row has one, Studio's choice between the two
    // values (the larger number, "1"/"true"/"yes"/">..." style positives, else the second in
    // natural order).
    QString positiveLabel;
    // Multiclass: the class order to use (so that two models share indices); classes not in
    // the list are appended in natural order. Empty: natural order.
    QStringList classNames;
    // Raw cells to keep per row (ScoredRows::keptRows), e.g. the input columns.
    QStringList keepColumns;
    // Polled every few thousand rows; return true to stop (the parse then fails with
    // Error::cancelled()).
    std::function<bool()> cancelled;
    // Called every few thousand rows with the bytes read so far.
    std::function<void(qint64 bytesRead)> progress;
};

// Streaming parse of a scored CSV (Score Model's output: the input columns plus
// "Scored Labels" and "Scored Probabilities" (binary), "Scored Labels" only (regression),
// or "Scored Labels" with "Scored Probabilities for Class "X"" columns or a non-numeric
// "Scored Labels" (multiclass)). Reads the device in chunks (RFC 4180: quotes, "" escapes,
// commas and line breaks inside quotes, CRLF/LF/CR, UTF-8 BOM, blank lines skipped); memory
// is a few numbers per row plus the kept cells. For a worker thread. Errors (Kind::Parse or
// Input) name the line: no header, no label column, no "Scored Labels", ragged row,
// unclosed quote, more than two classes in a binary file, non-numeric regression value.
std::optional<ScoredRows> parseScoredCsv(QIODevice &device, const ScoredCsvOptions &options, Error *error);
std::optional<ScoredRows> parseScoredCsv(QIODevice &device, const QString &labelColumn, Error *error);

// Builds ScoredRows from rows given one by one (the scored CSV parser uses it; so can a
// caller that scores the same rows through another service). Cells are the label's text,
// the "Scored Labels" text and, for binary, P(positive); empty text = missing.
class ScoredRowsBuilder
{
public:
    ScoredRowsBuilder(Task task, const ScoredCsvOptions &options);
    void addRow(const QString &label, const QString &scoredLabel, double probability);
    void addKeptRow(QStringList cells) { m_rows.keptRows.push_back(std::move(cells)); }
    // Resolves class names and the positive label. Fails (Kind::Parse) for a binary set with
    // more than two classes or a regression value that is not a number.
    std::optional<ScoredRows> finish(Error *error);

private:
    int codeFor(const QString &text);

    ScoredRows m_rows;
    QString m_positiveLabel;
    QStringList m_preferredClasses;
    QStringList m_codes; // text of each code (binary/multiclass)
    QHash<QString, int> m_codeIndex;
    std::vector<int> m_labelCodes; // binary/multiclass: per row, -1 = missing
    std::vector<int> m_scoredCodes; // binary/multiclass: per row, -1 = missing
    qint64 m_badNumberRow = -1;
    QString m_badNumber;
};

} // namespace mlr::eval
