#pragma once

#include <QElapsedTimer>
#include <QIODevice>
#include <QJsonValue>
#include <QString>

#include <memory>

namespace mlr::cli {

// Everything the CLI prints goes through here, and everything here goes through
// redaction::redact(): results on stdout (text or JSON), progress and the one error
// line on stderr.
class Output
{
public:
    // Writes to the process's stdout/stderr; progress style follows isatty(stderr).
    static std::unique_ptr<Output> standard();
    // For tests: any devices; errIsTerminal selects the \r-updated progress line.
    Output(QIODevice *out, QIODevice *err, bool errIsTerminal);
    ~Output();

    void setJson(bool json) { m_json = json; }
    void setQuiet(bool quiet) { m_quiet = quiet; }
    bool isJson() const { return m_json; }
    bool isQuiet() const { return m_quiet; }
    bool errIsTerminal() const { return m_errIsTerminal; }

    // A result text on stdout; a newline is added when missing.
    void text(const QString &text);
    // A JSON result on stdout (indented, newline-terminated).
    void json(const QJsonValue &value);
    // "mlretrain-cli: error: <message>" on one line on stderr (never suppressed); it replaces
    // a progress line still on the terminal.
    void error(const QString &message);
    // "mlretrain-cli: <message>" on stderr, unless quiet (notes such as "resuming upload").
    void note(const QString &message);
    // "mlretrain-cli: <message>" on stderr even when quiet: what the user must do for the
    // command to go on (e.g. a device sign-in code to enter).
    void prompt(const QString &message);

    // Transfer progress on stderr, unless quiet: on a terminal one \r-updated line (ended by
    // the next output; erased by error()), else one line about once a second while the
    // transfer runs (none at 100 %: the result follows). label e.g. "upload".
    void progress(const QString &label, qint64 done, qint64 total, double bytesPerSecond, qint64 etaSeconds);
    // Ends a \r-updated line (call before printing anything else after progress).
    void endProgress();

private:
    void writeErr(const QString &text);

    QIODevice *m_out;
    QIODevice *m_err;
    std::unique_ptr<QIODevice> m_ownedOut;
    std::unique_ptr<QIODevice> m_ownedErr;
    bool m_errIsTerminal = false;
    bool m_json = false;
    bool m_quiet = false;
    bool m_progressLineOpen = false;
    qsizetype m_lastProgressWidth = 0;
    QElapsedTimer m_sinceProgress;
};

} // namespace mlr::cli
