#pragma once

#include "server/context.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

class QNetworkAccessManager;
class QTemporaryDir;
class QThreadPool;

namespace mlr::server {

class AdminService;
class AzureMlService;
class ArmService;
class BesService;
class ClassicEndpointService;
class HttpFront;
class LoginService;
class Persistence;
class RrsService;
class Seeder;

// One mlstudio-local: the three ports (data plane, ARM, login), the state and its file,
// the worker pool, and the route modules. Everything runs on the thread that owns it.
class Server : public QObject
{
    Q_OBJECT

public:
    explicit Server(const ServerConfig &config, QObject *parent = nullptr);
    ~Server() override;

    // Loads DIR/state.json, parses --storage and the fault spec, listens on 127.0.0.1 (port
    // 0 = free). False with *error on any failure.
    // The HTTPS listener's CA lives in DIR (ca.pem), or in a temporary folder without DIR.
    bool start(quint16 mlPort, quint16 armPort, quint16 loginPort, quint16 azuremlPort,
        const QString &faultSpec, QString *error);
    // {"ml":"http://127.0.0.1:P1","arm":"http://127.0.0.1:P2","login":"http://127.0.0.1:P3",
    //  "azureml":"https://127.0.0.1:P4","caFile":"DIR/ca.pem"}
    QJsonObject endpoints() const;
    // Saves the state now (at shutdown).
    void stop();

    Context *context() { return &m_context; }
    LoginService *login() const { return m_login; }
    ArmService *arm() const { return m_arm; }
    AzureMlService *azureml() const { return m_azureml; }

private:
    Context m_context;
    State m_state;
    FaultInjector m_faults;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<QThreadPool> m_pool;
    Persistence *m_persistence = nullptr;
    LoginService *m_login = nullptr;
    ArmService *m_arm = nullptr;
    BesService *m_bes = nullptr;
    RrsService *m_rrs = nullptr;
    ClassicEndpointService *m_classic = nullptr;
    AdminService *m_admin = nullptr;
    Seeder *m_seeder = nullptr;
    AzureMlService *m_azureml = nullptr;
    std::unique_ptr<QTemporaryDir> m_tlsDir; // without a data folder
};

} // namespace mlr::server
