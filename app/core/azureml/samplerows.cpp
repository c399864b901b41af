#include "azureml/samplerows.h"

#include "eval/csvstream.h"

#include <QCoreApplication>
#include <QFile>

namespace mlr::azureml {

std::optional<arm::SmokeRows> sampleRowsFromCsv(const QString &path, const QString &labelColumn, int maxRows,
    Error *error, const QStringList &dropColumns)
{
    const auto fail = [&](const QString &why) -> std::optional<arm::SmokeRows> {
        if (error)
            *error = Error::input(
                QCoreApplication::translate("mlr::azureml", "No sample rows can be taken from %1: %2")
                    .arg(path, why));
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    eval::CsvRecordReader reader(file);
    if (!reader.next())
        return fail(reader.error().isEmpty()
                ? QCoreApplication::translate("mlr::azureml", "the file is empty.")
                : reader.error());
    QStringList header;
    for (qsizetype i = 0; i < reader.fieldCount(); ++i)
        header.append(reader.text(i).trimmed());
    if (!labelColumn.isEmpty() && !header.contains(labelColumn))
        return fail(QCoreApplication::translate("mlr::azureml", "the header has no column '%1' (it has %2).")
                        .arg(labelColumn, header.join(QStringLiteral(", "))));
    QList<qsizetype> kept;
    arm::SmokeRows out;
    for (qsizetype i = 0; i < header.size(); ++i)
        if (header[i] != labelColumn && !dropColumns.contains(header[i])) {
            kept.append(i);
            out.columns.append(header[i]);
        }
    while (int(out.rows.size()) < maxRows && reader.next()) {
        if (reader.fieldCount() != header.size())
            return fail(
                QCoreApplication::translate("mlr::azureml", "line %1 has %2 cells, but the header has %3.")
                    .arg(reader.line())
                    .arg(reader.fieldCount())
                    .arg(header.size()));
        QStringList cells;
        for (const qsizetype i : std::as_const(kept))
            cells.append(reader.text(i));
        out.rows.push_back(cells);
    }
    if (!reader.error().isEmpty())
        return fail(reader.error());
    if (out.rows.empty())
        return fail(QCoreApplication::translate("mlr::azureml", "the file has no data row."));
    return out;
}

} // namespace mlr::azureml
