#pragma once

#include "server/responder.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mlr::server {

// Fault injection, deterministic for a given spec (and seed) and request order.
//
// SPEC  := ITEM (';' ITEM)*          whitespace around items is ignored; empty = no faults
// ITEM  := 'seed=' N                 seeds every rule's generator (default 1)
//        | ROUTES '=' KIND (',' OPTION)*
// ROUTES: a route id ("bes.submit") or a glob over route ids ("arm.*", "*"); several
//         separated by '|'. sandbox/README.md lists the route ids.
// KIND  : 429 | 500 | 503           answer that status with the surface's error body
//                                    (429 and 503 carry Retry-After); the request has no effect
//         reset                      reset the connection (RST) instead of answering
//         stall                      hold the request `ms` before handling it
//         truncate                   announce the whole body, send `bytes` of it, close
//         noop                       update routes only (arm.put, arm.patch, classic.patch, the
//                                    v2 aml.endpoints.* / aml.deployments.* writes):
//                                    answer success, the operation reports Succeeded, nothing
//                                    changes
// OPTION: p=0.5      fire with this probability (seeded generator; default 1)
//         times=N    fire at most N times (default unlimited)
//         skip=N     let the first N matching requests through (default 0)
//         retry-after=S   seconds in Retry-After (default 1)
//         ms=N       stall duration (default 30000)
//         bytes=N    truncate: body bytes sent (default half the body)
//         after      reset/stall: apply to the answer, after the handler ran (the request
//                    takes effect; the answer is lost or late)
// The first rule that fires for a request wins. Admin routes are never faulted.
class FaultInjector
{
public:
    enum class Kind
    {
        Status,
        Reset,
        Stall,
        Truncate,
        Noop,
    };

    struct Rule
    {
        QStringList routes;
        Kind kind = Kind::Status;
        int status = 0; // Kind::Status
        double probability = 1;
        int times = -1;
        int skip = 0;
        int retryAfter = 1;
        int ms = 30000;
        qint64 bytes = -1;
        bool after = false;
        QString text; // as written in the spec
        // counters
        int matched = 0;
        int fired = 0;
        quint64 rng = 0;
    };

    struct Decision
    {
        bool fire = false;
        Kind kind = Kind::Status;
        int status = 0;
        int retryAfter = 1;
        int ms = 0;
        qint64 bytes = -1;
        bool after = false;
    };

    // nullopt with *error set when the spec does not parse.
    static std::optional<FaultInjector> parse(const QString &spec, QString *error);

    bool isEmpty() const { return m_rules.isEmpty(); }
    const QString &spec() const { return m_spec; }
    Decision decide(const QString &routeId);
    QJsonObject toJson() const; // {"spec", "seed", "rules":[{"rule","matched","fired"}]}

private:
    QString m_spec;
    quint64 m_seed = 1;
    QList<Rule> m_rules;
};

} // namespace mlr::server
