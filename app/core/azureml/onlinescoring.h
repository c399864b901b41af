#pragma once

#include "azureml/amlresources.h"
#include "azureml/amlwrite.h"
#include "ml/batchscorer.h"

#include <QObject>

#include <memory>

namespace mlr::arm {
class TokenRequest;
}

namespace mlr::azureml {

// How to call an online endpoint's scoring URI (reference §9.3).
struct ScoringAccess
{
    QUrl scoringUri;
    QString bearer; // the endpoint key, an AML token or an Entra token for https://ml.azure.com (secret)
    QString authMode; // Key | AMLToken | AADToken
};

// The scoring access of an endpoint, by its authMode: Key -> POST listKeys (primaryKey),
// AMLToken -> POST token (accessToken), AADToken -> a token of `mlTokens` (a provider whose
// scope is https://ml.azure.com/.default; Error::Input when none is given). The secret is
// registered with the redaction. Contract: start() once; finished() exactly once;
// destroying the job cancels it.
class ScoringAccessJob : public QObject
{
    Q_OBJECT

public:
    ScoringAccessJob(QNetworkAccessManager *nam, arm::TokenProvider *armTokens, WorkspaceTarget target,
        OnlineEndpoint endpoint, arm::TokenProvider *mlTokens = nullptr, QObject *parent = nullptr);
    ~ScoringAccessJob() override;

    void start();

Q_SIGNALS:
    void finished(const mlr::azureml::ScoringAccess &access, const mlr::Error &error);

private:
    void post(const QString &action, const QString &member);
    void finish(const QString &bearer, const Error &error);

    QNetworkAccessManager *m_nam;
    arm::TokenProvider *m_armTokens;
    arm::TokenProvider *m_mlTokens;
    WorkspaceTarget m_target;
    OnlineEndpoint m_endpoint;
    std::unique_ptr<WorkspaceWriteJob> m_post;
    std::unique_ptr<arm::TokenRequest> m_token;
    bool m_started = false;
    bool m_finished = false;
};

// The wire of an online endpoint: POST {scoringUri} with the MLflow split body
// {"input_data":{"columns","index","data"}} (cells that are numbers sent as numbers, empty
// ones as null, others as strings). The answer: a JSON array of row objects (columns from the
// first row), of values (one "Scored Labels" column), or {"predictions": [...]} of either.
// `deployment` non-empty: sent as the azureml-model-deployment header (it reaches a
// deployment at 0 % traffic), and an answer from another deployment is an error.
// `answeredBy` (optional) collects the azureml-model-deployment header of each answer.
ml::ScoringWire onlineWire(
    const ScoringAccess &access, const QString &deployment, std::shared_ptr<QStringList> answeredBy = {});

// The rows of one answer of an online endpoint (see onlineWire). Error::Parse otherwise. Pure.
std::optional<ml::RrsTable> parseOnlineAnswer(const QByteArray &body, Error *error);

// Scores rows with an online endpoint (or one deployment of it): a BatchScorer on onlineWire
// (contract there).
class OnlineScorer : public ml::BatchScorer
{
    Q_OBJECT

public:
    OnlineScorer(QNetworkAccessManager *nam, const ScoringAccess &access, const QString &deployment,
        QStringList columns, std::vector<QStringList> rows, const ml::ScoringOptions &options = {},
        QObject *parent = nullptr);

    // The deployments that answered (the response header), in the order the answers came.
    QStringList answeredBy() const { return *m_answeredBy; }

private:
    OnlineScorer(QNetworkAccessManager *nam, const ScoringAccess &access, const QString &deployment,
        QStringList columns, std::vector<QStringList> rows, const ml::ScoringOptions &options,
        QObject *parent, std::shared_ptr<QStringList> answeredBy);

    std::shared_ptr<QStringList> m_answeredBy;
};

} // namespace mlr::azureml

Q_DECLARE_METATYPE(mlr::azureml::ScoringAccess)
