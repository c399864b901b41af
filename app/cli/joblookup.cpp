#include "joblookup.h"

#include "command.h"

#include <QRegularExpression>

namespace mlr::cli {

bool isJobId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    return pattern.match(id).hasMatch();
}

std::optional<ml::JobRecord> journaledJob(const QString &id, Error *error, bool *missing)
{
    if (missing)
        *missing = false;
    if (!isJobId(id)) {
        *error = Error::input(Command::tr("'%1' is not a job id.").arg(id));
        return std::nullopt;
    }
    ml::JobJournal journal;
    if (std::optional<ml::JobRecord> record = journal.find(id))
        return record;
    if (missing)
        *missing = true;
    *error = Error::input(Command::tr("Job %1 is not in the job journal (%2): only jobs submitted from this "
                                      "computer are known.")
                              .arg(id, journal.filePath()));
    return std::nullopt;
}

} // namespace mlr::cli
