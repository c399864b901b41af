// retrain check FILE: the training service's swagger, then the data check; never uploads.
#include "evaluatecommand.h"
#include "ml/datacheck.h"
#include "ml/serviceswagger.h"
#include "output.h"
#include "profile/profile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <climits>
#include <functional>
#include <optional>

namespace mlr::cli {

namespace {

using namespace mlr::ml;

class CheckCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start() override
    {
        Error error;
        const std::optional<Profile> profile = ctx().selectedProfile(&error);
        if (!profile)
            return fail(error);
        m_profile = *profile;
        m_file = invocation().args.value(0);
        if (m_profile.trainingBatchUrl.isEmpty())
            return failInput(tr("Profile '%1' has no trainingBatchUrl: set it with '%2 profile set \"%1\" "
                                "trainingBatchUrl=URL'.")
                                 .arg(m_profile.name, QString::fromLatin1(toolName)));
        if (!QFileInfo(m_file).isFile())
            return failInput(tr("'%1' is not a file.").arg(m_file));
        fetch(swaggerUrlFor(m_profile.trainingBatchUrl),
            [this](const ServiceSwagger &training, const Error &e) {
                if (e)
                    return fail(e);
                m_training = training;
                if (!invocation().option(QStringLiteral("label")).isEmpty()
                    || m_profile.predictiveRequestUrl.isEmpty())
                    return check();
                // The predictive service's inputs tell the label (the one training column it lacks).
                fetch(swaggerUrlFor(m_profile.predictiveRequestUrl),
                    [this](const ServiceSwagger &p, const Error &pe) {
                        if (pe)
                            out().note(
                                tr("the predictive service's description could not be read (%1); the label "
                                   "column is not checked")
                                    .arg(pe.message()));
                        else
                            m_predictive = p;
                        check();
                    });
            });
    }

private:
    void fetch(const QUrl &url, std::function<void(const ServiceSwagger &, const Error &)> then)
    {
        if (!url.isValid())
            return failInput(tr("The service URL of profile '%1' names no web service.").arg(m_profile.name));
        m_fetch = std::make_unique<ServiceSwaggerFetch>(ctx().network(), url);
        connect(m_fetch.get(), &ServiceSwaggerFetch::finished, this,
            [this, then = std::move(then)](const ServiceSwagger &s, const Error &e) {
                m_fetch.release()->deleteLater();
                then(s, e);
            });
        m_fetch->start();
    }

    void check()
    {
        m_check = std::make_unique<DataCheckJob>(
            m_file, m_training, invocation().option(QStringLiteral("label")));
        if (m_predictive)
            m_check->setPredictiveSwagger(*m_predictive);
        connect(m_check.get(), &DataCheckJob::progress, this, [this](qint64 done, qint64 total) {
            if (done < total)
                out().progress(tr("check"), done, total, 0, -1);
        });
        connect(
            m_check.get(), &DataCheckJob::finished, this, [this](const DataCheckResult &r, const Error &e) {
                out().endProgress();
                if (e)
                    return fail(e);
                print(r);
                if (r.hasErrors())
                    return failInput(
                        tr("The data check found %n error(s) in '%1'.", nullptr, int(r.errorCount))
                            .arg(m_file));
                succeed();
            });
        m_check->start();
    }

    void print(const DataCheckResult &r)
    {
        const auto severity = [](const DataProblem &p) {
            return p.severity == DataProblem::Severity::Error ? QStringLiteral("error")
                                                              : QStringLiteral("warning");
        };
        if (out().isJson()) {
            QJsonArray problems;
            for (const DataProblem &p : r.problems)
                problems.append(QJsonObject { { QStringLiteral("severity"), severity(p) },
                    { QStringLiteral("line"), p.line }, { QStringLiteral("column"), p.column },
                    { QStringLiteral("message"), p.message } });
            out().json(QJsonObject { { QStringLiteral("file"), m_file },
                { QStringLiteral("service"), m_training.title },
                { QStringLiteral("header"), QJsonArray::fromStringList(r.header) },
                { QStringLiteral("label"), r.labelColumn }, { QStringLiteral("rows"), r.rows },
                { QStringLiteral("typedRows"), r.typedRows }, { QStringLiteral("bytes"), r.bytes },
                { QStringLiteral("errors"), r.errorCount }, { QStringLiteral("warnings"), r.warningCount },
                { QStringLiteral("problems"), problems } });
            return;
        }
        QStringList lines;
        for (const DataProblem &p : r.problems) {
            QString where = m_file;
            if (p.line > 0)
                where += u':' + QString::number(p.line);
            if (!p.column.isEmpty())
                where += QStringLiteral(" [%1]").arg(p.column);
            lines << QStringLiteral("%1: %2: %3").arg(where, severity(p), p.message);
        }
        lines << tr("%1: %n data row(s), %2 column(s), label '%3' (%4 rows type-checked): %5 error(s), %6 "
                    "warning(s).",
            nullptr, int(std::min<qint64>(r.rows, INT_MAX)))
                     .arg(m_file)
                     .arg(r.header.size())
                     .arg(r.labelColumn.isEmpty() ? tr("unknown") : r.labelColumn)
                     .arg(r.typedRows)
                     .arg(r.errorCount)
                     .arg(r.warningCount);
        out().text(lines.join(u'\n'));
    }

    Profile m_profile;
    QString m_file;
    ServiceSwagger m_training;
    std::optional<ServiceSwagger> m_predictive;
    std::unique_ptr<ServiceSwaggerFetch> m_fetch;
    std::unique_ptr<DataCheckJob> m_check;
};

} // namespace

std::unique_ptr<Command> createDataCheckCommand(Context &context)
{
    return std::make_unique<CheckCommand>(context);
}

} // namespace mlr::cli

#include "datacheckcommand.moc"
