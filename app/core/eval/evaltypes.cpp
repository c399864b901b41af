#include "eval/evaltypes.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::eval {

QString taskId(Task task)
{
    switch (task) {
    case Task::Binary:
        return u"binary"_s;
    case Task::Regression:
        return u"regression"_s;
    case Task::Multiclass:
        return u"multiclass"_s;
    }
    return {};
}

std::optional<Task> taskFromId(const QString &id)
{
    for (Task t : { Task::Binary, Task::Regression, Task::Multiclass }) {
        if (id.compare(taskId(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

std::optional<double> ServiceEvaluation::metric(const QString &name) const
{
    for (const auto &m : metrics) {
        if (m.first == name)
            return m.second;
    }
    return std::nullopt;
}

qsizetype ScoredRows::usableRowCount() const
{
    qsizetype n = 0;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (std::isnan(labels[i]))
            continue;
        if (task == Task::Multiclass ? (i < predicted.size() && predicted[i] >= 0)
                                     : (i < scores.size() && !std::isnan(scores[i])))
            ++n;
    }
    return n;
}

const GateCheck *GateVerdict::checkFor(const QString &metric) const
{
    const GateCheck *first = nullptr;
    for (const GateCheck &c : checks) {
        if (c.rule.metric != metric || !c.applicable)
            continue;
        if (!c.passed)
            return &c;
        if (!first)
            first = &c;
    }
    return first;
}

} // namespace mlr::eval
