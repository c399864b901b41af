#include "azureml/retrainrequest.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mlr::azureml {

namespace {

bool isDataInput(const QJsonObject &input)
{
    const QString type = input.value(QStringLiteral("jobInputType")).toString().toLower().remove(u'_');
    return type == u"urifile" || type == u"urifolder" || type == u"mltable";
}

} // namespace

std::variant<RetrainRequest, Error> retrainJobBody(
    const Job &production, const QString &dataUri, const QString &inputName)
{
    QJsonObject p = production.raw.value(QStringLiteral("properties")).toObject();
    for (const char *computed : { "status", "services" })
        p.remove(QLatin1StringView(computed));
    QJsonObject inputs = p.value(QStringLiteral("inputs")).toObject();
    QStringList dataInputs;
    for (auto it = inputs.begin(); it != inputs.end(); ++it)
        if (isDataInput(it.value().toObject()))
            dataInputs.append(it.key());
    QString chosen = inputName;
    if (chosen.isEmpty())
        chosen = dataInputs.contains(QStringLiteral("training_data")) ? QStringLiteral("training_data")
            : dataInputs.size() == 1                                  ? dataInputs.first()
                                                                      : QString();
    if (chosen.isEmpty() || !dataInputs.contains(chosen)) {
        const QString list = dataInputs.isEmpty() ? QCoreApplication::translate("mlr::azureml", "none")
                                                  : dataInputs.join(QStringLiteral(", "));
        return Error::input(
            (inputName.isEmpty() ? QCoreApplication::translate("mlr::azureml",
                 "Job '%1' has several data inputs or none (%2): name the one the new data replaces.")
                                 : QCoreApplication::translate("mlr::azureml",
                                     "Job '%1' has no data input '%3' (its data inputs: %2)."))
                .arg(production.name, list, inputName));
    }
    QJsonObject input = inputs.value(chosen).toObject();
    input.insert(QStringLiteral("uri"), dataUri);
    inputs.insert(chosen, input);
    p.insert(QStringLiteral("inputs"), inputs);

    QJsonObject outputs = p.value(QStringLiteral("outputs")).toObject();
    outputs.remove(QStringLiteral("default"));
    for (auto it = outputs.begin(); it != outputs.end(); ++it) {
        QJsonObject output = it.value().toObject();
        output.remove(QStringLiteral("uri")); // the service picks a new place for the new job
        it.value() = output;
    }
    p.insert(QStringLiteral("outputs"), outputs);

    QJsonObject notes = p.value(QStringLiteral("properties")).toObject();
    for (const QString &key : notes.keys())
        if (key.startsWith(u"mlstudio.") || key.startsWith(u"_azureml.") || key.startsWith(u"azureml."))
            notes.remove(key);
    p.insert(QStringLiteral("properties"), notes);
    QJsonObject tags = p.value(QStringLiteral("tags")).toObject();
    const bool aRetrain = tags.contains(QStringLiteral("mlretrain.retrainOf")); // its name says so already
    tags.insert(QStringLiteral("mlretrain.retrainOf"), production.name);
    tags.insert(QStringLiteral("mlretrain.dataUri"), dataUri);
    p.insert(QStringLiteral("tags"), tags);
    const QString display = p.value(QStringLiteral("displayName")).toString();
    if (!aRetrain)
        p.insert(QStringLiteral("displayName"),
            display.isEmpty()
                ? QCoreApplication::translate("mlr::azureml", "retrain of %1").arg(production.name)
                : QCoreApplication::translate("mlr::azureml", "%1 (retrained)").arg(display));
    return RetrainRequest { QJsonObject { { QStringLiteral("properties"), p } }, chosen };
}

} // namespace mlr::azureml
