#include "clirunner.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>

#include <utility>

namespace mlr::test {

QJsonValue CliRun::json() const
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &e);
    if (e.error != QJsonParseError::NoError) {
        qWarning("not JSON (%s): %s", qPrintable(e.errorString()), out.constData());
        return {};
    }
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QByteArray CliRun::oneErrorLine() const
{
    if (!err.endsWith('\n') || err.count('\n') != 1) {
        qWarning("stderr is not one line: %s", err.constData());
        return {};
    }
    return err.chopped(1);
}

QString CliRun::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(outText(), errText());
}

CliRunner::CliRunner(QString binary, QProcessEnvironment environment, QStringList leading)
    : m_binary(std::move(binary))
    , m_environment(std::move(environment))
    , m_leading(std::move(leading))
{ }

CliRun CliRunner::run(const QStringList &arguments, const QByteArray &input, int timeoutMs) const
{
    QProcess p;
    p.setProcessEnvironment(m_environment);
    p.start(m_binary, m_leading + arguments);
    if (!p.waitForStarted(10'000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    return finish(p, {}, timeoutMs);
}

CliRun CliRunner::runWith(
    const QProcessEnvironment &environment, const QStringList &arguments, int timeoutMs) const
{
    CliRunner other = *this;
    other.m_environment = environment;
    return other.run(arguments, {}, timeoutMs);
}

void CliRunner::start(QProcess &process, const QStringList &arguments) const
{
    process.setProcessEnvironment(m_environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(m_binary, m_leading + arguments);
}

bool CliRunner::waitForStderr(QProcess &process, const QByteArray &text, QByteArray *err, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    process.waitForStarted(timeoutMs);
    while (!err->contains(text) && waited.elapsed() < timeoutMs) {
        if (process.state() == QProcess::NotRunning) {
            *err += process.readAllStandardError();
            break;
        }
        process.waitForReadyRead(200);
        *err += process.readAllStandardError();
    }
    return err->contains(text);
}

CliRun CliRunner::finish(QProcess &process, const QByteArray &errSoFar, int timeoutMs)
{
    CliRun r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        r.err = errSoFar + process.readAllStandardError() + "\n(timed out)";
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = errSoFar + process.readAllStandardError();
    return r;
}

QProcessEnvironment isolatedCliEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "AZURE_STORAGE_CONNECTION_STRING", "AZURE_TENANT_ID", "AZURE_CLIENT_ID",
             "AZURE_CLIENT_SECRET", "MLR_TRAINING_API_KEY", "MLR_PREDICTIVE_API_KEY" })
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("MLR_KEYCHAIN"), QStringLiteral("session"));
    // English messages whatever the developer's locale (the CLI follows the system locale).
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

void addSandboxCredentials(
    QProcessEnvironment &environment, const QJsonObject &demo, const QString &dataDir, bool withSignIn)
{
    environment.insert(QStringLiteral("MLR_DATA_DIR"), dataDir);
    environment.insert(QStringLiteral("MLR_TRAINING_API_KEY"),
        demo.value(QStringLiteral("trainingService")).toObject().value(QStringLiteral("apiKey")).toString());
    environment.insert(QStringLiteral("MLR_PREDICTIVE_API_KEY"),
        demo.value(QStringLiteral("predictiveService"))
            .toObject()
            .value(QStringLiteral("apiKey"))
            .toString());
    environment.insert(QStringLiteral("AZURE_STORAGE_CONNECTION_STRING"),
        demo.value(QStringLiteral("storageConnectionString")).toString());
    if (withSignIn)
        environment.insert(
            QStringLiteral("AZURE_CLIENT_SECRET"), demo.value(QStringLiteral("clientSecret")).toString());
}

} // namespace mlr::test
