#pragma once

// Internal to the data check: DataChecker's state, shared by datacheck.cpp (rows, the end of
// the file, the API) and datacheckheader.cpp (the header, the separator, the label).

#include "ml/csvscan.h"
#include "ml/csvvalues.h"
#include "ml/datacheck.h"
#include "ml/labelvalues.h"

#include <QSet>

#include <map>

namespace mlr::ml {

namespace detail {

struct KindTally
{
    DataProblem::Severity severity = DataProblem::Severity::Error;
    QString column;
    qint64 count = 0;
    qint64 firstUnlisted = 0; // line of the first problem of this kind not listed
};

} // namespace detail

struct DataChecker::Impl
{
    using Severity = DataProblem::Severity;

    PortSpec input;
    QString label;
    DataCheckOptions options;
    DataCheckResult result;
    CsvScanner scanner { [this](const CsvRecord &r) {
        return onRecord(r);
    } };
    bool headerSeen = false;
    // The header reads as one (or far too few) columns because another separator is used:
    // reported once; the rows are then only counted.
    bool wrongSeparator = false;
    std::vector<ValueKind> kinds; // per header position
    std::vector<QSet<QString>> enums; // per header position (empty: any)
    qsizetype labelIndex = -1;
    qint64 labelEmptyRows = 0, firstLabelEmptyLine = 0;
    LabelClasses labelClasses; // what the service knows of the label (twoClass false: not checked)
    LabelValueTally labelValues; // filled only when labelClasses.twoClass
    std::map<QString, detail::KindTally> tallies; // by kind key (ordered: stable summaries)
    qint64 unlisted = 0;

    void add(Severity severity, qint64 line, const QString &column, const QString &kindKey,
        const QString &message);
    QString columnName(qsizetype i) const
    {
        return i < result.header.size() ? result.header[i] : tr("column %1").arg(i + 1);
    }
    bool checkUtf8(const CsvRecord &r, qsizetype i);

    void onHeader(const CsvRecord &r); // datacheckheader.cpp
    // True (and reported) when the header is one column, or names fewer than half the
    // service's columns, because its names are separated by ';' or tabs.
    bool checkSeparator(const CsvRecord &r); // datacheckheader.cpp
    void onRow(const CsvRecord &r);
    bool onRecord(const CsvRecord &r)
    {
        if (!headerSeen)
            onHeader(r);
        else if (wrongSeparator)
            ++result.rows;
        else
            onRow(r);
        return true;
    }
    void finishChecks();
};

} // namespace mlr::ml
