#include "output.h"

#include "commandline.h"
#include "format.h"
#include "http/redaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace mlr::cli {

std::unique_ptr<Output> Output::standard()
{
    auto out = std::make_unique<QFile>();
    auto err = std::make_unique<QFile>();
    // Unbuffered: every write reaches the terminal or pipe at once (progress, kill -9).
    out->open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err->open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    auto output = std::make_unique<Output>(out.get(), err.get(), ::isatty(STDERR_FILENO) == 1);
    output->m_ownedOut = std::move(out);
    output->m_ownedErr = std::move(err);
    return output;
}

Output::Output(QIODevice *out, QIODevice *err, bool errIsTerminal)
    : m_out(out)
    , m_err(err)
    , m_errIsTerminal(errIsTerminal)
{ }

Output::~Output()
{
    endProgress();
}

void Output::text(const QString &text)
{
    endProgress();
    QString clean = redaction::redact(text);
    if (!clean.endsWith(u'\n'))
        clean += u'\n';
    m_out->write(clean.toUtf8());
}

void Output::json(const QJsonValue &value)
{
    endProgress();
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    // Redact the serialized text: a secret can hide in any string of the document.
    m_out->write(redaction::redact(QString::fromUtf8(doc.toJson(QJsonDocument::Indented))).toUtf8());
}

void Output::error(const QString &message)
{
    // The error replaces a progress line still on screen: one clear line.
    if (m_progressLineOpen) {
        writeErr(u'\r' + QString(m_lastProgressWidth, u' ') + u'\r');
        m_progressLineOpen = false;
        m_lastProgressWidth = 0;
    }
    writeErr(QString::fromLatin1(toolName) + QStringLiteral(": error: ") + format::oneLine(message) + u'\n');
}

void Output::note(const QString &message)
{
    if (m_quiet)
        return;
    endProgress();
    writeErr(QString::fromLatin1(toolName) + QStringLiteral(": ") + format::oneLine(message) + u'\n');
}

void Output::prompt(const QString &message)
{
    endProgress();
    writeErr(QString::fromLatin1(toolName) + QStringLiteral(": ") + format::oneLine(message) + u'\n');
}

void Output::progress(
    const QString &label, qint64 done, qint64 total, double bytesPerSecond, qint64 etaSeconds)
{
    if (m_quiet)
        return;
    const bool complete = total > 0 && done >= total;
    const QString line
        = label + QStringLiteral(": ") + format::progressLine(done, total, bytesPerSecond, etaSeconds);
    if (m_errIsTerminal) {
        // Redraw at most ~10 times a second, always the final state.
        if (m_progressLineOpen && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < 100 && !complete)
            return;
        QString padded = line;
        if (padded.size() < m_lastProgressWidth)
            padded += QString(m_lastProgressWidth - padded.size(), u' ');
        m_lastProgressWidth = line.size();
        writeErr(u'\r' + padded);
        m_progressLineOpen = true;
        m_sinceProgress.start();
        return;
    }
    // Not a terminal (a log, a pipe): a line about once a second while the transfer runs.
    // Not the 100 % line: the result (or the one error line) follows at once.
    if (complete)
        return;
    if (!m_sinceProgress.isValid()) {
        // The first report starts the clock; printing 0 B at once says nothing.
        m_sinceProgress.start();
        return;
    }
    if (m_sinceProgress.elapsed() < 1000)
        return;
    m_sinceProgress.start();
    writeErr(line + u'\n');
}

void Output::endProgress()
{
    if (!m_progressLineOpen)
        return;
    m_progressLineOpen = false;
    m_lastProgressWidth = 0;
    writeErr(QStringLiteral("\n"));
}

void Output::writeErr(const QString &text)
{
    m_err->write(redaction::redact(text).toUtf8());
}

} // namespace mlr::cli
