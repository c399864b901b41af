#include "stdinreader.h"

#include <QByteArray>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace mlr::cli {

std::optional<QString> readStdinLine(const QString &prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved {};
    bool echoOff = false;
    if (terminal) {
        const QByteArray p = prompt.toUtf8();
        std::fwrite(p.constData(), 1, size_t(p.size()), stderr);
        std::fflush(stderr);
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            echoOff = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }

    // Byte by byte from the file descriptor: no stdio buffering that could swallow the
    // lines meant for the next KEY=-.
    QByteArray line;
    bool gotAny = false;
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n <= 0)
            break;
        gotAny = true;
        if (c == '\n')
            break;
        line.append(c);
    }

    if (echoOff) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
        std::fflush(stderr);
    }
    if (!gotAny)
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    const QString value = QString::fromUtf8(line);
    line.fill('\0'); // do not leave the secret in freed memory longer than needed
    return value;
}

std::optional<bool> askYesNo(const QString &question)
{
    if (::isatty(STDIN_FILENO) != 1 || ::isatty(STDERR_FILENO) != 1)
        return std::nullopt;
    const QByteArray q = (question + QStringLiteral(" [y/N] ")).toUtf8();
    std::fwrite(q.constData(), 1, size_t(q.size()), stderr);
    std::fflush(stderr);
    QByteArray line;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.append(c);
    const QString answer = QString::fromUtf8(line).trimmed().toLower();
    return answer == u"y" || answer == u"yes";
}

} // namespace mlr::cli
