#include "server/persistence.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace mlr::server {

Persistence::Persistence(State *state, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_path(dataDir.isEmpty() ? QString() : QDir(dataDir).filePath(u"state.json"_s))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(25);
    connect(&m_timer, &QTimer::timeout, this, [this]() {
        QString error;
        if (!saveNow(&error))
            qWarning("mlstudio-local: cannot save the state: %s", qPrintable(error));
    });
    if (isEnabled())
        connect(m_state, &State::stateChanged, &m_timer, qOverload<>(&QTimer::start));
}

bool Persistence::load(QString *error)
{
    if (!isEnabled() || !QFile::exists(m_path))
        return true;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = u"%1 is not valid JSON: %2"_s.arg(m_path, parseError.errorString());
        return false;
    }
    QString why;
    if (!m_state->fromJson(doc.object(), &why)) {
        *error = u"%1: %2"_s.arg(m_path, why);
        return false;
    }
    return saveNow(error); // records what the load changed (interrupted jobs now Failed)
}

bool Persistence::saveNow(QString *error)
{
    m_timer.stop();
    if (!isEnabled())
        return true;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(m_state->toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace mlr::server
