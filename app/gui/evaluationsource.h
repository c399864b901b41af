#pragma once

#include "eval/evaltypes.h"
#include "http/error.h"

#include <QObject>

#include <memory>

namespace mlr::ml {
struct JobRecord;
}

namespace mlr::gui {

class WizardState;

// Where the Evaluate step gets its comparison from, chosen once per job from the journal
// record's kind (createEvaluationSource): the classic web services (ml::EvaluationJob with the
// profile's API keys and storage account) or an Azure Machine Learning (v2) workspace
// (azureml::AmlJobEvaluation with the session's sign-in).
// Contract: start() once; progress() as it goes (stage: a translated sentence; done/total in
// the stage's unit, total 0 = unknown); finished() exactly once, from the event loop, with the
// comparison (null on error), the gate's verdict, a translated note on how the models were
// compared (may be empty), and an error whose message is the sentence to show. Destroying the
// source cancels it (no signal).
class EvaluationSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;

Q_SIGNALS:
    void progress(const QString &stage, qint64 done, qint64 total);
    void finished(std::shared_ptr<const mlr::eval::Comparison> comparison,
        const mlr::eval::GateVerdict &verdict, const QString &note, const mlr::Error &error);
};

// The source for `record` (ml::JobKind::AzureMl: the v2 one; else the classic one). It reads
// the state (profile, secrets, storage account, workspace session) when started; `state` must
// outlive it.
std::unique_ptr<EvaluationSource> createEvaluationSource(WizardState *state, const ml::JobRecord &record);

} // namespace mlr::gui
