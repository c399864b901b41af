#pragma once

#include "server/state.h"

#include <QObject>
#include <QTimer>

namespace mlr::server {

// Keeps State in DIR/state.json: loads it at start, then saves it (atomically, QSaveFile,
// owner-only permissions: it holds service keys) shortly after every change, coalescing
// bursts, and once more at shutdown. Without a data folder nothing is persisted.
class Persistence : public QObject
{
    Q_OBJECT

public:
    Persistence(State *state, const QString &dataDir, QObject *parent = nullptr);

    bool isEnabled() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    // Loads the file when it exists (a missing file is an empty state). False with *error
    // when it exists but cannot be read.
    bool load(QString *error);
    bool saveNow(QString *error = nullptr);

private:
    State *m_state;
    QString m_path;
    QTimer m_timer;
};

} // namespace mlr::server
