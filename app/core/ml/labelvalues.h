#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace mlr::ml {

// The distinct values of a label column while a CSV streams by: each value's cell bytes,
// the physical line it first appears on and its row count, in order of first appearance.
// Tracks at most maxValues values; a file with more only sets overflowed().
// Cost per row: one comparison with the previous value, else a scan of the values met.
class LabelValueTally
{
public:
    static constexpr size_t maxValues = 64;
    struct Value
    {
        std::string text; // the cell as written (not trimmed: the service compares it as is)
        qint64 firstLine = 0;
        qint64 rows = 0;
    };

    // A non-blank label cell on physical line `line`.
    void add(std::string_view cell, qint64 line)
    {
        if (!m_values.empty() && m_values[m_last].text == cell) {
            ++m_values[m_last].rows;
            return;
        }
        addSlow(cell, line);
    }
    const std::vector<Value> &values() const { return m_values; }
    bool overflowed() const { return m_overflowed; }

private:
    void addSlow(std::string_view cell, qint64 line);

    std::vector<Value> m_values;
    size_t m_last = 0;
    bool m_overflowed = false;
};

// What the service says about its label: a two-class learner, and the two values it knows
// (from the training input's schema, e.g. the swagger's "enum" of the label column).
struct LabelClasses
{
    bool twoClass = false;
    QStringList known; // exactly two values, or empty when the service does not declare them
};

struct LabelProblem
{
    qint64 line = 0; // the first line of the value at fault; 0 = the whole column
    QString message;

    friend bool operator==(const LabelProblem &, const LabelProblem &) = default;
};

// The problems of a two-class label, in the words mlstudio-local's training uses (its
// Error 0023 details carry the same sentences). With known values: one problem per value
// the service does not know (by first line; a case variant of a known value is named as
// such), else one when the file holds only one of the two. Without: one problem when the
// file does not hold exactly two values. `numeric`: the label is an Integer/Number column,
// so "1" and "1.0" are one value. Empty for a regression label or no values at all.
class LabelCheck
{
    Q_DECLARE_TR_FUNCTIONS(LabelCheck)

public:
    static QList<LabelProblem> problems(
        const QString &column, const LabelValueTally &tally, const LabelClasses &classes, bool numeric);
};

} // namespace mlr::ml
