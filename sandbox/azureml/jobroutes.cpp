#include "azureml/jobroutes.h"

#include "azureml/amljobrunner.h"
#include "azureml/amloperations.h"
#include "azureml/amluris.h"
#include "azureml/jobs/components.h"
#include "azureml/jobs/jobspec.h"
#include "server/blobio.h"
#include "server/errors.h"

#include <QJsonArray>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

const QString jobType = u"Microsoft.MachineLearningServices/workspaces/jobs"_s;

QJsonObject armError(const QString &code, const QString &message, const QString &target = {})
{
    QJsonObject error { { u"code"_s, code }, { u"message"_s, message } };
    if (!target.isEmpty())
        error.insert(u"target"_s, target);
    return { { u"error"_s, error } };
}

} // namespace

JobRoutes::JobRoutes(AmlSupport *support, AmlOperations *operations, AmlJobRunner *runner)
    : m_support(support)
    , m_operations(operations)
    , m_runner(runner)
{
    const auto bind = [this](void (JobRoutes::*method)(const Request &, const ResponderPtr &)) {
        return [this, method](const Request &r, const ResponderPtr &p) {
            (this->*method)(r, p);
        };
    };
    const QString jobs = AmlSupport::workspacePattern + u"/jobs"_s;
    support->addArmRoute("PUT", jobs + u"/([^/]+)"_s, u"aml.jobs.put"_s, bind(&JobRoutes::onPut));
    support->addArmRoute("GET", jobs + u"/([^/]+)"_s, u"aml.jobs.get"_s, bind(&JobRoutes::onGet));
    support->addArmRoute("GET", jobs, u"aml.jobs.list"_s, bind(&JobRoutes::onList));
    support->addArmRoute(
        "POST", jobs + u"/([^/]+)/cancel"_s, u"aml.jobs.cancel"_s, bind(&JobRoutes::onCancel));
    const QString components = AmlSupport::workspacePattern + u"/components"_s;
    support->addArmRoute("GET", components + u"/([^/]+)/versions/([^/]+)"_s, u"aml.components.get"_s,
        bind(&JobRoutes::onComponent));
    support->addArmRoute("GET", components, u"aml.components.list"_s, bind(&JobRoutes::onComponents));
}

QJsonObject JobRoutes::jobJson(const AmlJob &j) const
{
    const AmlWorkspace &w = m_support->state().workspaces[j.workspaceKey];
    QJsonObject body = AmlSupport::resource(w.armId() + u"/jobs/"_s + j.name, j.name, jobType, j.created,
        j.ended.isValid() ? j.ended : j.created);
    QJsonObject properties = j.properties;
    properties.insert(u"status"_s, j.status);
    const QString host = QUrl(m_support->base()).authority();
    properties.insert(u"services"_s,
        QJsonObject {
            { u"Tracking"_s,
                QJsonObject { { u"jobServiceType"_s, u"Tracking"_s },
                    { u"endpoint"_s,
                        QString(u"azureml://"_s + host + u"/mlflow/v1.0"_s + w.armId() + u'?') } } },
            { u"Studio"_s,
                QJsonObject { { u"jobServiceType"_s, u"Studio"_s },
                    { u"endpoint"_s,
                        QString(u"https://ml.azure.com/runs/%1?wsid=%2"_s.arg(j.name, w.armId())) } } } });
    QJsonObject outputs = properties.value(u"outputs"_s).toObject();
    for (auto it = j.outputUris.begin(); it != j.outputUris.end(); ++it) {
        QJsonObject output = outputs.value(it.key()).toObject();
        if (output.isEmpty())
            output = { { u"jobOutputType"_s, u"uri_folder"_s }, { u"mode"_s, u"ReadWriteMount"_s } };
        output.insert(u"uri"_s, it.value());
        outputs.insert(it.key(), output);
    }
    properties.insert(u"outputs"_s, outputs);
    // 2022-10-01 has no member for a job's error (JobBase allows no other members): the
    // sandbox puts it in the free string map properties.properties.
    if (!j.errorMessage.isEmpty()) {
        QJsonObject map = properties.value(u"properties"_s).toObject();
        map.insert(u"mlstudio.errorCode"_s, j.errorCode);
        map.insert(u"mlstudio.errorMessage"_s, j.errorMessage);
        properties.insert(u"properties"_s, map);
    }
    body.insert(u"properties"_s, properties);
    return body;
}

void JobRoutes::submit(const AmlWorkspace &w, const QString &name, const QJsonObject &body,
    std::function<void(int, const QJsonObject &)> done)
{
    if (!AmlSupport::isAssetName(name))
        return done(400,
            armError(u"UserError"_s,
                u"The job name '%1' is not valid: use letters, digits, '-', '_' and '.'."_s.arg(name)));
    const QString key = w.key() + u"/jobs/"_s + name.toLower();
    if (m_support->state().jobs.contains(key))
        return done(409,
            armError(u"Conflict"_s,
                u"Job '%1' already exists: job definitions are immutable. Submit the job under a new name."_s
                    .arg(name)));
    auto parsed = aml::parseJob(body);
    if (const auto *error = std::get_if<aml::JobSpecError>(&parsed))
        return done(error->status, error->toJson());
    const aml::JobPlan plan = std::get<aml::JobPlan>(parsed);
    // Data inputs must resolve (datastore, data asset) and their blobs exist, as the service
    // checks at submission.
    auto missing = std::make_shared<QList<BlobLocation>>();
    auto names = std::make_shared<QStringList>();
    const StorageAccount account = m_support->context()->storage.value_or(StorageAccount {});
    for (const QString &input : plan.dataInputs()) {
        const aml::JobInput in = plan.inputs.value(input);
        auto resolved = resolveAmlUri(m_support->state(), w, account, in.uri);
        if (const auto *error = std::get_if<UriError>(&resolved))
            return done(400,
                armError(u"UserError"_s, u"Input '%1': %2"_s.arg(input, error->message),
                    u"properties.inputs.%1.uri"_s.arg(input)));
        const BlobLocation blob = std::get<BlobLocation>(resolved);
        if (!blob.blob.endsWith(u'/') && in.type == u"uri_file"_s) {
            missing->append(blob);
            names->append(input);
        }
    }
    auto pending = std::make_shared<PendingSubmit>(
        PendingSubmit { w.key(), key, name, plan, std::move(*missing), std::move(*names), std::move(done) });
    checkInputBlobs(pending, 0);
}

void JobRoutes::checkInputBlobs(const std::shared_ptr<PendingSubmit> &pending, int index)
{
    if (index == pending->blobs.size()) {
        AmlJob j;
        j.workspaceKey = pending->workspaceKey;
        j.name = pending->name;
        j.properties = pending->plan.properties;
        j.status = u"Starting"_s;
        j.created = QDateTime::currentDateTimeUtc();
        m_support->state().jobs.insert(pending->key, j);
        m_support->changed();
        m_runner->start(pending->key, pending->plan);
        return pending->done(201, {});
    }
    const BlobLocation blob = pending->blobs.at(index);
    blobio::head(m_support->context()->nam, blob, m_runner,
        [this, pending, index, blob](const blobio::Properties &, const Error &error) {
            if (!error)
                return checkInputBlobs(pending, index + 1);
            const QString input = pending->inputs.at(index);
            pending->done(400,
                armError(u"UserError"_s,
                    error.isNotFound()
                        ? u"Input '%1': the file %2 does not exist in the workspace's storage."_s.arg(
                            input, blob.relativeLocation())
                        : u"Input '%1': %2 cannot be read: %3"_s.arg(
                            input, blob.relativeLocation(), error.message()),
                    u"properties.inputs.%1.uri"_s.arg(input)));
        });
}

void JobRoutes::onPut(const Request &request, const ResponderPtr &responder)
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    const auto body = w ? m_support->body(request, responder) : std::nullopt;
    if (!body)
        return;
    const QString key = w->key() + u"/jobs/"_s + request.capture(4).toLower();
    submit(*w, request.capture(4), *body, [this, responder, key](int status, const QJsonObject &error) {
        if (status != 201)
            return responder->sendJson(status, error, armHeaders(responder->requestId()));
        const AmlJob &j = m_support->state().jobs[key];
        m_support->sendJson(responder, 201, jobJson(j),
            { { "Location",
                (m_support->base() + m_support->state().workspaces[j.workspaceKey].armId() + u"/jobs/"_s
                    + j.name + u"?api-version=2022-10-01"_s)
                    .toUtf8() } });
    });
}

AmlJob *JobRoutes::job(const Request &request, const ResponderPtr &responder) const
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    if (!w)
        return nullptr;
    auto &all = m_support->state().jobs;
    const auto it = all.find(w->key() + u"/jobs/"_s + request.capture(4).toLower());
    if (it == all.end()) {
        m_support->sendNotFound(responder, jobType, request.capture(4));
        return nullptr;
    }
    return &*it;
}

void JobRoutes::onGet(const Request &request, const ResponderPtr &responder)
{
    if (const AmlJob *j = job(request, responder))
        m_support->sendJson(responder, 200, jobJson(*j));
}

void JobRoutes::onList(const Request &request, const ResponderPtr &responder)
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    if (!w)
        return;
    const QString type = request.query(u"jobType");
    QList<const AmlJob *> list;
    for (const AmlJob &j : std::as_const(m_support->state().jobs))
        if (j.workspaceKey == w->key()
            && (type.isEmpty()
                || j.properties.value(u"jobType"_s).toString().compare(type, Qt::CaseInsensitive) == 0))
            list.append(&j);
    std::sort(
        list.begin(), list.end(), [](const AmlJob *a, const AmlJob *b) { return a->created > b->created; });
    QJsonArray items;
    for (const AmlJob *j : std::as_const(list))
        items.append(jobJson(*j));
    m_support->sendList(request, responder, items);
}

void JobRoutes::onCancel(const Request &request, const ResponderPtr &responder)
{
    AmlJob *j = job(request, responder);
    if (!j)
        return;
    if (j->isTerminal())
        return m_support->sendError(responder, 400, u"UserError"_s,
            u"Job '%1' is already %2 and cannot be canceled."_s.arg(j->name, j->status));
    const QString key = j->key();
    const AmlWorkspace &w = m_support->state().workspaces[j->workspaceKey];
    m_runner->cancel(key);
    const QString id = m_operations->start(u"jc"_s, w, u"cancel"_s, key, {}, 0,
        [](AmlOperation &, AmlOperations::Finish finish) { finish({}, {}); });
    responder->sendEmpty(202, armHeaders(responder->requestId()) + m_operations->locationHeaders(id, false));
}

void JobRoutes::onComponent(const Request &request, const ResponderPtr &responder)
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    if (!w)
        return;
    const aml::Component *c = aml::findComponentByName(request.capture(4));
    if (!c || request.capture(5) != aml::componentVersion)
        return m_support->sendNotFound(responder,
            u"Microsoft.MachineLearningServices/workspaces/components/versions"_s,
            request.capture(4) + u'/' + request.capture(5));
    m_support->sendJson(responder, 200,
        aml::componentVersionJson(
            *c, w->armId() + u"/components/"_s + c->name + u"/versions/"_s + aml::componentVersion));
}

void JobRoutes::onComponents(const Request &request, const ResponderPtr &responder)
{
    const AmlWorkspace *w = m_support->workspace(request, responder);
    if (!w)
        return;
    QJsonArray items;
    for (const aml::Component &c : aml::components())
        items.append(aml::componentVersionJson(
            c, w->armId() + u"/components/"_s + c.name + u"/versions/"_s + aml::componentVersion));
    m_support->sendList(request, responder, items);
}

} // namespace mlr::server
