#include "reporthtml.h"

#include "arm/commands.h"
#include "http/redaction.h"

#include <QVariantList>

namespace mlr::report {

namespace html {

QString h(const QString &text)
{
    return redaction::redact(text).toHtmlEscaped();
}

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("–");
}

QString pre(const QString &escaped)
{
    return QStringLiteral("<pre style=\"white-space: pre-wrap; overflow-wrap: anywhere\">%1</pre>\n")
        .arg(escaped);
}

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>\n").arg(h(name), h(value));
}

} // namespace html

using namespace html;

namespace {

// {"blue": 90, "green": 10} as "blue 90 %, green 10 %".
QString trafficText(const QVariant &traffic)
{
    QStringList parts;
    const QVariantMap map = traffic.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts << Report::tr("%1 %2 %").arg(it.key()).arg(it.value().toInt());
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral(", "));
}

} // namespace

QString rolloutSection(const DecisionReport &r)
{
    const QVariantMap &d = *r.rollout;
    const auto text = [&d](const char *key) {
        return d.value(QString::fromLatin1(key)).toString();
    };
    QString out = QStringLiteral("<h2>%1</h2>\n").arg(h(Report::tr("Roll-out (Azure Machine Learning)")));
    out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
    out += row(Report::tr("Endpoint"), r.service);
    out += row(Report::tr("State"), text("state"));
    out += row(Report::tr("Where the endpoint is"), text("stateText"));
    out += row(Report::tr("Previous deployment"), text("oldDeployment"));
    out += row(Report::tr("Previous model"), text("previousModel"));
    out += row(Report::tr("New deployment"), text("newDeployment"));
    out += row(Report::tr("New model"), text("model"));
    out += row(Report::tr("Traffic read back"), trafficText(d.value(QStringLiteral("traffic"))));
    out += row(Report::tr("Deployments"),
        d.value(QStringLiteral("deployments")).toStringList().join(QStringLiteral(", ")));
    if (!text("smoke").isEmpty())
        out += row(Report::tr("Smoke test at 0 %"), text("smoke"));
    for (const QString &w : d.value(QStringLiteral("warnings")).toStringList())
        out += row(Report::tr("Warning"), w);
    out += row(Report::tr("Started"), time(QDateTime::fromString(text("started"), Qt::ISODateWithMs)));
    out += row(Report::tr("Ended"), time(QDateTime::fromString(text("ended"), Qt::ISODateWithMs)));
    out += QStringLiteral("</table>\n");

    out += QStringLiteral("<h3>%1</h3>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n")
               .arg(h(Report::tr("Traffic stages")));
    for (const QVariant &stage : d.value(QStringLiteral("stages")).toList()) {
        const QVariantMap s = stage.toMap();
        out += row(Report::tr("%1 % (%2)")
                       .arg(s.value(QStringLiteral("percent")).toInt())
                       .arg(time(QDateTime::fromString(
                           s.value(QStringLiteral("done")).toString(), Qt::ISODateWithMs))),
            Report::tr("read back: %1").arg(trafficText(s.value(QStringLiteral("readBack")))));
    }
    out += QStringLiteral("</table>\n");
    if (r.rolledBack) {
        out += QStringLiteral("<h3>%1</h3>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n")
                   .arg(h(Report::tr("Rolled back")));
        out += row(Report::tr("When"), time(r.rolledBack->when));
        out += row(Report::tr("What"), r.rolledBack->stateText);
        out += QStringLiteral("</table>\n");
    }

    out += QStringLiteral("<h2>%1</h2>\n").arg(h(Report::tr("Rollback")));
    out += QStringLiteral("<p>%1</p>\n")
               .arg(h(
                   Report::tr("The traffic before the roll-out: %1 (deployment %2 kept until it is retired).")
                       .arg(trafficText(d.value(QStringLiteral("rollbackTraffic"))), text("rollbackTo"))));
    if (!r.rollbackHandle.isEmpty())
        out += pre(h(QStringLiteral("mlretrain-cli endpoint rollback %1 --to %2 --yes")
                         .arg(arm::shellQuote(r.service), arm::shellQuote(r.rollbackHandle))));
    return out;
}

} // namespace mlr::report
