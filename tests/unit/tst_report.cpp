// The decision report: both formats written, the PDF is a PDF, the HTML holds the metrics and
// the verdict, the chart is drawn, and a canary secret never appears.
#include "decisionreport.h"
#include "http/redaction.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>

using namespace mlr;
using namespace mlr::report;

namespace {

const QString canary = QStringLiteral("CanaryReportSecret-0a1b2c3d");

eval::ScoredRows binaryRows(double shift)
{
    eval::ScoredRows rows;
    rows.task = eval::Task::Binary;
    rows.classNames = { QStringLiteral("<=50K"), QStringLiteral(">50K") };
    for (int i = 0; i < 200; ++i) {
        const double label = i % 2;
        rows.labels.push_back(label);
        rows.scores.push_back(std::clamp(label * shift + (i % 7) / 10.0, 0.0, 1.0));
    }
    return rows;
}

DecisionReport sample(eval::Task task)
{
    DecisionReport r;
    r.profile = QStringLiteral("census");
    r.service = QStringLiteral("census-predictive");
    r.job.jobId = QStringLiteral("job-42");
    r.job.serviceName = QStringLiteral("census-retraining");
    r.job.state = ml::JobState::Finished;
    r.job.outputs.insert(QStringLiteral("output1"),
        QUrl(QStringLiteral("https://acct.blob.core.windows.net/out/model.ilearner")));
    r.job.parameters.insert(QStringLiteral("note"), canary); // a secret somewhere it should not be
    r.job.details = QStringLiteral("AccountKey=%1").arg(canary);
    auto c = std::make_shared<eval::Comparison>();
    c->task = task;
    if (task == eval::Task::Binary) {
        c->challenger = binaryRows(0.5);
        c->champion = binaryRows(0.3);
        c->metrics.append({ QStringLiteral("AUC"), 0.91, 0.85, 0.06, true });
    } else {
        c->challenger.task = c->champion.task = eval::Task::Regression;
        for (int i = 0; i < 50; ++i) {
            c->challenger.labels.push_back(i);
            c->challenger.scores.push_back(i + (i % 3));
            c->champion.labels.push_back(i);
            c->champion.scores.push_back(i * 1.1);
        }
        c->metrics.append({ QStringLiteral("Root Mean Squared Error"), 1.2, 2.5, -1.3, false });
    }
    r.comparison = c;
    r.verdict.passed = true;
    r.verdict.summary = QStringLiteral("The new model is better on every rule.");
    eval::GateCheck check;
    check.rule.metric = c->metrics.first().metric;
    check.applicable = check.passed = true;
    check.reason = QStringLiteral("%1 improved enough").arg(check.rule.metric);
    r.verdict.checks.append(check);
    arm::ModelUpdateResult u;
    u.serviceName = r.service;
    u.oldUri = QStringLiteral("https://acct.blob.core.windows.net/models/old.ilearner");
    u.newUri = QStringLiteral("https://acct.blob.core.windows.net/out/model.ilearner");
    u.verifiedUri = u.newUri;
    u.state = arm::ServiceState::Updated;
    u.stateText = QStringLiteral("The service serves the new model.");
    u.diff.append({ arm::DefinitionChange::Kind::Changed,
        QStringLiteral("properties.assets.asset3.locationInfo.uri"), u.oldUri, u.newUri });
    u.backupFile = QStringLiteral("/data/backups/census-predictive-20260101-000000-000Z.json");
    r.update = u;
    r.generated = QDateTime(QDate(2026, 11, 26), QTime(21, 0), Qt::UTC);
    return r;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { redaction::registerSecret(canary); }

    void writesBothFormats_data()
    {
        QTest::addColumn<int>("task");
        QTest::addColumn<QString>("metric");
        QTest::newRow("binary") << int(eval::Task::Binary) << QStringLiteral("AUC");
        QTest::newRow("regression") << int(eval::Task::Regression)
                                    << QStringLiteral("Root Mean Squared Error");
    }
    void writesBothFormats()
    {
        QFETCH(int, task);
        QFETCH(QString, metric);
        const DecisionReport r = sample(eval::Task(task));
        QVERIFY(!reportChart(r).isNull());
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("report.html"));
        const QString pdf = dir.filePath(QStringLiteral("report.PDF"));
        QVERIFY(!writeReport(r, html));
        QVERIFY(!writeReport(r, pdf));
        // Optional: keep the files to look at (as the GUI tests' screenshots).
        if (const QString keep = qEnvironmentVariable("MLR_SCREENSHOT_DIR"); !keep.isEmpty()) {
            QDir().mkpath(keep);
            const QString stem
                = keep + QStringLiteral("/report-") + QString::fromLatin1(QTest::currentDataTag());
            QFile::remove(stem + QStringLiteral(".html"));
            QFile::remove(stem + QStringLiteral(".pdf"));
            QFile::copy(html, stem + QStringLiteral(".html"));
            QFile::copy(pdf, stem + QStringLiteral(".pdf"));
            reportChart(r).save(stem + QStringLiteral(".png"));
        }
        QFile h(html), p(pdf);
        QVERIFY(h.open(QIODevice::ReadOnly));
        QVERIFY(p.open(QIODevice::ReadOnly));
        const QByteArray hb = h.readAll(), pb = p.readAll();
        QVERIFY(pb.startsWith("%PDF"));
        QVERIFY(pb.size() > 2000); // text and the chart
        const QString text = QString::fromUtf8(hb);
        QVERIFY(text.contains(metric));
        QVERIFY(text.contains(QStringLiteral("0.91")) || text.contains(QStringLiteral("1.2")));
        QVERIFY(text.contains(QStringLiteral("PASSED")));
        QVERIFY(text.contains(r.verdict.summary));
        QVERIFY(text.contains(QStringLiteral("data:image/png;base64,")));
        QVERIFY(text.contains(r.update->backupFile)); // the rollback handle
        QVERIFY(text.contains(QStringLiteral("locationInfo.uri")));
        QVERIFY(!hb.contains(canary.toUtf8()));
        QVERIFY(!pb.contains(canary.toUtf8()));
    }

    void failedVerdictAndNoUpdate()
    {
        DecisionReport r = sample(eval::Task::Binary);
        r.verdict.passed = false;
        r.update.reset();
        r.rollbackHandle.clear();
        const QString html = reportHtml(r);
        QVERIFY(html.contains(QStringLiteral("FAILED")));
        QVERIFY(html.contains(QStringLiteral("not updated")));
    }

    void noEvaluationHasNoChart()
    {
        DecisionReport r = sample(eval::Task::Binary);
        r.comparison.reset();
        QVERIFY(reportChart(r).isNull());
        QVERIFY(reportHtml(r).contains(QStringLiteral("No evaluation")));
    }

    void chartFromPointsOnly_data()
    {
        QTest::addColumn<int>("task");
        QTest::newRow("binary") << int(eval::Task::Binary);
        QTest::newRow("regression") << int(eval::Task::Regression);
    }
    void chartFromPointsOnly()
    {
        // As read back from history: metrics and chart points, no rows.
        QFETCH(int, task);
        DecisionReport r = sample(eval::Task(task));
        auto c = std::make_shared<eval::Comparison>();
        c->task = eval::Task(task);
        c->metrics = r.comparison->metrics;
        r.comparison = c;
        QVERIFY(reportChart(r).isNull());
        r.chartNew = { { 0, 0 }, { 0.2, 0.7 }, { 1, 1 } };
        r.chartCurrent = { { 0, 0 }, { 0.4, 0.6 }, { 1, 1 } };
        const QImage chart = reportChart(r);
        QVERIFY(!chart.isNull());
        // Something other than white was drawn inside the plot.
        bool coloured = false;
        for (int y = 40; y < chart.height() - 50 && !coloured; y += 3) {
            for (int x = 60; x < chart.width() - 20 && !coloured; x += 3) {
                const QColor px = chart.pixelColor(x, y);
                coloured = px.blue() > px.red() + 60; // the new model's blue
            }
        }
        QVERIFY(coloured);
    }

    // The PDF's long monospace lines (a diff of long blob URLs, the rollback command) wrap at the
    // page's width: no laid-out line is wider than the page, and the long URL takes several lines.
    void pdfWrapsLongLines()
    {
        DecisionReport r = sample(eval::Task::Binary);
        // As the history keeps them (JSON values, quoted) and as long as real ones.
        const QString oldUri = QStringLiteral(
            "\"http://127.0.0.1:10000/devstoreaccount1/mlstudio-demo/models/census-initial.ilearner\"");
        const QString newUri
            = QStringLiteral("\"http://127.0.0.1:10000/devstoreaccount1/mlretrain/"
                             "census-income-retraining/20261206-195951-7a17/model.ilearner\"");
        r.update->diff = { { arm::DefinitionChange::Kind::Changed,
            QStringLiteral("properties.assets.asset3.locationInfo.uri"), oldUri, newUri } };
        r.update->backupFile = QStringLiteral(
            "/root/.local/share/mlretrain/backups/census-income-predictive-20261206-195952-445Z.json");
        r.service = QStringLiteral("census-income-predictive");
        r.update->stateText = QStringLiteral("'census-income-predictive' now uses ") + newUri
            + QStringLiteral(" (state Succeeded). The backup of the previous definition is ")
            + r.update->backupFile;
        r.update->oldUri = oldUri;
        r.update->newUri = r.update->verifiedUri = newUri;
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        QPdfWriter writer(&pdf);
        setUpPdfWriter(writer);
        QTextDocument doc;
        layoutForPrinting(doc, r, reportChart(r), writer);
        QVERIFY(doc.size().height() > 0); // lays the whole document out
        const qreal width = writer.width() - 2 * doc.documentMargin();
        int lines = 0;
        int diffLines = 0;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            QTextLayout *layout = b.layout();
            for (int i = 0; i < layout->lineCount(); ++i) {
                ++lines;
                QVERIFY2(layout->lineAt(i).naturalTextWidth() <= width + 1,
                    qPrintable(b.text().left(80)
                        + QStringLiteral(": %1 > %2").arg(layout->lineAt(i).naturalTextWidth()).arg(width)));
            }
            if (b.text().contains(QStringLiteral("20261206-195951-7a17/model.ilearner"))
                && b.text().startsWith(u'~'))
                diffLines = layout->lineCount();
        }
        QVERIFY2(lines > 20, qPrintable(QString::number(lines)));
        QVERIFY2(diffLines >= 2, "the diff's long line was not wrapped");
    }

    void rolledBackReportSaysSo()
    {
        DecisionReport r = sample(eval::Task::Binary);
        QVERIFY(!reportHtml(r).contains(QStringLiteral("rolled back")));
        r.rolledBack = RollbackRecord { QDateTime(QDate(2026, 11, 27), QTime(8, 30), Qt::UTC),
            r.update->oldUri, r.update->backupFile, QStringLiteral("The service serves the old model.") };
        const QString html = reportHtml(r);
        QVERIFY(html.contains(QStringLiteral("This update was rolled back on 2026-11-27T08:30:00Z")));
        QVERIFY(html.contains(QStringLiteral("Model put back")));
        QVERIFY(html.contains(r.update->oldUri));
    }

    void refusesOtherExtensions()
    {
        QTemporaryDir dir;
        const Error e = writeReport(sample(eval::Task::Binary), dir.filePath(QStringLiteral("r.docx")));
        QCOMPARE(e.kind, Error::Kind::Input);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.docx"))));
        QVERIFY(writeReport(sample(eval::Task::Binary), QStringLiteral("/nonexistent-dir/x/r.html")));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
