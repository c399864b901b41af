#pragma once

#include "http/error.h"
#include "ml/rrsclient.h"

#include <QString>

#include <optional>

// The smoke test of an update: the same sample rows scored through RRS before and after the
// change (ml::RrsBatchScorer), compared here. Identical predictions after a model change mean
// the service still serves the old model (or the new one behaves the same): "predictions
// unchanged" is flagged so that a silent non-update cannot pass. Pure functions.
namespace mlr::arm {

struct SmokeComparison
{
    int rows = 0;
    int labelsChanged = 0; // rows whose "Scored Labels" differ
    int scoresChanged
        = 0; // rows whose "Scored Probabilities" (or numeric labels) differ beyond the tolerance
    double maxScoreDelta = 0; // largest absolute difference of the score
    bool unchanged() const { return labelsChanged == 0 && scoresChanged == 0; }
    QString summary() const; // one sentence for people
};

// Compares two answers for the same rows. Error::Input when the row counts differ or neither
// answer has a "Scored Labels" column. Cells that do not parse as numbers compare as text.
std::optional<SmokeComparison> compareScores(
    const ml::RrsTable &before, const ml::RrsTable &after, Error *error, double tolerance = 1e-12);

} // namespace mlr::arm
