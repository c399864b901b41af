#include "arm/smoketest.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mlr::arm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mlr::arm::SmokeTest)
};

const QString labels = QStringLiteral("Scored Labels");
const QString probabilities = QStringLiteral("Scored Probabilities");

// |a - b| for numbers, 0 / infinity for equal / different text.
double delta(const QString &a, const QString &b)
{
    bool okA = false, okB = false;
    const double x = a.toDouble(&okA);
    const double y = b.toDouble(&okB);
    if (okA && okB)
        return std::fabs(x - y);
    return a == b ? 0.0 : std::numeric_limits<double>::infinity();
}

} // namespace

QString SmokeComparison::summary() const
{
    if (unchanged())
        return Tr::tr(
            "Predictions unchanged: the %1 sample rows score exactly as before the update, so the service "
            "may still be serving the previous model.")
            .arg(rows);
    return Tr::tr(
        "Predictions changed for %1 of %2 sample rows (%3 labels changed; largest score change %4).")
        .arg(std::max(labelsChanged, scoresChanged))
        .arg(rows)
        .arg(labelsChanged)
        .arg(maxScoreDelta, 0, 'g', 4);
}

std::optional<SmokeComparison> compareScores(
    const ml::RrsTable &before, const ml::RrsTable &after, Error *error, double tolerance)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = Error::input(text);
        return std::nullopt;
    };
    if (before.rows.size() != after.rows.size())
        return fail(
            Tr::tr("The smoke test scored %1 rows before the update and %2 after; they cannot be compared.")
                .arg(before.rows.size())
                .arg(after.rows.size()));
    const qsizetype labelBefore = before.columnIndex(labels), labelAfter = after.columnIndex(labels);
    if (labelBefore < 0 || labelAfter < 0)
        return fail(Tr::tr("The smoke test answers have no \"Scored Labels\" column."));
    const qsizetype scoreBefore = before.columnIndex(probabilities),
                    scoreAfter = after.columnIndex(probabilities);
    SmokeComparison c;
    c.rows = int(before.rows.size());
    for (size_t i = 0; i < before.rows.size(); ++i) {
        const QStringList &a = before.rows[i];
        const QStringList &b = after.rows[i];
        const QString la = a.value(labelBefore), lb = b.value(labelAfter);
        // Regression: the label is the score.
        const double labelDelta = delta(la, lb);
        const bool textLabel = !std::isfinite(labelDelta) || scoreBefore >= 0;
        if (textLabel ? la != lb : labelDelta > tolerance)
            ++c.labelsChanged;
        double d = textLabel ? 0.0 : labelDelta;
        if (scoreBefore >= 0 && scoreAfter >= 0)
            d = delta(a.value(scoreBefore), b.value(scoreAfter));
        if (d > tolerance) {
            ++c.scoresChanged;
            if (std::isfinite(d))
                c.maxScoreDelta = std::max(c.maxScoreDelta, d);
        }
    }
    return c;
}

} // namespace mlr::arm
