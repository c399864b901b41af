#include "metricglossary.h"

#include "eval/metrics.h"

#include <QCoreApplication>

namespace mlr::i18n {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(mlr::i18n::MetricGlossary)
};

} // namespace

QString metricDisplayName(const QString &metric)
{
    const QString m = eval::canonicalMetricName(metric);
    if (m == u"Accuracy")
        return Tr::tr("Accuracy");
    if (m == u"Precision")
        return Tr::tr("Precision");
    if (m == u"Recall")
        return Tr::tr("Recall");
    if (m == u"F1 Score")
        return Tr::tr("F1 Score");
    if (m == u"AUC")
        return Tr::tr("AUC");
    if (m == u"Average Log Loss")
        return Tr::tr("Average Log Loss");
    if (m == u"Mean Absolute Error")
        return Tr::tr("Mean Absolute Error");
    if (m == u"Root Mean Squared Error")
        return Tr::tr("Root Mean Squared Error");
    if (m == u"Relative Absolute Error")
        return Tr::tr("Relative Absolute Error");
    if (m == u"Relative Squared Error")
        return Tr::tr("Relative Squared Error");
    if (m == u"Coefficient of Determination")
        return Tr::tr("Coefficient of Determination");
    if (m == u"Overall accuracy")
        return Tr::tr("Overall accuracy");
    if (m == u"Average accuracy")
        return Tr::tr("Average accuracy");
    if (m == u"Micro-averaged precision")
        return Tr::tr("Micro-averaged precision");
    if (m == u"Macro-averaged precision")
        return Tr::tr("Macro-averaged precision");
    if (m == u"Micro-averaged recall")
        return Tr::tr("Micro-averaged recall");
    if (m == u"Macro-averaged recall")
        return Tr::tr("Macro-averaged recall");
    return metric;
}

QString metricGlossaryEntry(const QString &metric)
{
    const QString canonical = eval::canonicalMetricName(metric);
    const QString name = metricDisplayName(canonical);
    const QString explanation = eval::metricDescription(canonical);
    const QString title = name == canonical
        ? name
        : Tr::tr("%1 (%2)", "metric: display name (Studio name)").arg(name, canonical);
    if (explanation.isEmpty())
        return title;
    return Tr::tr("%1: %2", "metric glossary: name: explanation").arg(title, explanation);
}

} // namespace mlr::i18n
