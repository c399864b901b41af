#include "azureml/amlevaluationsteps.h"

#include "azureml/mlmodelfile.h"
#include "eval/compare.h"
#include "eval/csvstream.h"
#include "eval/evaluationcsv.h"
#include "eval/gate.h"
#include "eval/scoredcsv.h"
#include "ml/championscoring.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace mlr::azureml {

namespace {

// metrics.json (read on the calling thread), MLmodel, evaluation.csv: a few kilobytes each.
constexpr qint64 maxSmallFile = 2 * 1024 * 1024;

// lupdate files the tr("...") calls of this namespace-level helper under the namespace's
// context ("mlr::azureml"), so that is the context to look them up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("mlr::azureml", text);
}

QByteArray readSmall(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly) && file.size() <= maxSmallFile;
    return *ok ? file.readAll() : QByteArray();
}

} // namespace

JobMetrics metricsFromOutput(const QString &job, const QString &metricsJsonPath, QString *why)
{
    JobMetrics m;
    m.job = job;
    if (metricsJsonPath.isEmpty()) {
        *why = tr("job %1 has no metrics.json in its outputs").arg(job);
        return m;
    }
    bool ok = false;
    const QByteArray bytes = readSmall(metricsJsonPath, &ok);
    Error error;
    m.evaluation = ok ? parseMetricsJson(bytes, &error) : std::nullopt;
    if (m.evaluation)
        m.source = MetricsSource::MetricsOutput;
    else
        *why = tr("metrics.json of job %1 cannot be used: %2")
                   .arg(job, ok ? error.message() : tr("the file cannot be read or is too large"));
    return m;
}

ScoredSplit readScoredSplit(const ScoredSplitInput &input)
{
    ScoredSplit out;
    const auto fail = [&out](Error error) {
        out.error = error.withContext(tr("Reading the scored rows"));
        return out;
    };
    MlModelFile model;
    if (!input.mlmodel.isEmpty()) {
        bool ok = false;
        const QByteArray yaml = readSmall(input.mlmodel, &ok);
        Error error;
        const auto parsed = ok ? parseMlmodel(yaml, &error) : std::nullopt;
        if (!parsed)
            return fail(ok ? error : Error::input(tr("The model's MLmodel file cannot be read.")));
        model = *parsed;
    }
    QString positive;
    if (!input.evaluationCsv.isEmpty()) {
        bool ok = false;
        const QByteArray csv = readSmall(input.evaluationCsv, &ok);
        if (const auto evaluation = ok ? eval::parseEvaluationCsv(csv, nullptr) : std::nullopt)
            positive = evaluation->positiveLabel;
    }
    QFile scored(input.scoredCsv);
    if (!scored.open(QIODevice::ReadOnly))
        return fail(Error::input(tr("Cannot read the downloaded scored rows.")));
    QStringList header;
    {
        eval::CsvRecordReader reader(scored);
        if (reader.next())
            for (qsizetype i = 0; i < reader.fieldCount(); ++i)
                header << reader.text(i).trimmed();
    }
    QString label = input.labelColumn;
    for (const QString &candidate : { model.labelColumn, input.jobLabel })
        if (label.isEmpty() && header.contains(candidate))
            label = candidate;
    if (label.isEmpty() && !model.inputs.isEmpty())
        label = ml::inferScoredLabelColumn(header, model.inputNames());
    if (label.isEmpty() || !header.contains(label))
        return fail(Error::input(label.isEmpty()
                ? tr("Cannot tell the label column of the scored rows (columns: %1); name it "
                     "explicitly.")
                      .arg(header.join(u", "_s))
                : tr("The scored rows have no label column \"%1\" (columns: %2).")
                      .arg(label, header.join(u", "_s))));
    out.features = model.inputNames();
    if (out.features.isEmpty())
        for (const QString &c : std::as_const(header))
            if (c != label && !ml::isScoreColumn(c))
                out.features << c;
    for (const QString &f : std::as_const(out.features))
        if (!header.contains(f))
            return fail(Error::input(tr("The scored rows lack the column \"%1\", an input of the model: the "
                                        "job's outputs do not match.")
                                         .arg(f)));
    if (!scored.seek(0))
        return fail(Error::input(tr("Cannot read the downloaded scored rows.")));
    eval::ScoredCsvOptions options;
    options.labelColumn = label;
    options.positiveLabel = positive;
    options.keepColumns = out.features + QStringList { label };
    options.cancelled = input.cancelled;
    Error error;
    auto rows = eval::parseScoredCsv(scored, options, &error);
    if (!rows)
        return fail(error);
    out.rows = std::make_shared<eval::ScoredRows>(std::move(*rows));
    return out;
}

Judged judgeSameRows(eval::ScoredRows challenger, eval::ScoredRows champion,
    std::optional<eval::ServiceEvaluation> service, const eval::GateRules &gate)
{
    // The kept input cells served their purpose: the comparison does not carry them.
    for (eval::ScoredRows *rows : { &challenger, &champion }) {
        rows->keptColumns.clear();
        rows->keptRows = {};
    }
    if (!service) {
        service.emplace();
        service->task = challenger.task;
    }
    Judged out;
    auto comparison = std::make_shared<eval::Comparison>(
        eval::compare(std::move(challenger), std::move(champion), std::move(*service)));
    out.verdict = eval::evaluateGate(gate, comparison->metrics);
    out.comparison = std::move(comparison);
    return out;
}

Judged judgeReported(const eval::ServiceEvaluation &challenger, const QList<eval::MetricRow> &table,
    const QString &labelColumn, const eval::GateRules &gate)
{
    auto comparison = std::make_shared<eval::Comparison>();
    comparison->task = challenger.task;
    for (eval::ScoredRows *rows : { &comparison->challenger, &comparison->champion }) {
        rows->task = challenger.task;
        rows->labelColumn = labelColumn;
    }
    comparison->service = challenger;
    comparison->metrics = table;
    Judged out;
    out.verdict = eval::evaluateGate(gate, comparison->metrics);
    out.comparison = std::move(comparison);
    return out;
}

} // namespace mlr::azureml
