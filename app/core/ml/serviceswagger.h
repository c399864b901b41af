#pragma once

#include "http/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace mlr {
class HttpCall;
}

namespace mlr::ml {

// One column of an input or output table, as the per-service swagger.json declares it
// (the "<name>Item" definition): swagger type and format as served ("integer"/"int32",
// "number"/"double", "string", "boolean").
struct ColumnSpec
{
    QString name;
    QString type;
    QString format;
    QStringList enumValues; // allowed values, when the swagger lists them
    bool required = false; // listed in the item's "required" (x-ms-isnullable: false)

    bool isNumeric() const { return type == u"number" || type == u"integer"; }
    bool isInteger() const { return type == u"integer"; }
    bool isBoolean() const { return type == u"boolean"; }

    friend bool operator==(const ColumnSpec &, const ColumnSpec &) = default;
};

// A Web Service Input or Output. The kind comes from how the swagger offers the port:
// a table in ExecutionInputs/ExecutionOutputs is a Dataset; an output that only
// BatchOutputs carries (RRS cannot return a model) is a TrainedModel.
struct PortSpec
{
    enum class Kind
    {
        Dataset,
        TrainedModel,
        Other
    };
    QString name;
    Kind kind = Kind::Other;
    QList<ColumnSpec> columns; // the table's order when `ordered`, else by name
    // True when the swagger gives the table's column order (Studio lists every column in the
    // item's "required" array, in order); false when the order is only the names' order.
    bool ordered = false;

    QStringList columnNames() const;
    const ColumnSpec *column(const QString &name) const; // exact name; nullptr when absent

    friend bool operator==(const PortSpec &, const PortSpec &) = default;
};

// A global parameter (definitions.GlobalParameters). A parameter without a default is
// required (the service refuses a job without it), as is one the swagger lists as required.
struct GlobalParameterSpec
{
    QString name;
    QString type; // swagger type: "integer", "number", "boolean", "string"
    QString format;
    QVariant defaultValue; // invalid when there is none
    bool required = false;
    QString description;
    QStringList enumValues;
    std::optional<double> minimum, maximum;

    friend bool operator==(const GlobalParameterSpec &, const GlobalParameterSpec &) = default;
};

// What a web service's swagger.json says about its inputs, outputs and global parameters.
struct ServiceSwagger
{
    Q_DECLARE_TR_FUNCTIONS(ServiceSwagger)

public:
    QString title;
    QString description;
    QList<PortSpec> inputs; // in natural name order (input1, input2, ..., input10)
    QList<PortSpec> outputs; // in natural name order
    QList<GlobalParameterSpec> parameters; // in natural name order

    const PortSpec *input(const QString &name) const;
    const PortSpec *output(const QString &name) const;
    // The first output of that kind, nullptr when none.
    const PortSpec *firstOutput(PortSpec::Kind kind) const;

    // Parses a per-service swagger document (Studio's, or mlstudio-local's). On failure
    // returns std::nullopt and sets *error (when not null) to an Error::Parse naming the
    // problem. Unknown members are ignored.
    static std::optional<ServiceSwagger> parse(const QByteArray &json, Error *error);

    friend bool operator==(const ServiceSwagger &, const ServiceSwagger &) = default;
};

// The swagger document of the service behind a BES base URL (".../services/{id}", with or
// without "/jobs..."), an RRS URL (".../services/{id}/execute?...") or a swagger URL:
// ".../services/{id}/swagger.json?api-version=2.0". Invalid QUrl when the URL names no service.
QUrl swaggerUrlFor(const QUrl &serviceUrl);

// Fetches and parses a swagger.json (no key needed; transient failures retried).
// Contract: start() once; finished() exactly once, always asynchronously; destroying the
// object cancels it (no signal then).
class ServiceSwaggerFetch : public QObject
{
    Q_OBJECT

public:
    ServiceSwaggerFetch(QNetworkAccessManager *nam, QUrl swaggerUrl, QObject *parent = nullptr);
    ~ServiceSwaggerFetch() override;

    void start();

Q_SIGNALS:
    void finished(const mlr::ml::ServiceSwagger &swagger, const mlr::Error &error);

private:
    void finish(const ServiceSwagger &swagger, Error error);

    QNetworkAccessManager *m_nam;
    QUrl m_url;
    std::unique_ptr<HttpCall> m_call;
    bool m_started = false;
    bool m_done = false;
};

// Natural order for port and parameter names: "input2" < "input10".
bool naturalLess(const QString &a, const QString &b);

} // namespace mlr::ml

Q_DECLARE_METATYPE(mlr::ml::ServiceSwagger)
