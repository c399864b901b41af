#pragma once

#include "http/error.h"
#include "ml/serviceswagger.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <limits>
#include <memory>

namespace mlr::ml {

struct DataProblem
{
    enum class Severity
    {
        Error,
        Warning
    };
    Severity severity = Severity::Error;
    qint64 line = 0; // 1-based physical line in the file; 0 = the whole file
    QString column; // empty = the whole row or file
    QString message; // one sentence for people

    friend bool operator==(const DataProblem &, const DataProblem &) = default;
};

struct DataCheckResult
{
    QStringList header;
    qint64 rows = 0; // data rows (blank lines not counted)
    qint64 typedRows = 0; // rows whose values were type-checked (the sample)
    qint64 bytes = 0; // bytes read (the whole file, unless a binary or UTF-16 file stopped the check)
    QString labelColumn; // the label checked (given or inferred); empty when unknown
    // Listed problems: at most DataCheckOptions::maxProblems, at most maxPerKind of one kind in
    // one column, then one summary problem per such kind ("... and N more").
    QList<DataProblem> problems;
    qint64 errorCount = 0; // all errors found, listed or not
    qint64 warningCount = 0;

    bool hasErrors() const { return errorCount > 0; }
};

struct DataCheckOptions
{
    // Rows whose values are type-checked, from the first (all rows are counted and checked for
    // their shape). Default: every row (about 300 MB/s); a smaller sample for a quicker look.
    qint64 typeSampleRows = std::numeric_limits<qint64>::max();
    int maxProblems = 100;
    int maxPerKind = 10;
    // The service learns two classes (e.g. its predictive output has "Scored Probabilities"):
    // the label must hold exactly two values. Implied when the label column's enum lists two
    // values, which the label must then hold (LabelCheck).
    bool twoClassLabel = false;
};

// The column the training service learns: given, or the one column the training input has
// and the predictive input lacks. Empty when that is not exactly one column.
QString inferLabelColumn(const ServiceSwagger &training, const ServiceSwagger &predictive);
// True when the predictive service scores two classes: a dataset output has the column
// "Scored Probabilities" (Score Model's output for a two-class model).
bool isTwoClassService(const ServiceSwagger &predictive);

// Checks a CSV against a service input before it is uploaded, as a stream (any file size):
// feed() chunks, then finish(). Pure (no I/O); see DataCheckJob for a file.
//
// Checks: encoding (UTF-8, BOM allowed; UTF-16 and NUL bytes refused), empty file, header only,
// duplicate or empty header names, input columns missing from the header (Error), header
// columns the service does not take (Warning: ignored), column order (Warning, only when the
// swagger gives the table order), the label column present and filled, every row's cell
// count (ragged rows), unclosed quotes, and for the first typeSampleRows rows (all by default) the values of
// integer, number and boolean columns and enumerations. RFC 4180 quoting.
// A header that reads as one column (or as fewer than half the service's columns) because it is
// separated by ';' or tabs is one Error naming the separator; the rows are then not checked.
// A two-class label (see DataCheckOptions::twoClassLabel) has its distinct values counted over
// every row: values other than the two the service knows, one of them only, or (when the service
// does not list them) not exactly two values are Errors naming the values and their first line.
class DataChecker
{
    Q_DECLARE_TR_FUNCTIONS(DataChecker)

public:
    DataChecker(PortSpec input, QString labelColumn, DataCheckOptions options = {});
    ~DataChecker();
    DataChecker(const DataChecker &) = delete;
    DataChecker &operator=(const DataChecker &) = delete;

    void feed(QByteArrayView chunk);
    DataCheckResult finish();
    // True once the rest of the file cannot change the outcome (binary or UTF-16 file).
    bool stopped() const;

    // Convenience for tests and small data.
    static DataCheckResult check(
        QByteArrayView csv, const PortSpec &input, const QString &labelColumn, DataCheckOptions options = {});

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Runs DataChecker over a file on a worker thread, reading 1 MiB at a time.
// Contract: start() once; progress() now and then; finished() exactly once, asynchronously;
// the error is set only when the file cannot be read at all (missing, unreadable, a folder).
// Destroying the job cancels it without waiting for the worker (which stops soon after).
class DataCheckJob : public QObject
{
    Q_OBJECT

public:
    DataCheckJob(QString filePath, ServiceSwagger swagger, QString labelColumn /* may be empty: infer */,
        QObject *parent = nullptr);
    ~DataCheckJob() override;

    // Optional, before start(): the input to check (default: the first input of the swagger),
    // the predictive service's swagger (to infer the label when none is given, and to know a
    // two-class service by its "Scored Probabilities" output), options.
    void setInputName(const QString &name) { m_inputName = name; }
    void setPredictiveSwagger(const ServiceSwagger &predictive) { m_predictive = predictive; }
    void setOptions(const DataCheckOptions &options) { m_options = options; }

    void start();

Q_SIGNALS:
    void progress(qint64 bytesRead, qint64 bytesTotal);
    void finished(const mlr::ml::DataCheckResult &result, const mlr::Error &error);

private:
    struct Outcome
    {
        DataCheckResult result;
        Error error;
    };
    struct Shared
    {
        std::atomic<bool> cancelled { false };
        std::atomic<qint64> bytesRead { 0 };
    };
    static Outcome run(const QString &path, const PortSpec &input, const QString &label,
        const DataCheckOptions &options, const std::shared_ptr<Shared> &shared);

    QString m_path;
    ServiceSwagger m_swagger;
    std::optional<ServiceSwagger> m_predictive;
    QString m_label;
    QString m_inputName;
    DataCheckOptions m_options;
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    QFutureWatcher<Outcome> m_watcher;
    QTimer m_progressTimer;
    qint64 m_total = 0;
    bool m_started = false;
};

} // namespace mlr::ml

Q_DECLARE_METATYPE(mlr::ml::DataCheckResult)
