#pragma once

#include "eval/evaltypes.h"
#include "http/error.h"
#include "ml/rrsclient.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace mlr::ml {

// The label of a scored CSV: the one column that is neither a score column ("Scored Labels",
// "Scored Probabilities...") nor an input of the predictive service. Empty when not exactly one.
QString inferScoredLabelColumn(const QStringList &scoredHeader, const QStringList &featureColumns);

// True for Score Model's own columns ("Scored Labels", "Scored Probabilities",
// "Scored Probabilities for Class \"x\"").
bool isScoreColumn(const QString &name);

// The current model's ScoredRows on the challenger's rows: labels are the texts kept from
// the scored CSV (labelTexts, one per row, null = missing), scores what the predictive
// service answered for the same rows (same order). Binary keeps the challenger's positive
// class, multiclass its class order, so both sides share codes. Error::Parse when the
// answer lacks "Scored Labels" (or "Scored Probabilities" for binary) or the row counts differ.
std::optional<eval::ScoredRows> championRows(
    const eval::ScoredRows &challenger, const QStringList &labelTexts, const RrsTable &answer, Error *error);

// Scores the challenger's rows with the model in production and builds the champion's
// ScoredRows on exactly those rows: through RRS (the classic predictive service), or through
// any BatchScorer a factory makes (an Azure ML online deployment).
//
// `challenger.keptColumns` must hold the production model's input columns followed by the
// label column (as EvaluationJob asks the scored CSV parser for); the rows sent are the kept
// cells without the label (empty cells as missing values).
// Contract: start() once; progress(rowsScored, rowsTotal); finished() exactly once, always
// asynchronously; destroying the object cancels it.
class ChampionScoringJob : public QObject
{
    Q_OBJECT

public:
    // Makes the scorer of the rows (not started; the job owns it), called once from start().
    using ScorerFactory = std::function<std::unique_ptr<BatchScorer>(
        const QStringList &columns, std::vector<QStringList> rows)>;

    ChampionScoringJob(QNetworkAccessManager *nam, std::shared_ptr<const eval::ScoredRows> challenger,
        QUrl predictiveRequestUrl, QString predictiveApiKey, RrsOptions options = {},
        QObject *parent = nullptr);
    ChampionScoringJob(
        std::shared_ptr<const eval::ScoredRows> challenger, ScorerFactory scorer, QObject *parent = nullptr);
    ~ChampionScoringJob() override;

    void start();

Q_SIGNALS:
    void progress(qint64 rowsScored, qint64 rowsTotal);
    void finished(std::shared_ptr<const mlr::eval::ScoredRows> champion, const mlr::Error &error);

private:
    void score(const QStringList &features, std::vector<QStringList> rows);
    void finish(std::shared_ptr<const eval::ScoredRows> champion, const Error &error);

    std::shared_ptr<const eval::ScoredRows> m_challenger;
    ScorerFactory m_factory;
    QStringList m_labels;
    std::unique_ptr<BatchScorer> m_scorer;
    bool m_started = false;
    bool m_done = false;
};

} // namespace mlr::ml

Q_DECLARE_METATYPE(std::shared_ptr<const mlr::eval::ScoredRows>)
