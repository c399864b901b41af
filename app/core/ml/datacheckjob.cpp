#include "ml/datacheck.h"

#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace mlr::ml {

DataCheckJob::DataCheckJob(QString filePath, ServiceSwagger swagger, QString labelColumn, QObject *parent)
    : QObject(parent)
    , m_path(std::move(filePath))
    , m_swagger(std::move(swagger))
    , m_label(std::move(labelColumn))
{
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this,
        [this] { Q_EMIT progress(m_shared->bytesRead.load(), m_total); });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        m_progressTimer.stop();
        const Outcome outcome = m_watcher.result();
        Q_EMIT progress(m_shared->bytesRead.load(), m_total);
        Q_EMIT finished(outcome.result, outcome.error);
    });
}

DataCheckJob::~DataCheckJob()
{
    // The worker owns copies of everything it reads; it sees the flag at its next chunk.
    m_shared->cancelled = true;
    m_watcher.disconnect(this);
}

void DataCheckJob::start()
{
    if (m_started)
        return;
    m_started = true;
    PortSpec input;
    if (!m_inputName.isEmpty() && m_swagger.input(m_inputName))
        input = *m_swagger.input(m_inputName);
    else if (!m_swagger.inputs.isEmpty())
        input = m_swagger.inputs.first();
    QString label = m_label;
    if (label.isEmpty() && m_predictive)
        label = inferLabelColumn(m_swagger, *m_predictive);
    if (m_predictive && isTwoClassService(*m_predictive))
        m_options.twoClassLabel = true;
    m_total = QFileInfo(m_path).size();
    m_progressTimer.start();
    m_watcher.setFuture(QtConcurrent::run(&DataCheckJob::run, m_path, input, label, m_options, m_shared));
}

DataCheckJob::Outcome DataCheckJob::run(const QString &path, const PortSpec &input, const QString &label,
    const DataCheckOptions &options, const std::shared_ptr<Shared> &shared)
{
    Outcome out;
    const QString context = tr("Checking %1").arg(QFileInfo(path).fileName());
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        out.error = Error::input(tr("%1 is a folder, not a CSV file.").arg(path)).withContext(context);
        return out;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = Error::input(tr("Cannot read %1: %2").arg(path, file.errorString())).withContext(context);
        return out;
    }
    DataChecker checker(input, label, options);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    while (true) {
        if (shared->cancelled) {
            out.error = Error::cancelled().withContext(context);
            return out;
        }
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            out.error = Error::input(tr("Reading %1 failed: %2").arg(path, file.errorString()))
                            .withContext(context);
            return out;
        }
        if (n == 0 || checker.stopped())
            break;
        checker.feed(QByteArrayView(buffer.constData(), n));
        total += n;
        shared->bytesRead = total;
    }
    out.result = checker.finish();
    return out;
}

} // namespace mlr::ml
