#pragma once

// What `service update` and `service rollback` record and print about a finished
// arm::GuardedUpdateResult, and the `service smoke` command (serviceupdatecommands.cpp runs
// them).

#include "arm/guardedupdatejob.h"
#include "history/history.h"

#include <QJsonObject>
#include <QList>

#include <memory>

namespace mlr::cli {

class Command;
class Context;

// The history events of a run: the update (or rollback) itself with the smoke test's outcome,
// then the automatic rollback when one ran (a Rollback event with details.automatic = true).
QList<history::Event> updateEvents(const QString &profile, const arm::GuardedUpdateResult &result,
    bool rollback, const QString &jobId, const QString &backupUsed, bool smokeFailed,
    const QString &smokeText);

// The --json answer: service, state, stateText, uris, backupFile, smoke, smokePassed,
// identical, refusals, warnings, diff, and automaticRollback {state, verifiedUri, backupFile}
// when one ran.
QJsonObject updateResultJson(
    const arm::GuardedUpdateResult &result, bool smokeFailed, const QString &smokeText);

// service smoke NAME: the sample rows scored by the profile's predictive service, printed.
std::unique_ptr<Command> createSmokeCommand(Context &context);

} // namespace mlr::cli
