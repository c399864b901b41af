#include "azureml/mlflowroutes.h"

#include "azureml/jobs/mlflow.h"
#include "server/httpfront.h"

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

void sendMlflow(const ResponderPtr &responder, const std::variant<QJsonObject, aml::MlflowError> &answer)
{
    if (const auto *error = std::get_if<aml::MlflowError>(&answer))
        return responder->sendJson(error->status, error->toJson());
    responder->sendJson(200, std::get<QJsonObject>(answer));
}

aml::RunRecord recordOf(const AmlWorkspace &w, const AmlJob &j)
{
    aml::RunRecord r;
    r.jobName = j.name;
    r.experimentName = j.properties.value(u"experimentName"_s).toString(u"Default"_s);
    r.experimentId = aml::experimentId(w.workspaceId, r.experimentName);
    r.status = j.status;
    r.startMs = j.started.isValid() ? j.started.toMSecsSinceEpoch() : 0;
    r.endMs = j.ended.isValid() ? j.ended.toMSecsSinceEpoch() : 0;
    QMap<QString, double> metrics;
    for (auto it = j.metrics.begin(); it != j.metrics.end(); ++it)
        metrics.insert(it.key(), it.value().toDouble());
    r.logMetrics(metrics, r.endMs);
    for (auto it = j.params.begin(); it != j.params.end(); ++it)
        r.params.insert(it.key(), it.value().toString());
    r.tags.insert(u"mlflow.runName"_s, j.properties.value(u"displayName"_s).toString(j.name));
    r.artifactUri = u"azureml://datastores/workspaceartifactstore/ExperimentRun/dcid.%1"_s.arg(j.name);
    return r;
}

} // namespace

MlflowRoutes::MlflowRoutes(AmlSupport *support)
    : m_support(support)
{
    const QString base = u"/mlflow/v1\\.0"_s + AmlSupport::workspacePattern + u"/api/2\\.0/mlflow/"_s;
    const auto add = [this, support](const QString &path, const QString &id,
                         void (MlflowRoutes::*method)(const Request &, const ResponderPtr &)) {
        support->context()->azureml->addRoute(
            "GET", path, id, [this, support, method](const Request &r, const ResponderPtr &p) {
                if (support->authorize(r, p))
                    (this->*method)(r, p);
            });
    };
    add(base + u"runs/get"_s, u"aml.mlflow.run"_s, &MlflowRoutes::onRunsGet);
    add(base + u"metrics/get-history"_s, u"aml.mlflow.history"_s, &MlflowRoutes::onHistory);
    add(base + u"experiments/get-by-name"_s, u"aml.mlflow.experiment"_s, &MlflowRoutes::onExperiment);
}

const AmlJob *MlflowRoutes::run(const Request &request, const ResponderPtr &responder) const
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    if (!w)
        return nullptr;
    const QString id
        = request.query(u"run_id").isEmpty() ? request.query(u"run_uuid") : request.query(u"run_id");
    if (id.isEmpty()) {
        sendMlflow(responder, aml::invalidParameter(u"Missing value for required parameter 'run_id'."_s));
        return nullptr;
    }
    const auto it = m_support->state().jobs.constFind(w->key() + u"/jobs/"_s + id.toLower());
    if (it == m_support->state().jobs.cend()) {
        sendMlflow(responder, aml::runNotFound(id));
        return nullptr;
    }
    return &*it;
}

void MlflowRoutes::onRunsGet(const Request &request, const ResponderPtr &responder)
{
    if (const AmlJob *j = run(request, responder))
        sendMlflow(responder, aml::runsGet(recordOf(m_support->state().workspaces[j->workspaceKey], *j)));
}

void MlflowRoutes::onHistory(const Request &request, const ResponderPtr &responder)
{
    const AmlJob *j = run(request, responder);
    if (!j)
        return;
    bool ok = true;
    const int max = request.hasQuery(u"max_results") ? request.query(u"max_results").toInt(&ok) : 0;
    if (!ok)
        return sendMlflow(responder, aml::invalidParameter(u"max_results must be a whole number."_s));
    sendMlflow(responder,
        aml::metricsGetHistory(recordOf(m_support->state().workspaces[j->workspaceKey], *j),
            request.query(u"metric_key"), max, request.query(u"page_token")));
}

void MlflowRoutes::onExperiment(const Request &request, const ResponderPtr &responder)
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    if (!w)
        return;
    const QString name = request.query(u"experiment_name");
    bool known = false;
    for (const AmlJob &j : std::as_const(m_support->state().jobs))
        known = known
            || (j.workspaceKey == w->key()
                && j.properties.value(u"experimentName"_s)
                        .toString(u"Default"_s)
                        .compare(name, Qt::CaseInsensitive)
                    == 0);
    if (!name.isEmpty() && !known)
        return sendMlflow(responder, aml::experimentNotFound(name));
    sendMlflow(responder, aml::experimentsGetByName(w->workspaceId, name));
}

} // namespace mlr::server
