#pragma once

// Running the built mlretrain-cli from a test, as a user or a script runs it: one process per
// command, nothing on standard input unless given (never a terminal), a private environment.
// Shared by tests/integration/tst_cli_*.cpp.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;

namespace mlr::test {

// One finished run.
struct CliRun
{
    int exitCode = -1; // -1: it did not start, crashed or timed out
    QByteArray out; // stdout
    QByteArray err; // stderr

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QString all() const { return outText() + errText(); }
    // stdout as JSON: the object or the array (Null and a warning when it is not JSON).
    QJsonValue json() const;
    QJsonObject object() const { return json().toObject(); }
    QJsonArray array() const { return json().toArray(); }
    // The stderr of a failure: exactly one line, without its newline (empty and a warning
    // otherwise).
    QByteArray oneErrorLine() const;
    // "exit N\nstdout: ...\nstderr: ..." for a failure message.
    QString describe() const;
};

// The CLI binary with leading arguments put before every command's own (e.g. "--config",
// FILE, "-p", NAME) and an environment.
class CliRunner
{
public:
    CliRunner() = default;
    CliRunner(QString binary, QProcessEnvironment environment, QStringList leading = {});

    QProcessEnvironment &environment() { return m_environment; }
    const QProcessEnvironment &environment() const { return m_environment; }
    void setLeadingArguments(const QStringList &leading) { m_leading = leading; }

    // Runs to the end (killed after timeoutMs); input goes to stdin, which is then closed.
    CliRun run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 120'000) const;
    // The same with another environment.
    CliRun runWith(
        const QProcessEnvironment &environment, const QStringList &arguments, int timeoutMs = 120'000) const;
    // Starts without waiting, for a test that acts while the command runs (stdin is empty).
    void start(QProcess &process, const QStringList &arguments) const;
    // Reads a started process's stderr until it contains `text` (true), it ends or timeoutMs
    // pass (false). What was read is appended to *err.
    static bool waitForStderr(
        QProcess &process, const QByteArray &text, QByteArray *err, int timeoutMs = 60'000);
    // Waits for a started process and collects its run (stderr read before comes first).
    static CliRun finish(QProcess &process, const QByteArray &errSoFar = {}, int timeoutMs = 120'000);

private:
    QString m_binary;
    QProcessEnvironment m_environment;
    QStringList m_leading;
};

// An environment with a private HOME (so the default settings file is never the developer's),
// secrets in memory only (MLR_KEYCHAIN=session), English messages (LC_ALL=C.UTF-8) and no
// inherited connection string, sign-in or API keys.
QProcessEnvironment isolatedCliEnvironment(const QString &home);

// What a CLI run against mlstudio-local needs from its demo.json: the storage connection
// string and both API keys in the environment (as a CI script passes them), and with
// withSignIn the client secret (AZURE_CLIENT_SECRET; the tenant and client come from the
// profile made by `profile from-sandbox`). MLR_DATA_DIR is dataDir.
void addSandboxCredentials(
    QProcessEnvironment &environment, const QJsonObject &demo, const QString &dataDir, bool withSignIn);

} // namespace mlr::test
