#include "ml/serviceswagger.h"

#include "http/httpcall.h"
#include "http/redaction.h"
#include "http/requestfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mlr::ml {

bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            // Compare the digit runs by value: strip leading zeros, then length, then text.
            QStringView da = QStringView(a).mid(i, ei - i), db = QStringView(b).mid(j, ej - j);
            while (da.size() > 1 && da.front() == u'0')
                da = da.mid(1);
            while (db.size() > 1 && db.front() == u'0')
                db = db.mid(1);
            if (da.size() != db.size())
                return da.size() < db.size();
            if (const int c = da.compare(db); c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j];
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

QStringList PortSpec::columnNames() const
{
    QStringList names;
    for (const ColumnSpec &c : columns)
        names << c.name;
    return names;
}

const ColumnSpec *PortSpec::column(const QString &name) const
{
    for (const ColumnSpec &c : columns) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

namespace {

template<typename T> const T *findByName(const QList<T> &list, const QString &name)
{
    for (const T &item : list) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << (v.isString() ? v.toString() : v.toVariant().toString());
    return out;
}

// Resolves {"$ref": "#/definitions/X"} (once per level, a few levels deep) against definitions.
QJsonObject resolve(const QJsonObject &definitions, QJsonObject object)
{
    for (int depth = 0; depth < 8; ++depth) {
        const QString ref = object.value(u"$ref"_s).toString();
        if (ref.isEmpty())
            return object;
        static constexpr QStringView prefix = u"#/definitions/";
        if (!ref.startsWith(prefix))
            return {};
        object = definitions.value(ref.mid(prefix.size())).toObject();
    }
    return {};
}

QJsonObject properties(const QJsonObject &definitions, const QString &definition)
{
    return resolve(definitions, definitions.value(definition).toObject()).value(u"properties"_s).toObject();
}

QStringList naturallySorted(QStringList names)
{
    std::sort(names.begin(), names.end(), naturalLess);
    names.removeDuplicates();
    return names;
}

// The columns of a table port: "<name>": {"type": "array", "items": {"$ref": "#/definitions/<name>Item"}}.
QList<ColumnSpec> tableColumns(const QJsonObject &definitions, const QJsonObject &port, bool *ordered)
{
    const QJsonObject resolved = resolve(definitions, port);
    const QJsonObject item = resolve(definitions, resolved.value(u"items"_s).toObject());
    const QJsonObject props = item.value(u"properties"_s).toObject();
    const QStringList required = stringList(item.value(u"required"_s));
    // JSON objects carry no order; the "required" array does, and Studio lists every column
    // there in table order. When it names them all, that is the order; otherwise by name.
    QStringList order = props.keys();
    const QSet<QString> requiredSet(required.begin(), required.end());
    if (requiredSet.size() == props.size() && std::all_of(order.begin(), order.end(), [&](const QString &n) {
            return requiredSet.contains(n);
        })) {
        order.clear();
        *ordered = !props.isEmpty();
        for (const QString &name : required) {
            if (!order.contains(name))
                order << name;
        }
    }
    QList<ColumnSpec> columns;
    for (const QString &name : order) {
        const QJsonObject spec = resolve(definitions, props.value(name).toObject());
        ColumnSpec c;
        c.name = name;
        c.type = spec.value(u"type"_s).toString().toLower();
        c.format = spec.value(u"format"_s).toString().toLower();
        c.enumValues = stringList(spec.value(u"enum"_s));
        c.required = required.contains(name);
        columns << c;
    }
    return columns;
}

// The default as a QVariant: qint64 for integer parameters, double for numbers.
QVariant defaultValue(const QJsonValue &value, const QString &type)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isDouble() && type == u"number"_s)
        return value.toDouble();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::abs(d) < 9.0e15)
            return QVariant::fromValue(static_cast<qint64>(d));
        return d;
    }
    return value.toVariant();
}

} // namespace

const PortSpec *ServiceSwagger::input(const QString &name) const
{
    return findByName(inputs, name);
}

const PortSpec *ServiceSwagger::output(const QString &name) const
{
    return findByName(outputs, name);
}

const PortSpec *ServiceSwagger::firstOutput(PortSpec::Kind kind) const
{
    for (const PortSpec &p : outputs) {
        if (p.kind == kind)
            return &p;
    }
    return nullptr;
}

std::optional<ServiceSwagger> ServiceSwagger::parse(const QByteArray &json, Error *error)
{
    const auto fail = [error](const QString &what) -> std::optional<ServiceSwagger> {
        if (error)
            *error = Error::parse(what);
        return std::nullopt;
    };
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return fail(tr("The service description (swagger.json) is not valid JSON: %1 at offset %2.")
                        .arg(jsonError.errorString())
                        .arg(jsonError.offset));
    if (!doc.isObject())
        return fail(tr("The service description (swagger.json) is not a JSON object."));
    const QJsonObject root = doc.object();
    const QJsonValue definitionsValue = root.value(u"definitions"_s);
    if (!definitionsValue.isObject())
        return fail(tr("The service description (swagger.json) has no \"definitions\": it is not the "
                       "swagger document of an Azure ML web service."));
    const QJsonObject definitions = definitionsValue.toObject();
    if (!definitions.contains(u"BatchExecutionRequest"_s) && !definitions.contains(u"ExecutionRequest"_s))
        return fail(tr("The service description (swagger.json) declares neither a batch nor a "
                       "request-response execution: it is not the swagger document of an Azure ML "
                       "web service."));

    ServiceSwagger s;
    const QJsonObject info = root.value(u"info"_s).toObject();
    s.title = info.value(u"title"_s).toString();
    s.description = info.value(u"description"_s).toString();

    const QJsonObject execInputs = properties(definitions, u"ExecutionInputs"_s);
    const QJsonObject batchInputs = properties(definitions, u"BatchInputs"_s);
    for (const QString &name : naturallySorted(execInputs.keys() + batchInputs.keys())) {
        PortSpec p;
        p.name = name;
        p.kind = PortSpec::Kind::Dataset; // every Web Service Input is a dataset
        if (execInputs.contains(name))
            p.columns = tableColumns(definitions, execInputs.value(name).toObject(), &p.ordered);
        s.inputs << p;
    }

    const QJsonObject execOutputs = properties(definitions, u"ExecutionOutputs"_s);
    const QJsonObject batchOutputs = properties(definitions, u"BatchOutputs"_s);
    for (const QString &name : naturallySorted(execOutputs.keys() + batchOutputs.keys())) {
        PortSpec p;
        p.name = name;
        if (execOutputs.contains(name)) {
            const QJsonObject port = resolve(definitions, execOutputs.value(name).toObject());
            p.kind = port.value(u"type"_s).toString() == u"array"_s || port.contains(u"items"_s)
                ? PortSpec::Kind::Dataset
                : PortSpec::Kind::Other;
            p.columns = tableColumns(definitions, port, &p.ordered);
        } else {
            // Batch only: RRS cannot return it, so it is the trained model (.ilearner).
            p.kind = PortSpec::Kind::TrainedModel;
        }
        s.outputs << p;
    }

    const QJsonObject globalsDefinition
        = resolve(definitions, definitions.value(u"GlobalParameters"_s).toObject());
    const QJsonObject globals = globalsDefinition.value(u"properties"_s).toObject();
    const QStringList requiredGlobals = stringList(globalsDefinition.value(u"required"_s));
    for (const QString &name : naturallySorted(globals.keys())) {
        const QJsonObject spec = resolve(definitions, globals.value(name).toObject());
        GlobalParameterSpec g;
        g.name = name;
        g.type = spec.value(u"type"_s).toString(u"string"_s).toLower();
        g.format = spec.value(u"format"_s).toString().toLower();
        g.defaultValue = defaultValue(spec.value(u"default"_s), g.type);
        g.required = requiredGlobals.contains(name) || !g.defaultValue.isValid();
        g.description = spec.value(u"description"_s).toString();
        g.enumValues = stringList(spec.value(u"enum"_s));
        if (spec.value(u"minimum"_s).isDouble())
            g.minimum = spec.value(u"minimum"_s).toDouble();
        if (spec.value(u"maximum"_s).isDouble())
            g.maximum = spec.value(u"maximum"_s).toDouble();
        s.parameters << g;
    }
    if (error)
        *error = {};
    return s;
}

QUrl swaggerUrlFor(const QUrl &serviceUrl)
{
    if (!serviceUrl.isValid() || serviceUrl.host().isEmpty())
        return {};
    const QStringList segments = serviceUrl.path().split(u'/');
    // The last "services/<id>" pair names the service.
    qsizetype at = -1;
    for (qsizetype i = segments.size() - 2; i >= 0; --i) {
        if (segments[i] == u"services"_s && !segments[i + 1].isEmpty()) {
            at = i;
            break;
        }
    }
    if (at < 0)
        return {};
    QUrl url = serviceUrl;
    url.setPath(segments.mid(0, at + 2).join(u'/') + u"/swagger.json"_s);
    url.setQuery(u"api-version=2.0"_s);
    url.setFragment({});
    url.setUserInfo({});
    return url;
}

ServiceSwaggerFetch::ServiceSwaggerFetch(QNetworkAccessManager *nam, QUrl swaggerUrl, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_url(std::move(swaggerUrl))
{ }

ServiceSwaggerFetch::~ServiceSwaggerFetch() = default;

void ServiceSwaggerFetch::start()
{
    if (m_started)
        return;
    m_started = true;
    const QString context = tr("Reading the service description %1")
                                .arg(redaction::redact(m_url.toDisplayString(QUrl::RemoveQuery)));
    if (!m_url.isValid() || (m_url.scheme() != u"http"_s && m_url.scheme() != u"https"_s)) {
        QTimer::singleShot(0, this, [this, context] {
            finish({}, Error::input(tr("The service URL is not an http(s) URL.")).withContext(context));
        });
        return;
    }
    const QUrl url = m_url;
    m_call = std::make_unique<HttpCall>(m_nam, "GET", [url](int) {
        QNetworkRequest request = RequestFactory().make(url);
        request.setRawHeader("Accept", "application/json");
        return request;
    });
    m_call->setContext(context);
    connect(m_call.get(), &HttpCall::finished, this,
        [this, context](const HttpResponse &response, const Error &error) {
            if (error)
                return finish({}, error);
            Error parseError;
            const auto swagger = ServiceSwagger::parse(response.body, &parseError);
            if (!swagger)
                return finish({}, parseError.withContext(context));
            finish(*swagger, {});
        });
    m_call->start();
}

void ServiceSwaggerFetch::finish(const ServiceSwagger &swagger, Error error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(swagger, error);
}

} // namespace mlr::ml
