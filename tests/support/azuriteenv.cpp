#include "azuriteenv.h"

#include <QFile>
#include <QProcessEnvironment>

namespace mlr::test {

std::optional<AzuriteEnv> AzuriteEnv::load()
{
    const QString dir = QProcessEnvironment::systemEnvironment().value(QStringLiteral("MLR_TEST_STATE_DIR"));
    QFile file(dir + QStringLiteral("/azurite.env"));
    if (dir.isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    AzuriteEnv env;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq < 0)
            continue;
        const QString key = line.left(eq);
        QString value = line.mid(eq + 1);
        if (value.startsWith(u'\'') && value.endsWith(u'\''))
            value = value.mid(1, value.size() - 2);
        if (key == u"AZURITE_CONNECTION_STRING")
            env.connectionString = value;
        else if (key == u"AZURITE_BLOB_ENDPOINT")
            env.blobEndpoint = value;
        else if (key == u"AZURITE_PORT")
            env.port = value.toInt();
        else if (key == u"AZURITE_PID")
            env.pid = value.toLongLong();
    }
    if (env.connectionString.isEmpty())
        return std::nullopt;
    return env;
}

} // namespace mlr::test
