#include "azureml/jobyaml.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <string>
#include <yaml-cpp/yaml.h>

namespace mlr::azureml {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mlr::azureml", text);
}

// Thrown inside the translation, caught in jobPropertiesFromYaml: a key it cannot translate.
struct Refusal
{
    int line;
    QString key;
    QString message;
};

[[noreturn]] void refuse(const YAML::Node &node, const QString &key, const QString &message)
{
    throw Refusal { std::max(node.Mark().line, 0) + 1, key, message }; // a missing node has no mark
}

QString scalar(const YAML::Node &node, const QString &key)
{
    if (!node.IsScalar())
        refuse(node, key, tr("a single value is expected here"));
    return QString::fromStdString(node.Scalar());
}

int integer(const YAML::Node &node, const QString &key)
{
    bool ok = false;
    const int n = scalar(node, key).toInt(&ok);
    if (!ok || n < 0)
        refuse(node, key, tr("a whole number is expected here"));
    return n;
}

// Iterates a mapping as (key text, key node, value node).
template<typename F> void forEachMember(const YAML::Node &map, const QString &key, F &&f)
{
    if (!map.IsMap())
        refuse(map, key, tr("a mapping (key: value lines) is expected here"));
    for (const auto &member : map)
        f(QString::fromStdString(member.first.Scalar()), member.first, member.second);
}

QJsonObject stringMap(const YAML::Node &map, const QString &key)
{
    QJsonObject o;
    forEachMember(map, key, [&](const QString &k, const YAML::Node &, const YAML::Node &v) {
        o.insert(k, scalar(v, key + u'.' + k));
    });
    return o;
}

// The CLI's mode spelling (ro_mount) or the REST one (ReadOnlyMount) -> the REST one.
QString restMode(const YAML::Node &node, const QString &key, bool output)
{
    static const QList<std::pair<QString, QString>> modes
        = { { QStringLiteral("ro_mount"), QStringLiteral("ReadOnlyMount") },
              { QStringLiteral("rw_mount"), QStringLiteral("ReadWriteMount") },
              { QStringLiteral("download"), QStringLiteral("Download") },
              { QStringLiteral("direct"), QStringLiteral("Direct") },
              { QStringLiteral("eval_mount"), QStringLiteral("EvalMount") },
              { QStringLiteral("eval_download"), QStringLiteral("EvalDownload") },
              { QStringLiteral("upload"), QStringLiteral("Upload") } };
    const QString given = scalar(node, key);
    QStringList allowed;
    for (const auto &[cli, rest] : modes) {
        const bool fits = output ? (rest == u"ReadWriteMount" || rest == u"Upload") : rest != u"Upload";
        if (!fits)
            continue;
        allowed.append(cli);
        if (given.compare(cli, Qt::CaseInsensitive) == 0 || given.compare(rest, Qt::CaseInsensitive) == 0)
            return rest;
    }
    refuse(node, key, tr("the mode '%1' is not one of %2").arg(given, allowed.join(QStringLiteral(", "))));
}

// A data path the service can reach (a URI or an azureml: asset), not a local file.
QString remotePath(const YAML::Node &node, const QString &key)
{
    static const QRegularExpression uri(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+:"));
    const QString path = scalar(node, key);
    if (!uri.match(path).hasMatch() || path.startsWith(u"file:", Qt::CaseInsensitive))
        refuse(node, key,
            tr("'%1' is a local path, which needs an upload: upload it (e.g. az ml data create) and "
               "give its azureml:// or https:// URI")
                .arg(path));
    return path;
}

const QStringList dataTypes
    = { QStringLiteral("uri_file"), QStringLiteral("uri_folder"), QStringLiteral("mltable"),
          QStringLiteral("custom_model"), QStringLiteral("mlflow_model"), QStringLiteral("triton_model") };
const QStringList literalTypes = { QStringLiteral("string"), QStringLiteral("integer"),
    QStringLiteral("number"), QStringLiteral("boolean") };

QJsonObject input(const YAML::Node &node, const QString &key)
{
    if (node.IsScalar()) // a literal value
        return { { QStringLiteral("jobInputType"), QStringLiteral("literal") },
            { QStringLiteral("value"), scalar(node, key) } };
    QString type = QStringLiteral("uri_folder"); // the CLI's default
    if (node.IsMap() && node["type"])
        type = scalar(node["type"], key + u".type").toLower();
    if (literalTypes.contains(type)) {
        if (!node["value"])
            refuse(node, key, tr("a %1 input needs a value").arg(type));
        return { { QStringLiteral("jobInputType"), QStringLiteral("literal") },
            { QStringLiteral("value"), scalar(node["value"], key + u".value") } };
    }
    if (!dataTypes.contains(type))
        refuse(node["type"], key + u".type",
            tr("the input type '%1' is not one of %2")
                .arg(type, (dataTypes + literalTypes).join(QStringLiteral(", "))));
    QJsonObject o { { QStringLiteral("jobInputType"), type } };
    forEachMember(node, key, [&](const QString &k, const YAML::Node &keyNode, const YAML::Node &v) {
        if (k == u"path")
            o.insert(QStringLiteral("uri"), remotePath(v, key + u".path"));
        else if (k == u"mode")
            o.insert(QStringLiteral("mode"), restMode(v, key + u".mode", false));
        else if (k == u"description")
            o.insert(QStringLiteral("description"), scalar(v, key + u".description"));
        else if (k != u"type")
            refuse(keyNode, key + u'.' + k, tr("this key of an input is not translated"));
    });
    if (!o.contains(QStringLiteral("uri")))
        refuse(node, key + u".path", tr("a %1 input needs a path").arg(type));
    return o;
}

QJsonObject output(const YAML::Node &node, const QString &key)
{
    QJsonObject o { { QStringLiteral("jobOutputType"), QStringLiteral("uri_folder") } };
    if (node.IsNull())
        return o; // `name:` alone: a uri_folder output
    forEachMember(node, key, [&](const QString &k, const YAML::Node &keyNode, const YAML::Node &v) {
        const QString at = key + u'.' + k;
        if (k == u"type") {
            const QString type = scalar(v, at).toLower();
            if (!dataTypes.contains(type))
                refuse(v, at, tr("the output type '%1' is not one of %2").arg(type, dataTypes.join(u", ")));
            o.insert(QStringLiteral("jobOutputType"), type);
        } else if (k == u"path") {
            o.insert(QStringLiteral("uri"), remotePath(v, at));
        } else if (k == u"mode") {
            o.insert(QStringLiteral("mode"), restMode(v, at, true));
        } else if (k == u"name") {
            o.insert(QStringLiteral("assetName"), scalar(v, at));
        } else if (k == u"version") {
            o.insert(QStringLiteral("assetVersion"), scalar(v, at));
        } else if (k == u"description") {
            o.insert(QStringLiteral("description"), scalar(v, at));
        } else {
            refuse(keyNode, at, tr("this key of an output is not translated"));
        }
    });
    return o;
}

QJsonObject members(const YAML::Node &node, const QString &key,
    const QList<std::pair<QString, QString>> &names, const QSet<QString> &integers)
{
    QJsonObject o;
    forEachMember(node, key, [&](const QString &k, const YAML::Node &keyNode, const YAML::Node &v) {
        for (const auto &[cli, rest] : names)
            if (k == cli) {
                if (integers.contains(cli))
                    o.insert(rest, integer(v, key + u'.' + k));
                else if (v.IsMap())
                    o.insert(rest, stringMap(v, key + u'.' + k));
                else
                    o.insert(rest, scalar(v, key + u'.' + k));
                return;
            }
        refuse(keyNode, key + u'.' + k, tr("this key is not translated"));
    });
    return o;
}

// The REST distribution (2022-10-01: Mpi and PyTorch processCountPerInstance, TensorFlow
// workerCount and parameterServerCount).
QJsonObject distribution(const YAML::Node &node)
{
    const QString key = QStringLiteral("distribution");
    const QString type
        = node.IsMap() && node["type"] ? scalar(node["type"], key + u".type").toLower() : QString();
    const std::pair<QString, QString> perProcess { QStringLiteral("process_count_per_instance"),
        QStringLiteral("processCountPerInstance") };
    QList<std::pair<QString, QString>> names { { QStringLiteral("type"),
        QStringLiteral("distributionType") } };
    QString rest;
    if (type == u"mpi" || type == u"pytorch") {
        rest = type == u"mpi" ? QStringLiteral("Mpi") : QStringLiteral("PyTorch");
        names.append(perProcess);
    } else if (type == u"tensorflow") {
        rest = QStringLiteral("TensorFlow");
        names.append({ QStringLiteral("worker_count"), QStringLiteral("workerCount") });
        names.append({ QStringLiteral("parameter_server_count"), QStringLiteral("parameterServerCount") });
    } else {
        refuse(node, key + u".type", tr("the distribution type must be mpi, pytorch or tensorflow"));
    }
    QJsonObject o = members(node, key, names,
        { perProcess.first, QStringLiteral("worker_count"), QStringLiteral("parameter_server_count") });
    o.insert(QStringLiteral("distributionType"), rest);
    return o;
}

// azureml:<name>[:<version>] under the workspace (`computes/<name>`, `codes/<name>/versions/<v>`).
QString workspaceAsset(
    const QString &ref, const QString &workspaceId, const QString &collection, bool versioned)
{
    if (workspaceId.isEmpty() || !ref.startsWith(u"azureml:") || ref.startsWith(u"azureml://"))
        return ref;
    const QStringList parts = ref.mid(8).split(u':');
    if (versioned && parts.size() == 2)
        return QStringLiteral("%1/%2/%3/versions/%4").arg(workspaceId, collection, parts[0], parts[1]);
    if (!versioned && parts.size() == 1)
        return QStringLiteral("%1/%2/%3").arg(workspaceId, collection, parts[0]);
    return ref;
}

bool isRemoteAsset(const QString &ref)
{
    return ref.startsWith(u"azureml:") || ref.startsWith(u"/subscriptions/", Qt::CaseInsensitive);
}

QJsonObject translate(const YAML::Node &root, const QString &workspaceId, QString *name)
{
    if (!root.IsMap())
        refuse(root, QStringLiteral("(document)"), tr("a job definition is a mapping of keys"));
    if (root["type"]) {
        const QString type = scalar(root["type"], QStringLiteral("type"));
        if (type.compare(u"command", Qt::CaseInsensitive) != 0)
            refuse(root["type"], QStringLiteral("type"),
                tr("'%1' jobs cannot be re-run by the wizard; only command jobs can").arg(type));
    }
    if (!root["command"])
        refuse(root, QStringLiteral("command"), tr("a command job needs a command"));
    QJsonObject p { { QStringLiteral("jobType"), QStringLiteral("Command") } };
    static const QList<std::pair<QString, QString>> texts
        = { { QStringLiteral("display_name"), QStringLiteral("displayName") },
              { QStringLiteral("experiment_name"), QStringLiteral("experimentName") },
              { QStringLiteral("description"), QStringLiteral("description") },
              { QStringLiteral("command"), QStringLiteral("command") } };
    static const QList<std::pair<QString, QString>> maps
        = { { QStringLiteral("tags"), QStringLiteral("tags") },
              { QStringLiteral("properties"), QStringLiteral("properties") },
              { QStringLiteral("environment_variables"), QStringLiteral("environmentVariables") } };
    forEachMember(root, QString(), [&](const QString &k, const YAML::Node &keyNode, const YAML::Node &v) {
        for (const auto &[cli, rest] : texts)
            if (k == cli)
                return void(p.insert(rest, scalar(v, k)));
        for (const auto &[cli, rest] : maps)
            if (k == cli)
                return void(p.insert(rest, stringMap(v, k)));
        if (k == u"$schema" || k == u"type") {
        } else if (k == u"name") {
            if (name)
                *name = scalar(v, k);
        } else if (k == u"code") {
            const QString code = scalar(v, k);
            if (!isRemoteAsset(code))
                refuse(v, k,
                    tr("'%1' is a local folder, which needs an upload: register it (az ml code create) and "
                       "give "
                       "azureml:<name>:<version>")
                        .arg(code));
            p.insert(
                QStringLiteral("codeId"), workspaceAsset(code, workspaceId, QStringLiteral("codes"), true));
        } else if (k == u"environment") {
            if (!v.IsScalar())
                refuse(v, k,
                    tr("an inline environment needs creating: create it (az ml environment create) and give "
                       "azureml:<name>:<version>"));
            p.insert(QStringLiteral("environmentId"), scalar(v, k));
        } else if (k == u"compute") {
            QString compute = scalar(v, k);
            if (!isRemoteAsset(compute))
                compute.prepend(QStringLiteral("azureml:")); // az ml takes a bare compute name too
            p.insert(QStringLiteral("computeId"),
                workspaceAsset(compute, workspaceId, QStringLiteral("computes"), false));
        } else if (k == u"inputs" || k == u"outputs") {
            QJsonObject ports;
            forEachMember(v, k, [&](const QString &port, const YAML::Node &, const YAML::Node &pv) {
                const QString at = k + u'.' + port;
                ports.insert(port, k == u"inputs" ? input(pv, at) : output(pv, at));
            });
            p.insert(k, ports);
        } else if (k == u"resources") {
            p.insert(k,
                members(v, k,
                    { { QStringLiteral("instance_count"), QStringLiteral("instanceCount") },
                        { QStringLiteral("instance_type"), QStringLiteral("instanceType") },
                        { QStringLiteral("shm_size"), QStringLiteral("shmSize") },
                        { QStringLiteral("docker_args"), QStringLiteral("dockerArgs") } },
                    { QStringLiteral("instance_count") }));
        } else if (k == u"distribution") {
            p.insert(k, distribution(v));
        } else if (k == u"limits") {
            const QJsonObject given = members(v, k,
                { { QStringLiteral("timeout"), QStringLiteral("timeout") } }, { QStringLiteral("timeout") });
            QJsonObject limits { { QStringLiteral("jobLimitsType"), QStringLiteral("Command") } };
            if (given.contains(QStringLiteral("timeout")))
                limits.insert(QStringLiteral("timeout"),
                    QStringLiteral("PT%1S").arg(given.value(QStringLiteral("timeout")).toInt()));
            p.insert(k, limits);
        } else {
            refuse(keyNode, k, tr("this key is not translated by the wizard"));
        }
    });
    if (!p.contains(QStringLiteral("environmentId")))
        refuse(root, QStringLiteral("environment"), tr("a command job needs an environment"));
    return p;
}

} // namespace

std::optional<QJsonObject> jobPropertiesFromYaml(
    const QByteArray &yaml, const QString &fileName, Error *error, const QString &workspaceId, QString *name)
{
    try {
        return translate(YAML::Load(std::string(yaml.constData(), size_t(yaml.size()))), workspaceId, name);
    } catch (const Refusal &r) {
        *error = Error::input(tr("The job file '%1', line %2, key '%3': %4.")
                                  .arg(fileName, QString::number(r.line), r.key, r.message));
    } catch (const YAML::Exception &e) {
        *error = Error::input(tr("The job file '%1' is not valid YAML: line %2, column %3: %4.")
                                  .arg(fileName, QString::number(e.mark.line + 1),
                                      QString::number(e.mark.column + 1), QString::fromStdString(e.msg)));
    }
    return std::nullopt;
}

} // namespace mlr::azureml
