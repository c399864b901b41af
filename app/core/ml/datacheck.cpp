#include "ml/datacheck_p.h"

using namespace Qt::StringLiterals;

namespace mlr::ml {

namespace {

using Severity = DataProblem::Severity;

QString quoted(std::string_view cell)
{
    QString text = QString::fromUtf8(cell.data(), qsizetype(cell.size()));
    if (text.size() > 40)
        text = text.left(37) + u"..."_s;
    return u'"' + text + u'"';
}

} // namespace

void DataChecker::Impl::add(
    Severity severity, qint64 line, const QString &column, const QString &kindKey, const QString &message)
{
    (severity == Severity::Error ? result.errorCount : result.warningCount) += 1;
    detail::KindTally &t = tallies[kindKey];
    t.severity = severity;
    t.column = column;
    if (++t.count > options.maxPerKind) {
        if (t.firstUnlisted == 0)
            t.firstUnlisted = line;
        return;
    }
    if (result.problems.size() >= options.maxProblems) {
        ++unlisted;
        return;
    }
    result.problems.append({ severity, line, column, message });
}

bool DataChecker::Impl::checkUtf8(const CsvRecord &r, qsizetype i)
{
    qsizetype bad = 0;
    const std::string_view cell = r.field(i);
    if (isValidUtf8(cell, &bad))
        return true;
    add(Severity::Error, r.line, columnName(i), u"utf8|"_s + columnName(i),
        tr("The value is not valid UTF-8 text (byte 0x%1). Save the file as UTF-8.")
            .arg(QString::number(uint(static_cast<unsigned char>(cell[size_t(bad)])), 16)
                     .toUpper()
                     .rightJustified(2, u'0')));
    return false;
}

void DataChecker::Impl::onRow(const CsvRecord &r)
{
    ++result.rows;
    const qsizetype width = result.header.size();
    if (r.size() != width)
        add(Severity::Error, r.line, {}, u"ragged"_s,
            tr("Line %1 has %n value(s), but the header has %2. Quote values that contain commas.", nullptr,
                int(r.size()))
                .arg(r.line)
                .arg(width));
    const bool typed = result.rows <= options.typeSampleRows;
    if (typed)
        ++result.typedRows;
    const qsizetype n = std::min(r.size(), width);
    for (qsizetype i = 0; i < r.size(); ++i) {
        if (!checkUtf8(r, i) || !typed || i >= n)
            continue;
        const std::string_view cell = r.field(i);
        const ValueKind kind = kinds[size_t(i)];
        if (kind != ValueKind::Text && !valueFits(cell, kind)) {
            const QString name = columnName(i);
            const QString what = kind == ValueKind::Integer
                ? tr("%1 is not a whole number (column \"%2\" holds integers).")
                : kind == ValueKind::Number ? tr("%1 is not a number (column \"%2\" holds numbers).")
                                            : tr("%1 is not true or false (column \"%2\" holds booleans).");
            add(Severity::Error, r.line, name, u"type|"_s + name, what.arg(quoted(cell), name));
        } else if (!enums[size_t(i)].isEmpty() && !cell.empty()) {
            const QString value = QString::fromUtf8(cell.data(), qsizetype(cell.size()));
            if (!enums[size_t(i)].contains(value)) {
                const QString name = columnName(i);
                QStringList allowed = enums[size_t(i)].values();
                std::sort(allowed.begin(), allowed.end());
                add(Severity::Error, r.line, name, u"enum|"_s + name,
                    tr("%1 is not one of the values column \"%2\" allows (%3).")
                        .arg(quoted(cell), name, allowed.mid(0, 10).join(u", "_s)));
            }
        }
    }
    if (labelIndex >= 0 && labelIndex < r.size()) { // a short row is already an error
        const std::string_view cell = r.field(labelIndex);
        if (isBlankCell(cell)) {
            if (labelEmptyRows++ == 0)
                firstLabelEmptyLine = r.line;
        } else if (labelClasses.twoClass) {
            labelValues.add(cell, r.line);
        }
    }
}

void DataChecker::Impl::finishChecks()
{
    switch (scanner.stop()) {
    case CsvScanner::Stop::Utf16:
        add(Severity::Error, 0, {}, u"encoding"_s,
            tr("The file is UTF-16 text. Save it as UTF-8 (\"CSV UTF-8\") and check it again."));
        return;
    case CsvScanner::Stop::NulByte:
        add(Severity::Error, scanner.stopLine(), {}, u"binary"_s,
            tr("Line %1 contains a NUL byte: this is a binary file, not CSV text.").arg(scanner.stopLine()));
        return;
    case CsvScanner::Stop::UnclosedQuote:
        add(Severity::Error, scanner.stopLine(), {}, u"quote"_s,
            tr("A quoted value that starts on line %1 is never closed (a closing \" is missing).")
                .arg(scanner.stopLine()));
        break;
    case CsvScanner::Stop::None:
    case CsvScanner::Stop::ByCallback:
        break;
    }
    if (!headerSeen) {
        add(Severity::Error, 0, {}, u"empty"_s, tr("The file is empty: there is no header row."));
        return;
    }
    if (wrongSeparator)
        return; // the separator problem says it all
    if (result.rows == 0) {
        add(Severity::Error, 0, {}, u"no-rows"_s, tr("The file has a header but no data rows."));
        return;
    }
    if (labelIndex >= 0 && labelEmptyRows == result.rows) {
        add(Severity::Error, 0, label, u"label-empty"_s,
            tr("The label column \"%1\" is empty in every row.").arg(label));
    } else if (labelIndex >= 0 && labelEmptyRows > 0) {
        add(Severity::Warning, firstLabelEmptyLine, label, u"label-empty"_s,
            tr("%n row(s) have no value in the label column \"%1\" (the first on line %2); training skips "
               "them.",
                nullptr, int(std::min<qint64>(labelEmptyRows, INT_MAX)))
                .arg(label)
                .arg(firstLabelEmptyLine));
    }
    if (labelIndex >= 0) {
        const bool numeric = kinds[size_t(labelIndex)] == ValueKind::Integer
            || kinds[size_t(labelIndex)] == ValueKind::Number;
        for (const LabelProblem &p : LabelCheck::problems(label, labelValues, labelClasses, numeric))
            add(Severity::Error, p.line, label, u"label-values"_s, p.message);
    }
}

DataChecker::DataChecker(PortSpec input, QString labelColumn, DataCheckOptions options)
    : d(std::make_unique<Impl>())
{
    d->input = std::move(input);
    d->label = std::move(labelColumn);
    d->options = options;
    d->result.labelColumn = d->label;
}

DataChecker::~DataChecker() = default;

void DataChecker::feed(QByteArrayView chunk)
{
    d->result.bytes += chunk.size();
    d->scanner.feed(chunk);
}

bool DataChecker::stopped() const
{
    return d->scanner.stop() == CsvScanner::Stop::NulByte || d->scanner.stop() == CsvScanner::Stop::Utf16;
}

DataCheckResult DataChecker::finish()
{
    d->scanner.finish();
    d->finishChecks();
    for (const auto &[key, tally] : d->tallies) {
        if (tally.count <= d->options.maxPerKind)
            continue;
        const qint64 more = tally.count - d->options.maxPerKind;
        d->result.problems.append({ tally.severity, tally.firstUnlisted, tally.column,
            tr("%n more line(s) with the same problem, from line %1 on (not listed).", nullptr,
                int(std::min<qint64>(more, INT_MAX)))
                .arg(tally.firstUnlisted) });
    }
    if (d->unlisted > 0)
        d->result.problems.append({ Severity::Warning, 0, {},
            tr("%n more problem(s) not listed.", nullptr, int(std::min<qint64>(d->unlisted, INT_MAX))) });
    return d->result;
}

DataCheckResult DataChecker::check(
    QByteArrayView csv, const PortSpec &input, const QString &labelColumn, DataCheckOptions options)
{
    DataChecker checker(input, labelColumn, options);
    checker.feed(csv);
    return checker.finish();
}

} // namespace mlr::ml
