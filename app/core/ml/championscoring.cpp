#include "ml/championscoring.h"

#include "eval/scoredcsv.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::ml {

namespace {

// lupdate files the tr("...") calls of this namespace-level helper under the namespace's
// context ("mlr::ml"), so that is the context to look them up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("mlr::ml", text);
}

} // namespace

bool isScoreColumn(const QString &name)
{
    return name == u"Scored Labels"_s || name.startsWith(u"Scored Probabilities"_s);
}

QString inferScoredLabelColumn(const QStringList &scoredHeader, const QStringList &featureColumns)
{
    QStringList candidates;
    for (const QString &c : scoredHeader) {
        if (!isScoreColumn(c) && !featureColumns.contains(c))
            candidates << c;
    }
    return candidates.size() == 1 ? candidates.first() : QString();
}

std::optional<eval::ScoredRows> championRows(
    const eval::ScoredRows &challenger, const QStringList &labelTexts, const RrsTable &answer, Error *error)
{
    const auto fail = [error](const QString &what) -> std::optional<eval::ScoredRows> {
        if (error)
            *error = Error::parse(what);
        return std::nullopt;
    };
    const qsizetype labelsAt = answer.columnIndex(u"Scored Labels"_s);
    const qsizetype probabilityAt = answer.columnIndex(u"Scored Probabilities"_s);
    if (labelsAt < 0)
        return fail(tr("The predictive service's answer has no \"Scored Labels\" column (it has: %1).")
                        .arg(answer.columns.join(u", "_s)));
    if (challenger.task == eval::Task::Binary && probabilityAt < 0)
        return fail(tr("The predictive service's answer has no \"Scored Probabilities\" column: it is not a "
                       "two-class model like the retrained one."));
    if (answer.rows.size() != size_t(labelTexts.size()) || labelTexts.size() != challenger.rowCount())
        return fail(tr("The predictive service scored %1 rows, but %2 were sent.")
                        .arg(answer.rows.size())
                        .arg(challenger.rowCount()));
    eval::ScoredCsvOptions options;
    options.labelColumn = challenger.labelColumn;
    if (challenger.task == eval::Task::Binary)
        options.positiveLabel = challenger.classNames.value(1);
    if (challenger.task == eval::Task::Multiclass)
        options.classNames = challenger.classNames;
    eval::ScoredRowsBuilder builder(challenger.task, options);
    for (size_t i = 0; i < answer.rows.size(); ++i) {
        const QStringList &row = answer.rows[i];
        double probability = std::nan("");
        if (probabilityAt >= 0) {
            bool ok = false;
            const double p = row.value(probabilityAt).toDouble(&ok);
            if (ok)
                probability = p;
        }
        builder.addRow(labelTexts[qsizetype(i)], row.value(labelsAt), probability);
    }
    auto rows = builder.finish(error);
    if (rows && challenger.task == eval::Task::Binary && rows->classNames != challenger.classNames
        && !rows->classNames.isEmpty())
        return fail(tr("The predictive service predicts the classes %1, the retrained model %2.")
                        .arg(rows->classNames.join(u"/"_s), challenger.classNames.join(u"/"_s)));
    return rows;
}

ChampionScoringJob::ChampionScoringJob(QNetworkAccessManager *nam,
    std::shared_ptr<const eval::ScoredRows> challenger, QUrl predictiveRequestUrl, QString predictiveApiKey,
    RrsOptions options, QObject *parent)
    : ChampionScoringJob(
        std::move(challenger),
        [nam, url = std::move(predictiveRequestUrl), key = std::move(predictiveApiKey),
            options = std::move(options)](const QStringList &columns, std::vector<QStringList> rows) {
            return std::make_unique<RrsBatchScorer>(nam, url, key, columns, std::move(rows), options);
        },
        parent)
{ }

ChampionScoringJob::ChampionScoringJob(
    std::shared_ptr<const eval::ScoredRows> challenger, ScorerFactory scorer, QObject *parent)
    : QObject(parent)
    , m_challenger(std::move(challenger))
    , m_factory(std::move(scorer))
{ }

ChampionScoringJob::~ChampionScoringJob() = default;

void ChampionScoringJob::start()
{
    if (m_started)
        return;
    m_started = true;
    const eval::ScoredRows &c = *m_challenger;
    if (c.keptColumns.size() < 2 || c.keptColumns.last() != c.labelColumn
        || c.keptRows.size() != size_t(c.rowCount())) {
        QTimer::singleShot(0, this, [this] {
            finish({},
                Error::input(tr("The scored rows were read without their input columns; they cannot be "
                                "scored again.")));
        });
        return;
    }
    // Features = kept cells without the trailing label; empty cells are missing values.
    // Linear in the rows (hundreds of thousands): prepared off the calling thread.
    struct Prepared
    {
        std::vector<QStringList> rows;
        QStringList labels;
    };
    auto *watcher = new QFutureWatcher<Prepared>(this);
    const QStringList features = c.keptColumns.mid(0, c.keptColumns.size() - 1);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, features] {
        watcher->deleteLater();
        Prepared prepared = watcher->result();
        m_labels = std::move(prepared.labels);
        score(features, std::move(prepared.rows));
    });
    watcher->setFuture(QtConcurrent::run([challenger = m_challenger, width = features.size()] {
        Prepared out;
        out.rows.reserve(challenger->keptRows.size());
        out.labels.reserve(qsizetype(challenger->keptRows.size()));
        for (const QStringList &kept : challenger->keptRows) {
            QStringList row = kept.mid(0, width);
            for (QString &cell : row) {
                if (cell.isEmpty())
                    cell = QString();
            }
            out.rows.push_back(std::move(row));
            const QString label = kept.value(width);
            out.labels << (label.isEmpty() ? QString() : label);
        }
        return out;
    }));
}

void ChampionScoringJob::score(const QStringList &features, std::vector<QStringList> rows)
{
    m_scorer = m_factory(features, std::move(rows));
    connect(m_scorer.get(), &BatchScorer::progress, this, &ChampionScoringJob::progress);
    connect(m_scorer.get(), &BatchScorer::finished, this, [this](const RrsTable &answer, const Error &error) {
        if (error)
            return finish({}, error);
        // Building the rows is linear but may be large: off the calling thread.
        auto *watcher = new QFutureWatcher<std::pair<std::optional<eval::ScoredRows>, Error>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            watcher->deleteLater();
            auto [rows, buildError] = watcher->result();
            if (!rows)
                return finish({}, buildError.withContext(tr("Scoring the same rows with the current model")));
            finish(std::make_shared<const eval::ScoredRows>(std::move(*rows)), {});
        });
        watcher->setFuture(QtConcurrent::run([challenger = m_challenger, labels = m_labels, answer] {
            Error e;
            auto rows = championRows(*challenger, labels, answer, &e);
            return std::make_pair(std::move(rows), e);
        }));
    });
    m_scorer->start();
}

void ChampionScoringJob::finish(std::shared_ptr<const eval::ScoredRows> champion, const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(std::move(champion), error);
}

} // namespace mlr::ml
