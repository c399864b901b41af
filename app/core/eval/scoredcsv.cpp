#include "eval/scoredcsv.h"

#include "eval/csvstream.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace mlr::eval {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(mlr::eval::ScoredCsv)
};

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
const QString scoredLabels = u"Scored Labels"_s;
const QString scoredProbabilities = u"Scored Probabilities"_s;
const QString classProbabilityPrefix = u"Scored Probabilities for Class"_s;

bool isPreferredPositive(const QString &label)
{
    static const QString preferred[]
        = { u">50K"_s, u"1"_s, u"true"_s, u"yes"_s, u"y"_s, u"positive"_s, u"pos"_s };
    for (const QString &p : preferred) {
        if (label.compare(p, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Studio's choice of the positive class between two label values (Train Model's rule).
QString choosePositive(const QString &a, const QString &b)
{
    const bool pa = isPreferredPositive(a);
    const bool pb = isPreferredPositive(b);
    if (pa != pb)
        return pa ? a : b;
    return QString::compare(a, b) >= 0 ? a : b;
}

// Numbers by value first, then text.
bool naturalLess(const QString &a, const QString &b)
{
    bool okA = false;
    bool okB = false;
    const double x = a.toDouble(&okA);
    const double y = b.toDouble(&okB);
    if (okA && okB)
        return x < y || (x == y && a < b);
    if (okA != okB)
        return okA;
    return a < b;
}

bool sameLabel(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    bool okA = false;
    bool okB = false;
    const double x = a.toDouble(&okA);
    const double y = b.toDouble(&okB);
    return okA && okB && x == y;
}

Error parseError(const QString &what)
{
    return Error::parse(what).withContext(Tr::tr("Reading the scored dataset"));
}

} // namespace

ScoredRowsBuilder::ScoredRowsBuilder(Task task, const ScoredCsvOptions &options)
    : m_positiveLabel(options.positiveLabel)
    , m_preferredClasses(options.classNames)
{
    m_rows.task = task;
    m_rows.labelColumn = options.labelColumn;
    m_rows.keptColumns = options.keepColumns;
}

int ScoredRowsBuilder::codeFor(const QString &text)
{
    if (text.isEmpty())
        return -1;
    const auto it = m_codeIndex.constFind(text);
    if (it != m_codeIndex.constEnd())
        return it.value();
    m_codes.append(text);
    m_codeIndex.insert(text, int(m_codes.size() - 1));
    return int(m_codes.size() - 1);
}

void ScoredRowsBuilder::addRow(const QString &label, const QString &scoredLabel, double probability)
{
    switch (m_rows.task) {
    case Task::Regression: {
        double y = nan;
        double p = nan;
        const QByteArray l = label.toUtf8();
        const QByteArray s = scoredLabel.toUtf8();
        if (!parseNumberCell(l, &y) || !parseNumberCell(s, &p)) {
            if (m_badNumberRow < 0) {
                m_badNumberRow = qint64(m_rows.labels.size()) + 1;
                m_badNumber = parseNumberCell(l, &y) ? scoredLabel : label;
            }
        }
        m_rows.labels.push_back(y);
        m_rows.scores.push_back(p);
        return;
    }
    case Task::Binary:
        m_labelCodes.push_back(codeFor(label.trimmed()));
        m_scoredCodes.push_back(codeFor(scoredLabel.trimmed()));
        m_rows.scores.push_back(probability);
        return;
    case Task::Multiclass:
        m_labelCodes.push_back(codeFor(label.trimmed()));
        m_scoredCodes.push_back(codeFor(scoredLabel.trimmed()));
        return;
    }
}

std::optional<ScoredRows> ScoredRowsBuilder::finish(Error *error)
{
    auto fail = [error](const QString &what) -> std::optional<ScoredRows> {
        if (error)
            *error = parseError(what);
        return std::nullopt;
    };
    if (m_rows.task == Task::Regression) {
        if (m_badNumberRow >= 0) {
            return fail(Tr::tr(
                "Row %1 has \"%2\" where a number is expected (regression labels and scores are numbers).")
                            .arg(m_badNumberRow)
                            .arg(m_badNumber));
        }
        return std::move(m_rows);
    }
    // Codes used by labels (and, for multiclass, predictions).
    std::vector<bool> used(size_t(m_codes.size()), false);
    for (int c : m_labelCodes) {
        if (c >= 0)
            used[size_t(c)] = true;
    }
    for (int c : m_scoredCodes) {
        if (c >= 0)
            used[size_t(c)] = true;
    }
    QStringList seen;
    for (size_t i = 0; i < used.size(); ++i) {
        if (used[i])
            seen.append(m_codes[qsizetype(i)]);
    }
    if (m_rows.task == Task::Binary) {
        if (seen.size() > 2) {
            return fail(
                Tr::tr("The label column \"%1\" has more than two values (%2): a two-class evaluation needs "
                       "at most two.")
                    .arg(m_rows.labelColumn, seen.mid(0, 3).join(u", "_s)));
        }
        QString positive;
        if (!m_positiveLabel.isEmpty()) {
            positive = m_positiveLabel;
            bool found = false;
            for (const QString &s : seen) {
                if (sameLabel(s, m_positiveLabel)) {
                    positive = s;
                    found = true;
                }
            }
            if (!found && seen.size() == 2) {
                return fail(Tr::tr("The positive class \"%1\" is not among the values of \"%2\" (%3).")
                                .arg(m_positiveLabel, m_rows.labelColumn, seen.join(u", "_s)));
            }
        } else {
            QString negativeSeen;
            for (size_t r = 0; r < m_scoredCodes.size() && positive.isEmpty(); ++r) {
                if (m_scoredCodes[r] < 0 || std::isnan(m_rows.scores[r]))
                    continue;
                if (m_rows.scores[r] >= 0.5)
                    positive = m_codes[m_scoredCodes[r]];
                else if (negativeSeen.isEmpty())
                    negativeSeen = m_codes[m_scoredCodes[r]];
            }
            if (positive.isEmpty()) {
                if (seen.size() == 2)
                    positive = !negativeSeen.isEmpty() ? (seen[0] == negativeSeen ? seen[1] : seen[0])
                                                       : choosePositive(seen[0], seen[1]);
                else if (seen.size() == 1)
                    positive = seen[0] == negativeSeen ? QString() : seen[0];
            }
        }
        QString negative;
        for (const QString &s : seen) {
            if (s != positive)
                negative = s;
        }
        m_rows.classNames = { negative, positive };
        m_rows.labels.reserve(m_labelCodes.size());
        for (int c : m_labelCodes)
            m_rows.labels.push_back(c < 0 ? nan : (m_codes[c] == positive ? 1.0 : 0.0));
        return std::move(m_rows);
    }
    // Multiclass: the preferred order first, then the rest in natural order.
    QStringList rest;
    for (const QString &s : seen) {
        if (!m_preferredClasses.contains(s))
            rest.append(s);
    }
    std::sort(rest.begin(), rest.end(), naturalLess);
    m_rows.classNames = m_preferredClasses + rest;
    QHash<QString, int> index;
    for (qsizetype i = 0; i < m_rows.classNames.size(); ++i)
        index.insert(m_rows.classNames[i], int(i));
    std::vector<int> codeToClass(size_t(m_codes.size()));
    for (qsizetype i = 0; i < m_codes.size(); ++i)
        codeToClass[size_t(i)] = index.value(m_codes[i], -1);
    m_rows.labels.reserve(m_labelCodes.size());
    m_rows.predicted.reserve(m_scoredCodes.size());
    for (size_t r = 0; r < m_labelCodes.size(); ++r) {
        const int l = m_labelCodes[r];
        const int p = m_scoredCodes[r];
        m_rows.labels.push_back(l < 0 ? nan : double(codeToClass[size_t(l)]));
        m_rows.predicted.push_back(p < 0 ? -1 : codeToClass[size_t(p)]);
    }
    return std::move(m_rows);
}

std::optional<ScoredRows> parseScoredCsv(QIODevice &device, const QString &labelColumn, Error *error)
{
    ScoredCsvOptions options;
    options.labelColumn = labelColumn;
    return parseScoredCsv(device, options, error);
}

std::optional<ScoredRows> parseScoredCsv(QIODevice &device, const ScoredCsvOptions &options, Error *error)
{
    auto fail = [error](const Error &e) -> std::optional<ScoredRows> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (!device.isOpen() && !device.open(QIODevice::ReadOnly))
        return fail(parseError(Tr::tr("The file could not be opened: %1").arg(device.errorString())));
    CsvRecordReader reader(device);
    if (!reader.next()) {
        return fail(reader.error().isEmpty()
                ? parseError(Tr::tr("The scored dataset is empty: it has no header row."))
                : parseError(reader.error()));
    }
    QStringList header;
    for (qsizetype i = 0; i < reader.fieldCount(); ++i)
        header.append(reader.text(i).trimmed());
    const qsizetype columns = header.size();
    const qsizetype labelIndex = options.labelColumn.isEmpty() ? -1 : header.indexOf(options.labelColumn);
    if (labelIndex < 0) {
        return fail(Error::input(options.labelColumn.isEmpty()
                ? Tr::tr("No label column was given for the scored dataset.")
                : Tr::tr("There is no label column \"%1\" in the scored dataset (its columns: %2).")
                      .arg(options.labelColumn, header.join(u", "_s)))
                        .withContext(Tr::tr("Reading the scored dataset")));
    }
    const qsizetype scoredIndex = header.indexOf(scoredLabels);
    if (scoredIndex < 0) {
        return fail(parseError(Tr::tr(
            "The scored dataset has no \"Scored Labels\" column: it was not produced by Score Model.")));
    }
    const qsizetype probabilityIndex = header.indexOf(scoredProbabilities);
    bool classProbabilities = false;
    for (const QString &h : header)
        classProbabilities = classProbabilities || h.startsWith(classProbabilityPrefix);
    std::vector<qsizetype> keepIndex;
    for (const QString &k : options.keepColumns) {
        const qsizetype i = header.indexOf(k);
        if (i < 0) {
            return fail(Error::input(Tr::tr("There is no column \"%1\" in the scored dataset.").arg(k))
                            .withContext(Tr::tr("Reading the scored dataset")));
        }
        keepIndex.push_back(i);
    }

    // Binary with "Scored Probabilities"; multiclass with per-class probabilities; otherwise
    // decided by the first "Scored Labels" cell: a number means regression.
    std::optional<Task> task;
    if (probabilityIndex >= 0)
        task = Task::Binary;
    else if (classProbabilities)
        task = Task::Multiclass;
    std::optional<ScoredRowsBuilder> builder;
    if (task)
        builder.emplace(*task, options);
    struct Pending
    {
        QString label;
        QStringList kept;
    };
    std::vector<Pending> pending; // rows before the task is known (empty "Scored Labels")

    qint64 row = 0;
    while (reader.next()) {
        ++row;
        if (reader.fieldCount() != columns) {
            return fail(parseError(Tr::tr("Row %1 (line %2) has %3 columns, but the header has %4.")
                                       .arg(row)
                                       .arg(reader.line())
                                       .arg(reader.fieldCount())
                                       .arg(columns)));
        }
        if ((row & 0xFFF) == 0) {
            if (options.cancelled && options.cancelled())
                return fail(Error::cancelled());
            if (options.progress)
                options.progress(reader.bytesRead());
        }
        const QString label = reader.text(labelIndex);
        const QString scored = reader.text(scoredIndex);
        QStringList kept;
        for (qsizetype i : keepIndex)
            kept.append(reader.text(i));
        if (!builder) {
            if (scored.trimmed().isEmpty()) {
                pending.push_back({ label, kept });
                continue;
            }
            double v = 0;
            builder.emplace(
                parseNumberCell(reader.field(scoredIndex), &v) ? Task::Regression : Task::Multiclass,
                options);
            for (Pending &p : pending) {
                builder->addRow(p.label, QString(), nan);
                if (!keepIndex.empty())
                    builder->addKeptRow(std::move(p.kept));
            }
            pending.clear();
        }
        double probability = nan;
        if (probabilityIndex >= 0 && !parseNumberCell(reader.field(probabilityIndex), &probability)) {
            return fail(
                parseError(Tr::tr("Row %1 (line %2): \"Scored Probabilities\" is \"%3\", not a number.")
                               .arg(row)
                               .arg(reader.line())
                               .arg(reader.text(probabilityIndex))));
        }
        builder->addRow(label, scored, probability);
        if (!keepIndex.empty())
            builder->addKeptRow(std::move(kept));
    }
    if (!reader.error().isEmpty())
        return fail(parseError(reader.error()));
    if (options.progress)
        options.progress(reader.bytesRead());
    if (!builder) {
        // No row has a score: regression with nothing to evaluate, rows kept for alignment.
        builder.emplace(Task::Regression, options);
        for (Pending &p : pending) {
            builder->addRow(p.label, QString(), nan);
            if (!keepIndex.empty())
                builder->addKeptRow(std::move(p.kept));
        }
    }
    return builder->finish(error);
}

} // namespace mlr::eval
