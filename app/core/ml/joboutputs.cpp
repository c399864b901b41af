#include "ml/joboutputs.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace mlr::ml {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mlr::ml::JobOutputs)
};

const QStringList datasetExtensions
    = { QStringLiteral(".csv"), QStringLiteral(".tsv"), QStringLiteral(".arff") };

QString extensionOf(const QString &blobName)
{
    const QString last = blobName.section(u'/', -1);
    const qsizetype dot = last.lastIndexOf(u'.');
    return dot <= 0 ? QString() : last.mid(dot).toLower();
}

// Studio's Evaluate Model columns (two-class, regression, multiclass): two of them make an
// evaluation table (one alone could be a feature that happens to share the name).
bool looksLikeEvaluation(const PortSpec &port)
{
    static const QStringList metrics = {
        QStringLiteral("AUC"),
        QStringLiteral("Accuracy"),
        QStringLiteral("Precision"),
        QStringLiteral("Recall"),
        QStringLiteral("F1 Score"),
        QStringLiteral("Average Log Loss"),
        QStringLiteral("True Positive"),
        QStringLiteral("False Positive"),
        QStringLiteral("Mean Absolute Error"),
        QStringLiteral("Root Mean Squared Error"),
        QStringLiteral("Relative Absolute Error"),
        QStringLiteral("Relative Squared Error"),
        QStringLiteral("Coefficient of Determination"),
        QStringLiteral("Overall accuracy"),
        QStringLiteral("Average accuracy"),
        QStringLiteral("Micro-averaged precision"),
        QStringLiteral("Macro-averaged precision"),
    };
    int hits = 0;
    for (const ColumnSpec &c : port.columns)
        if (metrics.contains(c.name, Qt::CaseInsensitive))
            ++hits;
    return hits >= 2;
}

bool hasScoredLabels(const PortSpec &port)
{
    for (const ColumnSpec &c : port.columns)
        if (c.name.compare(u"Scored Labels", Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString roleOf(const PortSpec &port)
{
    if (port.kind == PortSpec::Kind::TrainedModel)
        return roleModel.toString();
    if (port.kind != PortSpec::Kind::Dataset)
        return {};
    if (hasScoredLabels(port))
        return roleScored.toString();
    if (looksLikeEvaluation(port))
        return roleEvaluation.toString();
    return {};
}

} // namespace

QString uniqueSuffix()
{
    return QStringLiteral("%1").arg(QRandomGenerator::global()->bounded(0x10000u), 4, 16, QLatin1Char('0'));
}

QString jobFolder(const QString &serviceName, const QDateTime &utc, const QString &suffix)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString name = serviceName.trimmed();
    name.replace(unsafe, QStringLiteral("-"));
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("service");
    const QString time = utc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return name + u'/' + (suffix.isEmpty() ? time : time + u'-' + suffix);
}

QMap<QString, QString> outputRoles(const QList<PortSpec> &outputs)
{
    QMap<QString, QString> roles; // output -> role
    QStringList taken;
    for (const PortSpec &port : outputs) {
        const QString role = roleOf(port);
        if (role.isEmpty() || taken.contains(role))
            continue;
        taken.append(role);
        roles.insert(port.name, role);
    }
    return roles;
}

QMap<QString, QString> rolesToOutputs(const QMap<QString, QString> &outputRoles)
{
    QMap<QString, QString> result;
    for (auto it = outputRoles.begin(); it != outputRoles.end(); ++it)
        result.insert(it.value(), it.key());
    return result;
}

QMap<QString, QString> outputBlobNames(const QList<PortSpec> &outputs, const QString &folder)
{
    const QMap<QString, QString> roles = outputRoles(outputs);
    QMap<QString, QString> blobs;
    for (const PortSpec &port : outputs) {
        const bool model = port.kind == PortSpec::Kind::TrainedModel;
        const QString extension = model ? QStringLiteral(".ilearner") : QStringLiteral(".csv");
        QString base = roles.value(port.name);
        if (base.isEmpty())
            base = model ? roleModel + u'-' + port.name : port.name;
        blobs.insert(port.name, folder + u'/' + base + extension);
    }
    return blobs;
}

QString inputBlobName(const QString &folder, const QString &localFile)
{
    QString extension = u'.' + QFileInfo(localFile).suffix().toLower();
    if (!datasetExtensions.contains(extension))
        extension = QStringLiteral(".csv");
    return folder + QStringLiteral("/input") + extension;
}

Error checkOutputBlobName(const QString &outputName, PortSpec::Kind kind, const QString &blobName)
{
    const QString extension = extensionOf(blobName);
    if (kind == PortSpec::Kind::TrainedModel) {
        if (extension == u".ilearner")
            return {};
        return Error::input(
            Tr::tr("Output '%1' is a trained model, so its blob must end in .ilearner; '%2' does not. "
                   "Nothing was submitted.")
                .arg(outputName, blobName));
    }
    if (datasetExtensions.contains(extension))
        return {};
    return Error::input(
        Tr::tr("Output '%1' is a dataset, so its blob must end in .csv, .tsv or .arff; '%2' does "
               "not. Nothing was submitted.")
            .arg(outputName, blobName));
}

Error checkInputBlobName(const QString &inputName, const QString &blobName)
{
    if (datasetExtensions.contains(extensionOf(blobName)))
        return {};
    return Error::input(
        Tr::tr("Input '%1' must be a blob ending in .csv, .tsv or .arff; '%2' does not. Nothing was "
               "submitted.")
            .arg(inputName, blobName));
}

} // namespace mlr::ml
