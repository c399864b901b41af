#include "eval/evaluationcsv.h"

#include "eval/csvstream.h"
#include "eval/metrics.h"

#include <QBuffer>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mlr::eval {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(mlr::eval::EvaluationCsv)
};

// How many of `names` appear in `columns`.
int countOf(const QStringList &names, const QStringList &columns)
{
    int n = 0;
    for (const QString &c : columns)
        n += names.contains(c) ? 1 : 0;
    return n;
}

} // namespace

std::optional<ServiceEvaluation> parseEvaluationCsv(const QByteArray &csv, Error *error)
{
    auto fail = [error](const QString &what) -> std::optional<ServiceEvaluation> {
        if (error)
            *error = Error::parse(what).withContext(Tr::tr("Reading the evaluation results"));
        return std::nullopt;
    };
    QByteArray bytes = csv;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvRecordReader reader(buffer);
    QList<QStringList> records;
    while (reader.next() && records.size() < 1000) {
        QStringList r;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            r.append(reader.text(i).trimmed());
        records.append(r);
    }
    if (!reader.error().isEmpty())
        return fail(reader.error());
    if (records.isEmpty())
        return fail(Tr::tr("The evaluation results are empty."));

    // Names and cells, from either layout.
    QStringList names;
    QStringList cells;
    const QStringList &header = records.first();
    if (header.size() == 2 && header[0].compare(u"Metric"_s, Qt::CaseInsensitive) == 0
        && header[1].compare(u"Value"_s, Qt::CaseInsensitive) == 0) {
        for (qsizetype r = 1; r < records.size(); ++r) {
            if (records[r].size() != 2)
                return fail(Tr::tr("Row %1 of the evaluation results has %2 columns, not 2.")
                                .arg(r)
                                .arg(records[r].size()));
            names.append(records[r][0]);
            cells.append(records[r][1]);
        }
    } else {
        if (records.size() < 2)
            return fail(Tr::tr("The evaluation results have a header but no values."));
        if (records[1].size() != header.size()) {
            return fail(Tr::tr("The evaluation results have %1 values for %2 columns.")
                            .arg(records[1].size())
                            .arg(header.size()));
        }
        names = header;
        cells = records[1];
    }
    auto e = evaluationFromCells(names, cells, error);
    if (!e && error)
        error->withContext(Tr::tr("Reading the evaluation results"));
    return e;
}

std::optional<ServiceEvaluation> evaluationFromCells(
    QStringList names, const QStringList &cells, Error *error)
{
    for (QString &n : names)
        n = canonicalMetricName(n);

    ServiceEvaluation e;
    const int binary
        = countOf(binaryMetricNames() + QStringList { u"True Positive"_s, u"Positive Label"_s }, names);
    const int regression = countOf(regressionMetricNames(), names);
    const int multiclass = countOf(multiclassMetricNames(), names);
    if (binary == 0 && regression == 0 && multiclass == 0) {
        if (error)
            *error = Error::parse(
                Tr::tr("These are not Evaluate Model results: none of the columns (%1) is a known metric.")
                    .arg(names.mid(0, 6).join(u", "_s)));
        return std::nullopt;
    }
    if (binary >= regression && binary >= multiclass)
        e.task = Task::Binary;
    else if (regression >= multiclass)
        e.task = Task::Regression;
    else
        e.task = Task::Multiclass;

    for (qsizetype i = 0; i < names.size() && i < cells.size(); ++i) {
        if (names[i] == u"Positive Label") {
            e.positiveLabel = cells[i];
            continue;
        }
        if (names[i] == u"Negative Label") {
            e.negativeLabel = cells[i];
            continue;
        }
        double v = 0;
        const QByteArray cell = cells[i].toUtf8();
        if (parseNumberCell(cell, &v))
            e.metrics.append({ names[i], v });
    }
    return e;
}

} // namespace mlr::eval
