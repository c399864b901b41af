#include "server/seeding.h"

#include "azureml/amlseeder.h"
#include "engine/csvreader.h"
#include "engine/generators.h"
#include "graph/graphexecutor.h"
#include "server/armmodel.h"
#include "server/armroutes.h"
#include "server/blobio.h"
#include "server/jsonutil.h"
#include "server/login.h"
#include "server/lro.h"
#include "server/server.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

struct Trained
{
    std::optional<studio::DataTable> table;
    QByteArray model;
    QString error;
};

const QString demoResourceGroup = u"mlstudio-demo"_s;

} // namespace

Seeder::Seeder(Server *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{ }

bool Seeder::writeJson(const QString &fileName, const QJsonObject &json, QString *error) const
{
    QSaveFile file(QDir(m_server->context()->config.dataDir).filePath(fileName));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // holds secrets
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QJsonObject Seeder::identity(QString *error)
{
    Context *context = m_server->context();
    QFile file(QDir(context->config.dataDir).filePath(u"identity.json"_s));
    QJsonObject id;
    if (file.open(QIODevice::ReadOnly))
        id = QJsonDocument::fromJson(file.readAll()).object();
    if (id.value(u"clientId"_s).toString().isEmpty()) {
        id = {
            { u"tenant"_s, newGuid() },
            { u"clientId"_s, newGuid() },
            { u"clientSecret"_s, randomBase64(30) },
            { u"subscriptionId"_s, newGuid() },
            { u"resourceGroup"_s, demoResourceGroup },
        };
        if (!writeJson(u"identity.json"_s, id, error))
            return {};
    }
    m_server->login()->registerClient(id[u"tenant"_s].toString(), id[u"clientId"_s].toString(),
        id[u"clientSecret"_s].toString(), u"mlstudio-local demo"_s);
    return id;
}

QJsonObject Seeder::describeService(const QString &name) const
{
    Context *context = m_server->context();
    QString error;
    const QJsonObject id = const_cast<Seeder *>(this)->identity(&error);
    const WebService *service = context->state->service(
        id[u"subscriptionId"_s].toString(), id[u"resourceGroup"_s].toString(), name);
    if (!service)
        return {};
    const QString base = armmodel::dataPlaneBase(*service, context->mlBase());
    return {
        { u"name"_s, service->name },
        { u"batchUrl"_s, base },
        { u"requestUrl"_s, QString(base + u"/execute?api-version=2.0&details=true"_s) },
        { u"swaggerUrl"_s, QString(base + u"/swagger.json"_s) },
        { u"apiKey"_s, service->primaryKey },
    };
}

void Seeder::createPair(const PairRequest &request, Done done)
{
    Context *context = m_server->context();
    QString error;
    const QJsonObject id = identity(&error);
    if (id.isEmpty())
        return done({}, error);
    const QString sub = id[u"subscriptionId"_s].toString();
    const QString group = id[u"resourceGroup"_s].toString();
    const auto describe = [this, request]() {
        return QJsonObject { { u"trainingService"_s, describeService(request.trainingName) },
            { u"predictiveService"_s, describeService(request.predictiveName) } };
    };
    if (context->state->service(sub, group, request.trainingName)
        && context->state->service(sub, group, request.predictiveName))
        return done(describe(), {});

    // Read the CSV, build the pair, train the initial model: all on the worker pool.
    const StorageAccount storage = *context->storage;
    BlobLocation modelBlob { storage, container, u"models/%1-initial.ilearner"_s.arg(request.blobPrefix) };
    BlobLocation dataBlob { storage, container, u"%1-initial.csv"_s.arg(request.blobPrefix) };
    studio::TemplateRequest templ;
    templ.kind = request.kind;
    templ.labelColumn = request.label;
    templ.learner = request.learner;
    templ.integerColumns = request.integerColumns;
    templ.storageAccountName = storage.name;
    templ.initialModelUri = modelBlob.url().toString();
    templ.title = request.title;

    using Result = std::shared_ptr<std::pair<Trained, std::optional<studio::ServicePairDefinition>>>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [=, this]() {
        watcher->deleteLater();
        const Result result = watcher->result();
        if (!result->first.error.isEmpty())
            return done({}, result->first.error);
        QFile csv(request.csvPath);
        const QByteArray csvBytes = csv.open(QIODevice::ReadOnly) ? csv.readAll() : QByteArray();
        const QByteArray model = result->first.model;
        const studio::ServicePairDefinition pair = *result->second;
        blobio::put(context->nam, dataBlob, csvBytes, "text/csv; charset=utf-8", this,
            [=, this](const Error &dataError) {
                if (dataError)
                    return done(
                        {}, u"cannot upload %1: %2"_s.arg(dataBlob.relativeLocation(), dataError.message()));
                blobio::put(context->nam, modelBlob, model, "application/octet-stream", this,
                    [=, this](const Error &modelError) {
                        if (modelError)
                            return done({},
                                u"cannot upload %1: %2"_s.arg(
                                    modelBlob.relativeLocation(), modelError.message()));
                        putPair(request, pair.trainingService, pair.predictiveService,
                            [=](const QJsonObject &, const QString &e) {
                                done(e.isEmpty() ? describe() : QJsonObject {}, e);
                            });
                    });
            });
    });
    const QString path = request.csvPath;
    watcher->setFuture(QtConcurrent::run(context->pool, [path, templ]() mutable {
        auto result = std::make_shared<std::pair<Trained, std::optional<studio::ServicePairDefinition>>>();
        Trained &trained = result->first;
        auto table = studio::readCsvFile(path);
        if (!table.ok()) {
            trained.error = u"%1: %2"_s.arg(path, table.error().text());
            return result;
        }
        templ.sample = table.value();
        auto pair = studio::makeServicePair(templ);
        if (const auto *e = std::get_if<studio::GraphError>(&pair)) {
            trained.error = e->message;
            return result;
        }
        result->second = std::get<studio::ServicePairDefinition>(pair);
        const auto graph
            = studio::parseServiceGraph(result->second->trainingService.value(u"properties"_s).toObject());
        if (const auto *e = std::get_if<studio::GraphError>(&graph)) {
            trained.error = e->message;
            return result;
        }
        const studio::ServiceGraph &g = std::get<studio::ServiceGraph>(graph);
        // Read again as the service reads its inputs (the template's types, source lines), so
        // the first model is what a retraining job on the same file would give.
        const QString input = g.inputs.value(0).name;
        auto typed = studio::readCsvFile(path, studio::inputReadOptions(g, input));
        if (!typed.ok()) {
            trained.error = u"%1: %2"_s.arg(path, typed.error().text());
            return result;
        }
        studio::GraphRunRequest run;
        run.inputs.insert(input, std::move(typed).value());
        const auto outcome = studio::executeGraph(g, run);
        if (const auto *e = std::get_if<studio::GraphError>(&outcome)) {
            trained.error = u"training the initial model failed: %1"_s.arg(e->message);
            return result;
        }
        for (const studio::GraphOutput &output : std::get<studio::GraphRunResult>(outcome).outputs)
            if (output.kind == studio::GraphOutput::TrainedModel)
                trained.model = output.bytes;
        if (trained.model.isEmpty())
            trained.error = u"the training graph produced no trained model"_s;
        return result;
    }));
}

void Seeder::putPair(
    const PairRequest &request, const QJsonObject &training, const QJsonObject &predictive, Done done)
{
    Context *context = m_server->context();
    QString error;
    const QJsonObject id = identity(&error);
    const QString sub = id[u"subscriptionId"_s].toString();
    const QString group = id[u"resourceGroup"_s].toString();
    auto pending = std::make_shared<QStringList>();
    auto failure = std::make_shared<QString>();
    for (const auto &[name, body] :
        { std::pair { request.trainingName, training }, std::pair { request.predictiveName, predictive } }) {
        QJsonObject answer;
        QString operation;
        const int status = m_server->arm()->put(
            sub, group, name, body, armmodel::apiVersion2017, false, &answer, &operation);
        if (status >= 300)
            return done({},
                u"PUT %1 failed (%2): %3"_s.arg(name).arg(status).arg(
                    QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact))));
        pending->append(operation);
    }
    auto *connection = new QMetaObject::Connection;
    *connection = connect(context->operations, &OperationManager::operationFinished, this,
        [=](const QString &operationId, const QString &status) {
            if (!pending->contains(operationId))
                return;
            pending->removeAll(operationId);
            if (status != u"Succeeded"_s && failure->isEmpty()) {
                const Operation op = context->state->operations.value(operationId.toLower());
                *failure = u"the deployment of a seeded service failed: %1"_s.arg(op.errorMessage);
            }
            if (!pending->isEmpty())
                return;
            disconnect(*connection);
            delete connection;
            done({}, *failure);
        });
}

void Seeder::createFromTemplate(const QString &templateName, const QString &csvPath, const QString &label,
    const QString &name, const QString &learner, const QStringList &integerColumns, Done done)
{
    const auto kind = studio::templateKindFromName(templateName);
    if (!kind)
        return done({}, u"unknown template '%1' (two-class or regression)"_s.arg(templateName));
    PairRequest request { *kind, csvPath, label, learner, integerColumns, name + u"-retraining"_s,
        name + u"-predictive"_s, name, name };
    createPair(request, [this, name, done](const QJsonObject &pair, const QString &error) {
        if (!error.isEmpty())
            return done({}, error);
        Context *context = m_server->context();
        QString writeError;
        QJsonObject description = identity(&writeError);
        description.insert(u"loginUrl"_s, context->loginBase());
        description.insert(u"armUrl"_s, context->armBase());
        description.insert(u"storageConnectionString"_s, context->config.storageConnectionString);
        description.insert(u"trainingService"_s, pair.value(u"trainingService"_s));
        description.insert(u"predictiveService"_s, pair.value(u"predictiveService"_s));
        if (!writeJson(name + u".json"_s, description, &writeError))
            return done({}, writeError);
        done(description, {});
    });
}

void Seeder::seedDemo(Done done)
{
    Context *context = m_server->context();
    const QDir dir(context->config.dataDir);
    // The demo data: fixed seeds, "initial" trained the deployed model, "new" has drift.
    struct File
    {
        QString name;
        bool census;
        studio::DataVariant variant;
        quint64 seed;
    };
    const QList<File> files = {
        { u"census-initial.csv"_s, true, studio::DataVariant::Initial, 1 },
        { u"census-new.csv"_s, true, studio::DataVariant::New, 2 },
        { u"regression-initial.csv"_s, false, studio::DataVariant::Initial, 1 },
        { u"regression-new.csv"_s, false, studio::DataVariant::New, 2 },
    };
    // Generated on the worker pool (about a second for the four files).
    auto *generated = new QFutureWatcher<QString>(this);
    connect(generated, &QFutureWatcherBase::finished, this, [this, generated, dir, done]() {
        generated->deleteLater();
        if (const QString error = generated->result(); !error.isEmpty())
            return done({}, error);
        seedPairs(dir, done);
    });
    generated->setFuture(QtConcurrent::run(context->pool, [files, dir]() -> QString {
        for (const File &f : files) {
            if (QFile::exists(dir.filePath(f.name)))
                continue;
            studio::GeneratorOptions options;
            options.rows = 10000;
            options.seed = f.seed;
            options.variant = f.variant;
            QSaveFile out(dir.filePath(f.name));
            if (!out.open(QIODevice::WriteOnly)
                || !(f.census ? studio::writeCensusCsv(options, out)
                              : studio::writeRegressionCsv(options, out))
                || !out.commit())
                return u"cannot write %1: %2"_s.arg(dir.filePath(f.name), out.errorString());
        }
        return {};
    }));
}

void Seeder::seedPairs(const QDir &dir, Done done)
{
    Context *context = m_server->context();
    // The demo's counts are whole numbers by nature: asked for as Integer (as Studio typed the
    // article's CensusInput.csv); every other number is Number.
    const PairRequest census { studio::TemplateKind::TwoClass, dir.filePath(u"census-initial.csv"_s),
        u"income"_s, {},
        { u"age"_s, u"fnlwgt"_s, u"education-num"_s, u"capital-gain"_s, u"capital-loss"_s,
            u"hours-per-week"_s },
        u"census-income-retraining"_s, u"census-income-predictive"_s, u"Census Model"_s, u"census"_s };
    const PairRequest housing { studio::TemplateKind::Regression, dir.filePath(u"regression-initial.csv"_s),
        u"price"_s, {}, { u"rooms"_s, u"building-age"_s }, u"housing-price-retraining"_s,
        u"housing-price-predictive"_s, u"Housing Price Model"_s, u"regression"_s };
    createPair(census, [=, this](const QJsonObject &censusPair, const QString &error) {
        if (!error.isEmpty())
            return done({}, u"census pair: "_s + error);
        createPair(housing, [=, this](const QJsonObject &housingPair, const QString &housingError) {
            if (!housingError.isEmpty())
                return done({}, u"regression pair: "_s + housingError);
            QString writeError;
            QJsonObject demo = identity(&writeError);
            demo.insert(u"loginUrl"_s, context->loginBase());
            demo.insert(u"armUrl"_s, context->armBase());
            demo.insert(u"mlUrl"_s, context->mlBase());
            demo.insert(u"storageConnectionString"_s, context->config.storageConnectionString);
            demo.insert(u"container"_s, container);
            demo.insert(u"trainingService"_s, censusPair.value(u"trainingService"_s));
            demo.insert(u"predictiveService"_s, censusPair.value(u"predictiveService"_s));
            demo.insert(u"regression"_s, housingPair);
            auto *aml = new AmlSeeder(context, m_server->azureml(), this);
            aml->seed(
                identity(&writeError), dir, [=, this](const QJsonObject &section, const QString &amlError) {
                    aml->deleteLater();
                    if (!amlError.isEmpty())
                        return done({}, amlError);
                    QJsonObject full = demo;
                    full.insert(u"azureml"_s, section);
                    QString why;
                    if (!writeJson(u"demo.json"_s, full, &why))
                        return done({}, why);
                    done(full, {});
                });
        });
    });
}

} // namespace mlr::server
