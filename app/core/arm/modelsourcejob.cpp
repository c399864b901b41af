#include "arm/modelsourcejob.h"

#include "arm/armjobs.h"
#include "arm/modelupdate.h"
#include "ml/evaluationinputs.h"
#include "storage/storageclient.h"

#include <QTimer>

namespace mlr::arm {

namespace {


// The blob refusal of a rollback (no job): only a missing model stops it.
QStringList rollbackBlobRefusals(const QString &uri, const BlobFacts &model)
{
    if (model.presence != BlobFacts::Presence::Missing)
        return {};
    return { ModelSource::tr("The model %1 does not exist (no such blob): the service would be pointed at "
                    "nothing. Choose another backup.")
                 .arg(uri) };
}

} // namespace

ModelSourceCheckJob::ModelSourceCheckJob(QNetworkAccessManager *nam, TokenProvider *tokens, ArmTarget target,
    ModelSourceRequest request, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_target(std::move(target))
    , m_request(std::move(request))
{ }

ModelSourceCheckJob::~ModelSourceCheckJob() = default;

void ModelSourceCheckJob::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_request.job) {
        m_facts.job = *m_request.job;
        m_facts.pair = m_request.pair;
    }
    m_facts.predictiveName = m_request.predictiveName;
    m_facts.predictive = m_request.predictive;
    QTimer::singleShot(0, this, [this] {
        if (m_request.job && m_request.job->state == ml::JobState::Finished)
            return readTraining();
        if (m_request.job) // not finished: the job's state is the refusal, nothing to read
            return finish();
        probe(m_request.newUri, &m_report.model, [this] { compareCurrent(); });
    });
}

void ModelSourceCheckJob::readTraining()
{
    if (m_request.job->serviceName.isEmpty()) {
        m_facts.trainingError = Error::input(ModelSource::tr("the job record names no training service"));
        return probe(m_request.newUri, &m_report.model, [this] { compareCurrent(); });
    }
    m_get = std::make_unique<WebServiceGetJob>(
        m_nam.data(), m_tokens.data(), m_target, m_request.job->serviceName);
    m_get->setRetryPolicy(m_policy);
    connect(m_get.get(), &WebServiceGetJob::finished, this,
        [this](const QJsonObject &service, const Error &error) {
            m_get.release()->deleteLater();
            if (error)
                m_facts.trainingError = error;
            else
                m_facts.training = service;
            probe(m_request.newUri, &m_report.model, [this] { compareCurrent(); });
        });
    m_get->start();
}

void ModelSourceCheckJob::probe(const QUrl &uri, BlobFacts *facts, std::function<void()> next)
{
    if (!m_request.storage || !m_nam) {
        facts->presence = BlobFacts::Presence::Unchecked;
        return next();
    }
    Error where;
    const auto location = ml::locationFromUrl(*m_request.storage, uri, &where);
    if (!location) {
        facts->presence = BlobFacts::Presence::Unreadable;
        facts->why = ModelSource::tr("it is not in the storage account '%1' this profile can read.")
                         .arg(m_request.storage->name);
        return next();
    }
    StorageClient client { m_nam, location->account, m_policy, RequestFactory() };
    m_call.reset(client.newCall("HEAD", client.blobUrl(location->container, location->blob), {}, {},
        ModelSource::tr("Looking for the model blob"), nullptr));
    connect(m_call.get(), &HttpCall::finished, this,
        [this, facts, next](const HttpResponse &response, const Error &error) {
            m_call.release()->deleteLater();
            if (error.isNotFound()) {
                facts->presence = BlobFacts::Presence::Missing;
            } else if (error) {
                facts->presence = BlobFacts::Presence::Unreadable;
                facts->why = error.message();
            } else {
                facts->presence = BlobFacts::Presence::Exists;
                bool ok = false;
                facts->size = response.header("Content-Length").toLongLong(&ok);
                if (!ok)
                    facts->size = -1;
                facts->contentMd5 = response.header("Content-MD5");
            }
            next();
        });
    m_call->start();
}

void ModelSourceCheckJob::compareCurrent()
{
    if (m_report.model.presence != BlobFacts::Presence::Exists || m_request.currentUri.isEmpty())
        return finish();
    if (sameModelUri(m_request.currentUri, m_request.newUri.toString())) {
        m_report.current = m_report.model;
        m_report.identical = true;
        return finish();
    }
    probe(QUrl(m_request.currentUri), &m_report.current, [this] {
        const std::optional<bool> same = sameBlobProperties(m_report.model, m_report.current);
        if (same) {
            m_report.identical = *same;
            return finish();
        }
        compareBytes();
    });
}

void ModelSourceCheckJob::compareBytes()
{
    const QUrl uris[2] = { m_request.newUri, QUrl(m_request.currentUri) };
    std::unique_ptr<HttpCall> *calls[2] = { &m_call, &m_second };
    for (int i = 0; i < 2; ++i) {
        const auto location = ml::locationFromUrl(*m_request.storage, uris[i], nullptr);
        StorageClient client { m_nam, location->account, m_policy, RequestFactory() };
        calls[i]->reset(client.newCall("GET", client.blobUrl(location->container, location->blob),
            { { "Accept-Encoding", "identity" } }, {}, ModelSource::tr("Comparing the new model with the current one"),
            nullptr));
        connect(calls[i]->get(), &HttpCall::finished, this,
            [this, i](const HttpResponse &response, const Error &error) {
                m_bytes[i] = response.body;
                m_bytesFailed = m_bytesFailed || bool(error); // unknown: not identical (the update goes on)
                if (++m_bodies == 2) {
                    m_report.identical = !m_bytesFailed && m_bytes[0] == m_bytes[1];
                    finish();
                }
            });
    }
    m_call->start();
    m_second->start();
}

void ModelSourceCheckJob::finish()
{
    QTimer::singleShot(0, this, [this] {
        if (m_finished)
            return;
        m_finished = true;
        m_call.reset();
        m_second.reset();
        const QString uri = m_request.newUri.toString();
        if (m_request.job) {
            m_facts.model = m_report.model;
            m_report.check = checkModelSource(m_facts, uri);
        } else {
            m_report.check.refusals = rollbackBlobRefusals(uri, m_report.model);
            if (m_report.model.presence == BlobFacts::Presence::Unreadable)
                m_report.check.warnings.append(
                    ModelSource::tr("The model %1 could not be checked: %2").arg(uri, m_report.model.why));
        }
        if (!m_report.check.refusals.isEmpty())
            m_report.identical = false;
        Q_EMIT finished(m_report);
    });
}

} // namespace mlr::arm
