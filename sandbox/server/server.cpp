#include "server/server.h"

#include "azureml/amlservice.h"
#include "http/redaction.h"
#include "server/adminroutes.h"
#include "server/armroutes.h"
#include "server/besroutes.h"
#include "server/classicroutes.h"
#include "server/httpfront.h"
#include "server/jobrunner.h"
#include "server/localca.h"
#include "server/login.h"
#include "server/lro.h"
#include "server/modelcache.h"
#include "server/persistence.h"
#include "server/rrsroutes.h"
#include "server/seeding.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace mlr::server {

QString Context::mlBase() const
{
    return ml->baseUrl();
}

QString Context::armBase() const
{
    return arm->baseUrl();
}

QString Context::loginBase() const
{
    return login->baseUrl();
}

QString Context::azuremlBase() const
{
    return azureml->baseUrl();
}

Server::Server(const ServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_faults(*FaultInjector::parse(QString(), nullptr))
    , m_nam(std::make_unique<QNetworkAccessManager>())
    , m_pool(std::make_unique<QThreadPool>())
{
    m_pool->setMaxThreadCount(std::max(1, config.workers));
    m_context.config = config;
    m_context.state = &m_state;
    m_context.faults = &m_faults;
    m_context.nam = m_nam.get();
    m_context.pool = m_pool.get();
    m_context.ml = new HttpFront(Surface::DataPlane, this);
    m_context.arm = new HttpFront(Surface::Arm, this);
    m_context.login = new HttpFront(Surface::Login, this);
    m_context.azureml = new HttpFront(Surface::Arm, this);
    for (HttpFront *front : { m_context.ml, m_context.arm, m_context.login, m_context.azureml }) {
        front->setFaultInjector(&m_faults);
        front->setVerbose(config.verbose);
    }
    m_persistence = new Persistence(&m_state, config.dataDir, this);
    m_context.models = new ModelCache(&m_context, this);
    m_context.jobs = new JobRunner(&m_context, this);
    m_login = new LoginService(&m_context, this);
    m_context.operations = new OperationManager(&m_context, m_login, this);
    m_arm = new ArmService(&m_context, m_login, this);
    m_bes = new BesService(&m_context, this);
    m_rrs = new RrsService(&m_context, this);
    m_classic = new ClassicEndpointService(&m_context, this);
    m_admin = new AdminService(&m_context, m_login, this);
    for (HttpFront *front : { m_context.ml, m_context.arm, m_context.login })
        m_admin->addRoutes(front);
    m_azureml = new AzureMlService(&m_context, m_login, this);
    m_seeder = new Seeder(this, this);
    m_admin->setFromTemplate(
        [this](const QString &kind, const QString &csv, const QString &label, const QString &name,
            const QString &learner, const QStringList &integerColumns,
            std::function<void(const QJsonObject &, const QString &)> done) {
            m_seeder->createFromTemplate(kind, csv, label, name, learner, integerColumns,
                [this, done](const QJsonObject &d, const QString &e) {
                    QJsonObject description = d;
                    if (e.isEmpty())
                        for (const auto &[key, value] : endpoints().toVariantMap().asKeyValueRange())
                            description.insert(key, value.toString());
                    done(description, e);
                });
        });
}

Server::~Server()
{
    stop();
    // Running jobs are cancelled (their graphs stop at the next module) before waiting for
    // the workers; the state file already says Running, so they come back Failed.
    delete m_context.jobs;
    m_context.jobs = nullptr;
    delete m_azureml; // its running v2 jobs are cancelled the same way
    m_azureml = nullptr;
    m_pool->waitForDone();
}

bool Server::start(quint16 mlPort, quint16 armPort, quint16 loginPort, quint16 azuremlPort,
    const QString &faultSpec, QString *error)
{
    if (!m_context.config.dataDir.isEmpty() && !QDir().mkpath(m_context.config.dataDir)) {
        *error = u"cannot create the data folder %1"_s.arg(m_context.config.dataDir);
        return false;
    }
    if (!m_persistence->load(error))
        return false;
    if (!m_context.config.storageConnectionString.isEmpty()) {
        Error parseError;
        m_context.storage
            = StorageAccount::fromConnectionString(m_context.config.storageConnectionString, &parseError);
        if (!m_context.storage) {
            *error = u"--storage: %1"_s.arg(parseError.message());
            return false;
        }
        if (!m_context.storage->hasKey()) {
            *error
                = u"--storage: the connection string needs an AccountKey (the service mints SAS tokens with it)"_s;
            return false;
        }
    }
    auto faults = FaultInjector::parse(faultSpec, error);
    if (!faults)
        return false;
    m_faults = *faults;
    QString tlsDir = m_context.config.dataDir;
    if (tlsDir.isEmpty()) {
        m_tlsDir = std::make_unique<QTemporaryDir>();
        tlsDir = m_tlsDir->path();
    }
    const auto tls = prepareLocalTls(tlsDir, error);
    if (!tls)
        return false;
    m_context.caFile = tls->caFile;
    return m_context.ml->listenLocal(mlPort, error) && m_context.arm->listenLocal(armPort, error)
        && m_context.login->listenLocal(loginPort, error)
        && m_context.azureml->listenLocalTls(azuremlPort, tls->configuration, error);
}

QJsonObject Server::endpoints() const
{
    return { { u"ml"_s, m_context.mlBase() }, { u"arm"_s, m_context.armBase() },
        { u"login"_s, m_context.loginBase() }, { u"azureml"_s, m_context.azuremlBase() },
        { u"caFile"_s, m_context.caFile } };
}

void Server::stop()
{
    QString error;
    if (m_persistence && !m_persistence->saveNow(&error))
        qWarning("mlstudio-local: cannot save the state: %s", qPrintable(error));
}

} // namespace mlr::server
