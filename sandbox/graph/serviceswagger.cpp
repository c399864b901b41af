#include "graph/serviceswagger.h"

#include "graph/jsonaccess.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mlr::studio {

namespace {

QJsonObject ref(const QString &definition)
{
    return QJsonObject { { u"$ref"_s, QString(u"#/definitions/"_s + definition) } };
}

QJsonObject operation(const QString &summary, const QString &id, const QJsonArray &parameters,
    const QString &status, const QJsonObject &response, bool secured = true)
{
    QJsonObject o { { u"summary"_s, summary }, { u"operationId"_s, id }, { u"parameters"_s, parameters },
        { u"responses"_s, QJsonObject { { status, response } } } };
    if (secured)
        o.insert(u"security"_s, QJsonArray { QJsonObject { { u"api_key"_s, QJsonArray() } } });
    return o;
}

QJsonArray bodyParameter(const QString &description, const QString &definition)
{
    return { QJsonObject { { u"name"_s, u"body"_s }, { u"in"_s, u"body"_s },
        { u"description"_s, description }, { u"schema"_s, ref(definition) } } };
}

QJsonArray jobIdParameter()
{
    return { QJsonObject { { u"name"_s, u"jobId"_s }, { u"in"_s, u"path"_s },
        { u"description"_s, u"job id"_s }, { u"required"_s, true }, { u"type"_s, u"string"_s } } };
}

QJsonObject paths()
{
    const QJsonArray apiVersion { QJsonObject { { u"name"_s, u"api-version"_s }, { u"in"_s, u"query"_s },
        { u"description"_s, u"API version"_s }, { u"required"_s, false }, { u"type"_s, u"string"_s },
        { u"default"_s, u"2.0"_s }, { u"enum"_s, QJsonArray { u"2.0"_s } } } };
    QJsonObject p;
    p.insert(u"/swagger.json"_s,
        QJsonObject { { u"get"_s,
            operation(u"Get swagger API document for the web service"_s, u"getSwaggerDocument"_s, apiVersion,
                u"200"_s, { { u"description"_s, u"Swagger API document for this service"_s } }, false) } });
    p.insert(u"/execute?api-version=2.0&format=swagger"_s,
        QJsonObject { { u"post"_s,
            operation(u"Execute the web service and get a response synchronously"_s, u"execute"_s,
                bodyParameter(u"Execution request"_s, u"ExecutionRequest"_s), u"200"_s,
                { { u"description"_s, u"Execution results"_s },
                    { u"schema"_s, ref(u"ExecutionResults"_s) } }) } });
    p.insert(u"/jobs?api-version=2.0"_s,
        QJsonObject { { u"post"_s,
            operation(u"Submit an asynchronous job to execute the web service"_s, u"submitjob"_s,
                bodyParameter(u"Batch execution request"_s, u"BatchExecutionRequest"_s), u"200"_s,
                { { u"description"_s, u"The ID of submitted job"_s },
                    { u"schema"_s, QJsonObject { { u"type"_s, u"string"_s } } } }) } });
    p.insert(u"/jobs/{jobId}?api-version=2.0"_s,
        QJsonObject {
            { u"get"_s,
                operation(u"Get the status for a give job"_s, u"getjobstatus"_s, jobIdParameter(), u"200"_s,
                    { { u"description"_s, u"job status"_s },
                        { u"schema"_s, ref(u"BatchExecutionStatus"_s) } }) },
            { u"delete"_s,
                operation(u"Cancel a job"_s, u"canceljob"_s, jobIdParameter(), u"204"_s,
                    { { u"description"_s, u"The job is successfully cancelled"_s } }) } });
    p.insert(u"/jobs/{jobId}/start?api-version=2.0"_s,
        QJsonObject { { u"post"_s,
            operation(u"Start running a job"_s, u"startjob"_s, jobIdParameter(), u"204"_s,
                { { u"description"_s, u"The job is successfully started"_s } }) } });
    return p;
}

// A ColumnSpecification (Studio: "Integer"/"Int32") as a swagger property ("integer"/"int32").
QJsonObject swaggerColumn(const QJsonObject &spec)
{
    QJsonObject out { { u"type"_s, json::string(spec, u"type").toLower() } };
    const QString format = json::string(spec, u"format").toLower();
    if (!format.isEmpty())
        out.insert(u"format"_s, format);
    if (json::member(spec, u"enum").isArray())
        out.insert(u"enum"_s, json::array(spec, u"enum"));
    return out;
}

QJsonObject tableColumns(const QJsonObject &ioSpec, const QString &name)
{
    return json::object(json::object(json::object(ioSpec, u"properties"), name), u"properties");
}

QJsonObject itemDefinition(const QJsonObject &columns)
{
    QJsonObject properties;
    QJsonArray required;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const QJsonObject spec = it.value().toObject();
        properties.insert(it.key(), swaggerColumn(spec));
        if (json::member(spec, u"x-ms-isnullable") == QJsonValue(false))
            required.append(it.key());
    }
    QJsonObject item { { u"properties"_s, properties } };
    if (!required.isEmpty())
        item.insert(u"required"_s, required);
    return item;
}

QJsonValue typedValue(const QString &type, const QString &text)
{
    if (type == u"integer"_s || type == u"number"_s) {
        bool ok = false;
        const double v = text.toDouble(&ok);
        return ok ? QJsonValue(v) : QJsonValue(text);
    }
    if (type == u"boolean"_s)
        return QJsonValue(text.compare(u"true"_s, Qt::CaseInsensitive) == 0 || text == u"1"_s);
    return text;
}

QString globalParameterType(const QString &graphType, QString *format)
{
    if (graphType == u"Int"_s) {
        *format = u"int32"_s;
        return u"integer"_s;
    }
    if (graphType == u"Float"_s || graphType == u"Double"_s) {
        *format = u"double"_s;
        return u"number"_s;
    }
    return graphType == u"Boolean"_s ? u"boolean"_s : u"string"_s;
}

// Example rows of an input: exampleRequest rows matched to the columns (JSON key order),
// else one synthesized row (0, false or "").
QJsonArray exampleRows(const QJsonObject &properties, const QString &input, const QJsonObject &columns)
{
    const QJsonArray given
        = json::array(json::object(json::object(properties, u"exampleRequest"), u"inputs"), input);
    const QStringList names = columns.keys();
    QJsonArray rows;
    for (const QJsonValue &row : given) {
        const QJsonArray values = row.toArray();
        if (values.size() != names.size())
            continue;
        QJsonObject o;
        for (qsizetype i = 0; i < names.size(); ++i)
            o.insert(names[i], values[i]);
        rows.append(o);
    }
    if (rows.isEmpty() && !names.isEmpty()) {
        QJsonObject o;
        for (const QString &n : names) {
            const QString type = json::string(columns.value(n).toObject(), u"type").toLower();
            o.insert(n, typedValue(type, type == u"string"_s ? QString() : u"0"_s));
        }
        rows.append(o);
    }
    return rows;
}

} // namespace

QJsonObject serviceSwagger(const ServiceGraph &graph, const QJsonObject &properties, const QString &title)
{
    const QJsonObject inputSpec = json::object(properties, u"input");
    const QJsonObject outputSpec = json::object(properties, u"output");
    QJsonObject defs;
    const QJsonObject blobRef = ref(u"AzureBlobDataReference"_s);
    QJsonObject execInputs, batchInputs, exampleInputs;
    for (const GraphInputSpec &in : graph.inputs) {
        const QJsonObject columns = tableColumns(inputSpec, in.name);
        defs.insert(in.name + u"Item"_s, itemDefinition(columns));
        execInputs.insert(
            in.name, QJsonObject { { u"items"_s, ref(in.name + u"Item"_s) }, { u"type"_s, u"array"_s } });
        batchInputs.insert(in.name, blobRef);
        exampleInputs.insert(in.name, exampleRows(properties, in.name, columns));
    }
    QJsonObject execOutputs, batchOutputs;
    for (const GraphOutputSpec &out : graph.outputs) {
        batchOutputs.insert(out.name, blobRef);
        if (out.kind == OutputKind::TrainedModel)
            continue;
        defs.insert(out.name + u"Item"_s, itemDefinition(tableColumns(outputSpec, out.name)));
        execOutputs.insert(
            out.name, QJsonObject { { u"items"_s, ref(out.name + u"Item"_s) }, { u"type"_s, u"array"_s } });
    }
    QJsonObject globals, exampleGlobals;
    for (const GlobalParameter &gp : graph.globalParameters) {
        QString format;
        const QString type = globalParameterType(gp.type, &format);
        QJsonObject p { { u"description"_s, gp.description }, { u"type"_s, type } };
        if (!format.isEmpty())
            p.insert(u"format"_s, format);
        if (gp.defaultValue) {
            p.insert(u"default"_s, typedValue(type, *gp.defaultValue));
            exampleGlobals.insert(gp.name, typedValue(type, *gp.defaultValue));
        } else {
            exampleGlobals.insert(gp.name, typedValue(type, type == u"string"_s ? QString() : u"0"_s));
        }
        globals.insert(gp.name, p);
    }
    const auto object = [](const QString &t, const QJsonObject &props) {
        return QJsonObject { { u"title"_s, t }, { u"properties"_s, props }, { u"type"_s, u"object"_s } };
    };
    defs.insert(u"ExecutionRequest"_s,
        QJsonObject { { u"title"_s, u"Execution request"_s },
            { u"properties"_s,
                QJsonObject { { u"Inputs"_s, ref(u"ExecutionInputs"_s) },
                    { u"GlobalParameters"_s, ref(u"GlobalParameters"_s) } } },
            { u"example"_s,
                QJsonObject {
                    { u"Inputs"_s, exampleInputs }, { u"GlobalParameters"_s, exampleGlobals } } } });
    defs.insert(u"ExecutionResults"_s,
        QJsonObject { { u"title"_s, u"Execution Results"_s },
            { u"properties"_s, QJsonObject { { u"Results"_s, ref(u"ExecutionOutputs"_s) } } } });
    defs.insert(u"BatchExecutionRequest"_s,
        QJsonObject { { u"title"_s, u"Batch execution request"_s },
            { u"properties"_s,
                QJsonObject { { u"GlobalParameters"_s, ref(u"GlobalParameters"_s) },
                    { u"Inputs"_s, ref(u"BatchInputs"_s) }, { u"Outputs"_s, ref(u"BatchOutputs"_s) } } } });
    const QJsonObject str { { u"type"_s, u"string"_s } };
    defs.insert(u"AzureBlobDataReference"_s,
        QJsonObject { { u"title"_s, u"Azure blob data reference"_s },
            { u"properties"_s,
                QJsonObject { { u"BaseLocation"_s, str }, { u"ConnectionString"_s, str },
                    { u"RelativeLocation"_s, str }, { u"SasBlobToken"_s, str } } } });
    defs.insert(u"BatchExecutionStatus"_s,
        QJsonObject { { u"title"_s, u"Batch execution status"_s },
            { u"properties"_s,
                QJsonObject { { u"StatusCode"_s,
                                  QJsonObject { { u"description"_s, u"job status code"_s },
                                      { u"type"_s, u"string"_s }, { u"default"_s, u"NotStarted"_s },
                                      { u"enum"_s,
                                          QJsonArray { u"NotStarted"_s, u"Running"_s, u"Failed"_s,
                                              u"Cancelled"_s, u"Finished"_s } } } },
                    { u"Results"_s, QJsonObject { { u"type"_s, u"object"_s } } },
                    { u"Details"_s, str } } } });
    defs.insert(u"GlobalParameters"_s, object(u"Global parameters definition"_s, globals));
    defs.insert(u"ExecutionInputs"_s, object(u"Execution inputs defintion"_s, execInputs));
    defs.insert(u"ExecutionOutputs"_s, object(u"Execution outputs defintion"_s, execOutputs));
    defs.insert(u"BatchInputs"_s, object(u"Batch inputs defintion"_s, batchInputs));
    defs.insert(u"BatchOutputs"_s, object(u"Batch outputs defintion"_s, batchOutputs));

    QString description = json::string(properties, u"description");
    if (description.isEmpty())
        description = u"No description provided for this web service."_s;
    const QJsonArray mime { u"application/json"_s };
    return QJsonObject { { u"swagger"_s, u"2.0"_s },
        { u"info"_s,
            QJsonObject {
                { u"version"_s, u"2.0"_s }, { u"title"_s, title }, { u"description"_s, description } } },
        { u"consumes"_s, mime }, { u"produces"_s, mime }, { u"paths"_s, paths() }, { u"definitions"_s, defs },
        { u"securityDefinitions"_s,
            QJsonObject { { u"api_key"_s,
                QJsonObject { { u"type"_s, u"apiKey"_s },
                    { u"description"_s, u"For example: Bearer abc123"_s }, { u"name"_s, u"Authorization"_s },
                    { u"in"_s, u"header"_s } } } } } };
}

QJsonObject serviceSwagger(
    const ServiceGraph &graph, const QJsonObject &properties, const QString &title, const QUrl &baseUrl)
{
    QJsonObject s = serviceSwagger(graph, properties, title);
    if (baseUrl.isValid() && !baseUrl.host().isEmpty()) {
        const int port = baseUrl.port(baseUrl.scheme() == u"https"_s ? 443 : 80);
        s.insert(u"host"_s, QString(baseUrl.host() + u':' + QString::number(port)));
        QString path = baseUrl.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        s.insert(u"basePath"_s, path.isEmpty() ? u"/"_s : path);
        s.insert(u"schemes"_s, QJsonArray { baseUrl.scheme() });
    }
    return s;
}

} // namespace mlr::studio
