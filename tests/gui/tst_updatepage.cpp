// The Update step against mlstudio-local (demo seeded) + its Azurite, offscreen, driven like a
// user: a real retraining job (BES on the demo training service) recorded in a private job
// journal; sign-in with the demo client secret (and a wrong one), the predictive service
// listed and pre-selected, the guard and the diff with the job's .ilearner, update -> Updated
// with the read-back, rollback to the backup -> the old uri again, the training service
// refused, "success without effect" (fault arm.patch=noop) reported as not applied, and the
// equivalent commands without the secret; since issue 12 also a model identical to the
// current one ("nothing to update") and the automatic rollback after scoring errors.
#include "arm/definition.h"
#include "guitest.h"
#include "history/history.h"
#include "ml/jobjournal.h"
#include "profile/profilestore.h"
#include "secrets/secretstore.h"
#include "storage/storageclient.h"
#include "tst_serversupport.h"
#include "updatepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace mlr;
using namespace mlr::gui;
using mlr::gui::test::WizardFixture;
using namespace mlr::test;

namespace {

constexpr auto Update = RetrainWizard::UpdatePageId;

} // namespace

class TestUpdatePage : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QJsonObject m_demo;
    QTemporaryDir m_dir;
    QString m_jobId, m_retrainedUri, m_initialUri, m_predictive, m_training;
    std::unique_ptr<WizardFixture> m_f;

    Profile demoProfile() const
    {
        Profile p;
        p.name = QStringLiteral("Sandbox test");
        p.predictiveServiceName = m_predictive;
        p.predictiveRequestUrl = QUrl(m_demo.value(QStringLiteral("predictiveService"))
                                          .toObject()
                                          .value(QStringLiteral("requestUrl"))
                                          .toString());
        p.trainingServiceName = m_training;
        p.loginUrl = QUrl(m_demo.value(QStringLiteral("loginUrl")).toString());
        p.armUrl = QUrl(m_demo.value(QStringLiteral("armUrl")).toString());
        p.tenantId = m_demo.value(QStringLiteral("tenant")).toString();
        p.clientId = m_demo.value(QStringLiteral("clientId")).toString();
        p.subscriptionId = m_demo.value(QStringLiteral("subscriptionId")).toString();
        p.resourceGroup = m_demo.value(QStringLiteral("resourceGroup")).toString();
        return p;
    }

    // An .ilearner (magic line, header line, payload) with its payload written indented and the
    // header's size and checksum to match: the same model in other bytes.
    static QByteArray reserialised(const QByteArray &ilearner)
    {
        const qsizetype magic = ilearner.indexOf('\n') + 1;
        const qsizetype header = ilearner.indexOf('\n', magic) + 1;
        const QByteArray payload
            = QJsonDocument::fromJson(ilearner.mid(header)).toJson(QJsonDocument::Indented);
        QJsonObject h = QJsonDocument::fromJson(ilearner.mid(magic, header - magic - 1)).object();
        h.insert(QStringLiteral("payloadBytes"), payload.size());
        h.insert(QStringLiteral("payloadSha256"),
            QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex()));
        return ilearner.left(magic) + QJsonDocument(h).toJson(QJsonDocument::Compact) + '\n' + payload;
    }

    UpdatePage *page() const { return qobject_cast<UpdatePage *>(m_f->page(Update)); }
    template<typename T> T *find(const char *name) const { return m_f->find<T>(Update, name); }
    QString message(const char *name) const { return find<InlineMessage>(name)->text(); }

    // With MLR_SCREENSHOT_DIR set (scripts/screenshots), saves the wizard as DIR/<name>.png.
    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("MLR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents();
        QVERIFY(m_f->wizard->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }

    void setFaults(const QString &spec)
    {
        const HttpResult r = http("PUT", QUrl(m_server.arm + QStringLiteral("/admin/faults")), spec.toUtf8());
        QVERIFY2(r.status == 200 || r.status == 204, qPrintable(r.describe()));
    }

    void signIn(const QString &secret)
    {
        find<QComboBox>("methodCombo")->setCurrentIndex(0);
        find<QLineEdit>("secretEdit")->setText(secret);
        QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
        MLR_WAIT_IDLE(page(), 30000);
    }

    void choose(const QString &service)
    {
        auto *combo = find<QComboBox>("serviceCombo");
        const int index = combo->findData(service);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        MLR_WAIT_IDLE(page(), 30000);
    }

    // Confirms and clicks `button`; *out gets the result of the flow.
    void run(const char *button, arm::ModelUpdateResult *out)
    {
        QSignalSpy done(page(), &UpdatePage::updateFinished);
        if (qstrcmp(button, "updateButton") == 0) {
            find<QCheckBox>("confirmCheck")->setChecked(true);
            find<QCheckBox>("overrideCheck")->setChecked(true); // the gate failed (initTestCase)
        }
        auto *b = find<QPushButton>(button);
        QVERIFY(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
        QVERIFY(done.wait(60000));
        MLR_WAIT_IDLE(page(), 30000); // the plan of the service as it is now
        *out = done.first().at(0).value<arm::ModelUpdateResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<arm::ModelUpdateResult>();
        qputenv("MLR_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QString why;
        QVERIFY2(m_server.start({ QStringLiteral("--seed-demo"), QStringLiteral("--operation-delay"),
                                    QStringLiteral("200"), QStringLiteral("--device-code-interval"),
                                    QStringLiteral("1") },
                     &why),
            qPrintable(why));
        m_demo = m_server.demo();
        m_predictive = m_demo.value(QStringLiteral("predictiveService"))
                           .toObject()
                           .value(QStringLiteral("name"))
                           .toString();
        m_training = m_demo.value(QStringLiteral("trainingService"))
                         .toObject()
                         .value(QStringLiteral("name"))
                         .toString();

        // A real retraining job on the demo training service, recorded as the Submit step does.
        const QString connection = m_demo.value(QStringLiteral("storageConnectionString")).toString();
        QFile csv(QDir(m_server.dataDir()).filePath(QStringLiteral("census-new.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(putBlob(
            connection, QStringLiteral("gui-inputs"), QStringLiteral("census-new.csv"), csv.readAll()));
        const QJsonObject training = m_demo.value(QStringLiteral("trainingService")).toObject();
        const QString base = training.value(QStringLiteral("batchUrl")).toString();
        const QString key = training.value(QStringLiteral("apiKey")).toString();
        m_jobId = besSubmitAndStart(base, key,
            besTrainingRequest(
                connection, QStringLiteral("gui-inputs/census-new.csv"), QStringLiteral("gui")));
        QVERIFY(!m_jobId.isEmpty());
        const QJsonObject status
            = waitJob(base + QStringLiteral("/jobs/") + m_jobId + QStringLiteral("?api-version=2.0"), key);
        QCOMPARE(status.value(QStringLiteral("StatusCode")).toString(), QStringLiteral("Finished"));
        const QJsonObject model
            = status.value(QStringLiteral("Results")).toObject().value(QStringLiteral("output1")).toObject();
        const QUrl modelBlob
            = arm::modelUriFromLocation(model.value(QStringLiteral("BaseLocation")).toString(),
                model.value(QStringLiteral("RelativeLocation")).toString());
        m_retrainedUri = modelBlob.toString();
        ml::JobRecord record;
        record.jobId = m_jobId;
        record.profile = demoProfile().name;
        record.serviceName = m_training;
        record.batchUrl = QUrl(base);
        record.outputs.insert(QStringLiteral("output1"), modelBlob);
        record.roles.insert(QStringLiteral("model"), QStringLiteral("output1"));
        record.state = ml::JobState::Finished;
        record.submitted = record.ended = QDateTime::currentDateTimeUtc();
        QVERIFY(!ml::JobJournal().record(record));

        // The Evaluate step's verdict for this job: failed, so the update needs an override.
        history::Event evaluation;
        evaluation.kind = history::EventKind::Evaluation;
        evaluation.jobId = m_jobId;
        evaluation.summary = QStringLiteral("AUC is lower than the current model's.");
        evaluation.details = QVariantMap { { QStringLiteral("passed"), false },
            { QStringLiteral("verdict"), QStringLiteral("AUC is lower than the current model's.") } };
        QVERIFY(!history::HistoryStore().append(evaluation));

        const Profile profile = demoProfile();
        const QString jobId = m_jobId;
        const QString apiKey = m_demo.value(QStringLiteral("predictiveService"))
                                   .toObject()
                                   .value(QStringLiteral("apiKey"))
                                   .toString();
        m_f = std::make_unique<WizardFixture>(Update, [&](WizardState &state) {
            QVERIFY(!state.profiles().save(profile).isError());
            state.setProfile(profile);
            // As the Credentials step leaves it: the guard reads the model blobs with it.
            state.setStorageAccount(StorageAccount::fromConnectionString(connection, nullptr));
            state.setJobId(jobId);
            std::unique_ptr<SecretWriteJob> write(
                state.secrets()->write(profile.name, SecretKind::PredictiveApiKey, apiKey, nullptr));
            QSignalSpy written(write.get(), &SecretWriteJob::finished);
            write->start();
            QVERIFY(written.wait());
        });
        page()->setRetryPolicy(
            RetryPolicy { 8, std::chrono::milliseconds(20), std::chrono::milliseconds(200) });
        page()->setPollInterval(std::chrono::milliseconds(100), std::chrono::milliseconds(300));
        QTRY_VERIFY(find<QLabel>("modelLabel")->text().contains(m_retrainedUri));
    }

    void cleanupTestCase()
    {
        m_f.reset();
        m_server.stop();
    }

    void wrongSecretSaysSo()
    {
        signIn(QStringLiteral("not-the-secret"));
        QVERIFY(!page()->isSignedIn());
        QVERIFY2(message("signInMessage").startsWith(QStringLiteral("Sign-in failed")),
            qPrintable(message("signInMessage")));
        QCOMPARE(find<QComboBox>("serviceCombo")->count(), 0);
    }

    // Tab walks the page top to bottom: each control's next listed control in the focus chain.
    void tabOrder()
    {
        const QStringList order { QStringLiteral("methodCombo"), QStringLiteral("secretEdit"),
            QStringLiteral("staySignedInCheck"), QStringLiteral("signInButton"),
            QStringLiteral("serviceCombo"), QStringLiteral("refreshButton"), QStringLiteral("diffView"),
            QStringLiteral("confirmCheck"), QStringLiteral("overrideCheck"), QStringLiteral("updateButton"),
            QStringLiteral("timelineList"), QStringLiteral("backupCombo"), QStringLiteral("rollbackButton"),
            QStringLiteral("historyList"), QStringLiteral("commandsButton"), QStringLiteral("reportButton") };
        for (qsizetype i = 0; i + 1 < order.size(); ++i) {
            QWidget *w = find<QWidget>(qPrintable(order.at(i)));
            QVERIFY(w);
            // The next listed control after w in the focus chain.
            QString next;
            for (QWidget *n = w->nextInFocusChain(); n != w && next.isEmpty(); n = n->nextInFocusChain()) {
                if (order.contains(n->objectName()))
                    next = n->objectName();
            }
            QCOMPARE(next, order.at(i + 1));
        }
    }

    // The profile names a service that is not there: said so, nothing chosen for the user.
    void serviceNotFound()
    {
        Profile p = demoProfile();
        p.predictiveServiceName = QStringLiteral("no-such-service");
        const QString jobId = m_jobId;
        WizardFixture other(Update, [&](WizardState &state) {
            state.setProfile(p);
            state.setJobId(jobId);
        });
        auto *otherPage = qobject_cast<UpdatePage *>(other.page(Update));
        other.find<QLineEdit>(Update, "secretEdit")
            ->setText(m_demo.value(QStringLiteral("clientSecret")).toString());
        QTest::mouseClick(other.find<QPushButton>(Update, "signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(otherPage->isSignedIn() && !otherPage->isBusy(), 20000);
        auto *combo = other.find<QComboBox>(Update, "serviceCombo");
        QVERIFY(combo->count() >= 2);
        QCOMPARE(combo->currentIndex(), -1);
        const auto *msg = other.find<InlineMessage>(Update, "serviceMessage");
        QCOMPARE(msg->kind(), InlineMessage::Kind::Warning);
        QVERIFY2(msg->text().contains(QStringLiteral("no-such-service")), qPrintable(msg->text()));
        QVERIFY(!other.find<QPushButton>(Update, "updateButton")->isEnabled());
        QVERIFY(!other.find<QCheckBox>(Update, "confirmCheck")->isEnabled());
    }

    void signInListsAndChecksThePredictiveService()
    {
        signIn(m_demo.value(QStringLiteral("clientSecret")).toString());
        QVERIFY2(page()->isSignedIn(), qPrintable(message("signInMessage")));
        auto *combo = find<QComboBox>("serviceCombo");
        QVERIFY(combo->findData(m_training) >= 0);
        QCOMPARE(combo->currentData().toString(), m_predictive); // the profile's choice
        QCOMPARE(find<InlineMessage>("guardMessage")->kind(), InlineMessage::Kind::Positive);
        const QString diff = find<QPlainTextEdit>("diffView")->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("locationInfo.uri")) && diff.contains(m_retrainedUri),
            qPrintable(diff));
        m_initialUri
            = diff.section(QStringLiteral(": "), 1).section(QStringLiteral(" → "), 0, 0).remove(u'"');
        QVERIFY2(m_initialUri.endsWith(QStringLiteral(".ilearner")), qPrintable(diff));
        // Nothing happens before the user confirms.
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());
        QCOMPARE(find<QPushButton>("updateButton")->text(), QStringLiteral("Update %1").arg(m_predictive));
        find<QCheckBox>("confirmCheck")->setChecked(true);
        // The gate failed: the update also needs the explicit override.
        QCOMPARE(find<InlineMessage>("gateMessage")->kind(), InlineMessage::Kind::Warning);
        QVERIFY(message("gateMessage").contains(QStringLiteral("AUC is lower")));
        auto *override = find<QCheckBox>("overrideCheck");
        QVERIFY(override->isVisible() && !override->isChecked());
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());
        override->setChecked(true);
        QVERIFY(find<QPushButton>("updateButton")->isEnabled());
        find<QCheckBox>("confirmCheck")->setChecked(false);
        override->setChecked(false);
    }

    void updateThenRollBack()
    {
        arm::ModelUpdateResult updated;
        run("updateButton", &updated);
        QCOMPARE(updated.state, arm::ServiceState::Updated);
        QVERIFY(arm::sameModelUri(updated.verifiedUri, m_retrainedUri));
        QCOMPARE(find<InlineMessage>("resultMessage")->kind(), InlineMessage::Kind::Positive);
        QVERIFY2(message("resultMessage").startsWith(QStringLiteral("Updated")),
            qPrintable(message("resultMessage")));
        QVERIFY(find<QListWidget>("timelineList")->count() >= 5); // the steps, one line each
        QVERIFY(QFile::exists(updated.backupFile));
        // The smoke test scored the sample rows before and after: the retrained model answers differently.
        QCOMPARE(find<InlineMessage>("smokeMessage")->kind(), InlineMessage::Kind::Positive);
        QVERIFY2(message("smokeMessage").startsWith(QStringLiteral("Smoke test:")),
            qPrintable(message("smokeMessage")));
        screenshot(QStringLiteral("update-updated"));
        // The update is in the history, next to the job and its evaluation.
        QStringList history;
        for (int i = 0; i < find<QListWidget>("historyList")->count(); ++i)
            history << find<QListWidget>("historyList")->item(i)->text();
        QVERIFY2(
            history.size() >= 3 && history.first().contains(m_predictive), qPrintable(history.join(u'\n')));
        // Now the same job's model is the service's: said so, nothing to update, Update closed.
        QCOMPARE(find<InlineMessage>("guardMessage")->kind(), InlineMessage::Kind::Information);
        QVERIFY2(message("guardMessage").startsWith(m_predictive + QStringLiteral(" now serves this model"))
                && message("guardMessage").endsWith(QStringLiteral("There is nothing to update.")),
            qPrintable(message("guardMessage")));
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());

        auto *backups = find<QComboBox>("backupCombo");
        QVERIFY(backups->count() >= 1);
        backups->setCurrentIndex(backups->findData(updated.backupFile));
        QVERIFY(backups->currentIndex() >= 0);
        arm::ModelUpdateResult rolledBack;
        run("rollbackButton", &rolledBack);
        QCOMPARE(rolledBack.state, arm::ServiceState::Updated);
        QVERIFY2(arm::sameModelUri(rolledBack.verifiedUri, m_initialUri), qPrintable(rolledBack.verifiedUri));
        QVERIFY2(message("resultMessage").startsWith(QStringLiteral("Rolled back")),
            qPrintable(message("resultMessage")));
        QCOMPARE(find<InlineMessage>("smokeMessage")->kind(), InlineMessage::Kind::Positive);
        const QList<history::Event> events = history::HistoryStore().events();
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.first().kind, history::EventKind::Rollback);
        QCOMPARE(find<InlineMessage>("guardMessage")->kind(), InlineMessage::Kind::Positive);
        // The decision report saved now describes the update and says it was rolled back.
        const QString report = m_dir.filePath(QStringLiteral("rolled-back.html"));
        QVERIFY(!page()->saveReport(report));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY2(
            html.contains(QStringLiteral("This update was rolled back on ")), qPrintable(html.left(3000)));
        QVERIFY(html.contains(updated.newUri.toHtmlEscaped()));
    }

    // Issue 15: after an update the page's messages describe the service as it is now: no
    // planning text ("Check before you update", "already points at this model", "identical to
    // the current one", "before you update") and no failed-gate warning above the success, but
    // "now serves this model" and a note of the decision to update without a passed gate (the
    // failed gate overridden, or no evaluation recorded); after the rollback, neither note.
    void messagesDescribeTheServiceAfterUpdateAndRollback_data()
    {
        QTest::addColumn<QString>("jobSuffix"); // "": the job whose gate failed (initTestCase)
        QTest::addColumn<QString>("gateAfterUpdate");
        QTest::addColumn<QString>("gateAfterRollback");
        QTest::newRow("gate failed, overridden")
            << QString() << QStringLiteral("You overrode it and updated ")
            << QStringLiteral("that update was rolled back, so updating again needs a new override.");
        QTest::newRow("no evaluation recorded")
            << QStringLiteral("-noeval") << QStringLiteral("you updated ")
            << QStringLiteral("check it on the Evaluate step before you update.");
    }

    void messagesDescribeTheServiceAfterUpdateAndRollback()
    {
        QFETCH(QString, jobSuffix);
        QFETCH(QString, gateAfterUpdate);
        QFETCH(QString, gateAfterRollback);
        const Profile profile = demoProfile();
        const QString jobId = m_jobId + jobSuffix;
        if (!jobSuffix.isEmpty()) { // the same model, from a job without an evaluation
            ml::JobRecord copy = *ml::JobJournal().find(m_jobId);
            copy.jobId = jobId;
            QVERIFY(!ml::JobJournal().record(copy));
        }
        const QString connection = m_demo.value(QStringLiteral("storageConnectionString")).toString();
        WizardFixture other(Update, [&](WizardState &state) {
            QVERIFY(!state.profiles().save(profile).isError());
            state.setProfile(profile);
            state.setStorageAccount(StorageAccount::fromConnectionString(connection, nullptr));
            state.setJobId(jobId);
        });
        auto *p = qobject_cast<UpdatePage *>(other.page(Update));
        p->setRetryPolicy(RetryPolicy { 8, std::chrono::milliseconds(20), std::chrono::milliseconds(200) });
        p->setPollInterval(std::chrono::milliseconds(100), std::chrono::milliseconds(300));
        const auto msg = [&](const char *name) {
            return other.find<InlineMessage>(Update, name);
        };
        const auto visibleTexts = [&] {
            QStringList texts;
            for (const InlineMessage *m : p->findChildren<InlineMessage *>())
                if (m->isVisible())
                    texts << m->text();
            return texts.join(u'\n');
        };
        other.find<QLineEdit>(Update, "secretEdit")
            ->setText(m_demo.value(QStringLiteral("clientSecret")).toString());
        QTest::mouseClick(other.find<QPushButton>(Update, "signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(p->isSignedIn() && !p->isBusy(), 30000);
        QCOMPARE(other.find<QComboBox>(Update, "serviceCombo")->currentData().toString(), m_predictive);
        QVERIFY2(msg("guardMessage")->kind() != InlineMessage::Kind::Error, qPrintable(visibleTexts()));
        QCOMPARE(msg("gateMessage")->kind(),
            jobSuffix.isEmpty() ? InlineMessage::Kind::Warning : InlineMessage::Kind::Information);

        const auto click = [&](const char *button) {
            QSignalSpy done(p, &UpdatePage::updateFinished);
            auto *b = other.find<QPushButton>(Update, button);
            QVERIFY2(b->isEnabled(), qPrintable(visibleTexts()));
            QTest::mouseClick(b, Qt::LeftButton);
            QVERIFY(done.wait(60000));
            MLR_WAIT_IDLE(p, 30000); // the plan of the service as it is now
        };
        other.find<QCheckBox>(Update, "confirmCheck")->setChecked(true);
        other.find<QCheckBox>(Update, "overrideCheck")->setChecked(true);
        click("updateButton");
        if (QTest::currentTestFailed())
            return;
        QVERIFY(p->lastResult() && p->lastResult()->state == arm::ServiceState::Updated);
        QString texts = visibleTexts();
        QVERIFY2(texts.contains(QStringLiteral("Updated: the service reads back the new model")),
            qPrintable(texts));
        QVERIFY2(!texts.contains(QStringLiteral("Check before you update")), qPrintable(texts));
        QVERIFY2(!texts.contains(QStringLiteral("already points at this model")), qPrintable(texts));
        QVERIFY2(!texts.contains(QStringLiteral("Updating needs an explicit override")), qPrintable(texts));
        QVERIFY2(!texts.contains(QStringLiteral("identical to the current one")), qPrintable(texts));
        QVERIFY2(!texts.contains(QStringLiteral("before you update")), qPrintable(texts));
        QVERIFY2(
            msg("guardMessage")->text().startsWith(m_predictive + QStringLiteral(" now serves this model")),
            qPrintable(texts));
        QVERIFY(msg("guardMessage")->kind() != InlineMessage::Kind::Error);
        QCOMPARE(msg("gateMessage")->kind(), InlineMessage::Kind::Information);
        QVERIFY2(msg("gateMessage")->text().contains(gateAfterUpdate + m_predictive), qPrintable(texts));

        // Back to the model before: the notes of the update go; a new update is decided anew.
        const QString backup = p->lastResult()->backupFile;
        auto *backups = other.find<QComboBox>(Update, "backupCombo");
        backups->setCurrentIndex(backups->findData(backup));
        QVERIFY(backups->currentIndex() >= 0);
        click("rollbackButton");
        if (QTest::currentTestFailed())
            return;
        QVERIFY(p->lastResult() && p->lastResult()->state == arm::ServiceState::Updated);
        texts = visibleTexts();
        QVERIFY2(texts.contains(QStringLiteral("Rolled back: the service reads back")), qPrintable(texts));
        QVERIFY2(!texts.contains(QStringLiteral("serves this model")), qPrintable(texts));
        QVERIFY2(!texts.contains(gateAfterUpdate), qPrintable(texts));
        QCOMPARE(msg("guardMessage")->kind(), InlineMessage::Kind::Positive); // can be updated again
        QVERIFY2(msg("gateMessage")->text().endsWith(gateAfterRollback), qPrintable(texts));
        QVERIFY(
            !other.find<QPushButton>(Update, "updateButton")->isEnabled()); // confirmed and overridden anew
    }

    void trainingServiceRefused()
    {
        choose(m_training);
        QCOMPARE(find<InlineMessage>("guardMessage")->kind(), InlineMessage::Kind::Error);
        QVERIFY(message("guardMessage").contains(QStringLiteral("cannot be updated")));
        QVERIFY(!find<QCheckBox>("confirmCheck")->isEnabled());
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());
        choose(m_predictive);
        QCOMPARE(find<InlineMessage>("guardMessage")->kind(), InlineMessage::Kind::Positive);
    }

    // A read-only service (readOnly set through ARM PATCH): the guard refuses it, Update and
    // Import stay closed to it, and an import is refused before anything is written.
    void readOnlyServiceRefused()
    {
        QFile csv(QDir(m_server.dataDir()).filePath(QStringLiteral("census-initial.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QJsonObject pair { { QStringLiteral("template"), QStringLiteral("two-class") },
            { QStringLiteral("label"), QStringLiteral("income") },
            { QStringLiteral("name"), QStringLiteral("guiro") },
            { QStringLiteral("csv"), QString::fromUtf8(csv.readAll()) } };
        const HttpResult created
            = http("POST", QUrl(m_server.arm + QStringLiteral("/admin/services/from-template")),
                QJsonDocument(pair).toJson(QJsonDocument::Compact),
                { { "Content-Type", "application/json" } }, 120000);
        QVERIFY2(created.status == 201, qPrintable(created.describe()));
        const QString service = QStringLiteral("guiro-predictive");
        const QString token = demoToken(m_demo);
        Headers headers = bearer(token);
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        const QJsonObject readOnly { { QStringLiteral("properties"),
            QJsonObject { { QStringLiteral("readOnly"), true },
                { QStringLiteral("packageType"), QStringLiteral("Graph") } } } };
        const HttpResult patched = http("PATCH", QUrl(serviceUrl(m_demo, service)),
            QJsonDocument(readOnly).toJson(QJsonDocument::Compact), headers);
        QVERIFY2(patched.status == 200 || patched.status == 202, qPrintable(patched.describe()));
        const QByteArray operation = patched.header("Azure-AsyncOperation");
        if (!operation.isEmpty())
            waitOperation(QString::fromUtf8(operation), token);

        QTest::mouseClick(find<QPushButton>("refreshButton"), Qt::LeftButton);
        MLR_WAIT_IDLE(page(), 30000);
        choose(service);
        QCOMPARE(find<InlineMessage>("guardMessage")->kind(), InlineMessage::Kind::Error);
        QVERIFY2(message("guardMessage").contains(QStringLiteral("read-only")),
            qPrintable(message("guardMessage")));
        QVERIFY(!find<QCheckBox>("confirmCheck")->isEnabled());
        find<QCheckBox>("confirmCheck")->setChecked(true);
        find<QCheckBox>("overrideCheck")->setChecked(true);
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());
        find<QCheckBox>("confirmCheck")->setChecked(false);
        find<QCheckBox>("overrideCheck")->setChecked(false);

        // Importing a definition into it is refused before anything is written.
        QSignalSpy imported(page(), &UpdatePage::importFinished);
        page()->importDefinitionFile(
            QStringLiteral(MLR_SOURCE_DIR "/tests/data/arm/census-predictive.export.json"));
        QVERIFY(imported.wait(30000));
        QVERIFY(imported.first().at(0).value<Error>());
        QVERIFY2(message("resultMessage").contains(QStringLiteral("read-only"))
                && message("resultMessage").contains(QStringLiteral("unchanged")),
            qPrintable(message("resultMessage")));
        MLR_WAIT_IDLE(page(), 30000);
        choose(m_predictive);
        QVERIFY(find<InlineMessage>("guardMessage")->kind() != InlineMessage::Kind::Error);
    }

    // The reference's Export-AzMlWebService file names another storage account: the service
    // refuses it with CannotChangeStorageAccount, the page shows the code and says the service
    // is unchanged (its backup was taken first; its model is the same).
    void cannotChangeStorageAccount()
    {
        QVERIFY(find<QPushButton>("importButton")->isEnabled());
        const QString diffBefore = find<QPlainTextEdit>("diffView")->toPlainText();
        QSignalSpy imported(page(), &UpdatePage::importFinished);
        page()->importDefinitionFile(
            QStringLiteral(MLR_SOURCE_DIR "/tests/data/arm/census-predictive.export.json"));
        QVERIFY(page()->isBusy());
        QVERIFY(imported.wait(30000));
        const Error error = imported.first().at(0).value<Error>();
        QCOMPARE(error.serviceCode, QStringLiteral("CannotChangeStorageAccount"));
        QCOMPARE(find<InlineMessage>("resultMessage")->kind(), InlineMessage::Kind::Error);
        QVERIFY2(message("resultMessage").contains(QStringLiteral("CannotChangeStorageAccount"))
                && message("resultMessage").contains(QStringLiteral("The service is unchanged")),
            qPrintable(message("resultMessage")));
        MLR_WAIT_IDLE(page(), 30000);
        QCOMPARE(find<QPlainTextEdit>("diffView")->toPlainText(), diffBefore);
    }

    // A truncated definition file (half of the reference's export) is refused before anything
    // is sent: the message says where the file is wrong and that nothing was imported.
    void truncatedDefinitionRefused()
    {
        QFile full(QStringLiteral(MLR_SOURCE_DIR "/tests/data/arm/census-predictive.export.json"));
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QByteArray bytes = full.readAll();
        QTemporaryDir dir;
        const QString truncated = dir.filePath(QStringLiteral("truncated.json"));
        QFile out(truncated);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() / 2));
        out.close();
        const QString diffBefore = find<QPlainTextEdit>("diffView")->toPlainText();
        QSignalSpy imported(page(), &UpdatePage::importFinished);
        page()->importDefinitionFile(truncated);
        QVERIFY(imported.wait(30000));
        QVERIFY(imported.first().at(0).value<Error>().isError());
        QCOMPARE(find<InlineMessage>("resultMessage")->kind(), InlineMessage::Kind::Error);
        QVERIFY2(message("resultMessage").startsWith(QStringLiteral("Nothing was imported")),
            qPrintable(message("resultMessage")));
        MLR_WAIT_IDLE(page(), 30000);
        QCOMPARE(find<QPlainTextEdit>("diffView")->toPlainText(), diffBefore);
    }

    void successWithoutEffectIsNotApplied()
    {
        setFaults(QStringLiteral("arm.patch=noop,times=1"));
        arm::ModelUpdateResult r;
        run("updateButton", &r);
        setFaults(QString());
        QCOMPARE(r.state, arm::ServiceState::NotApplied);
        QCOMPARE(find<InlineMessage>("resultMessage")->kind(), InlineMessage::Kind::Error);
        QVERIFY2(message("resultMessage").startsWith(QStringLiteral("Not applied")),
            qPrintable(message("resultMessage")));
        QVERIFY(arm::sameModelUri(r.verifiedUri, m_initialUri));
    }

    // The same model under another name and in other bytes: the update succeeds, the smoke test
    // flags it; in the same bytes there is nothing to update.
    void samePredictionsFlagged()
    {
        const QString connection = m_demo.value(QStringLiteral("storageConnectionString")).toString();
        Error error;
        const auto account = StorageAccount::fromConnectionString(connection, &error);
        QVERIFY(account);
        QNetworkAccessManager nam;
        StorageClient client { &nam, *account, RetryPolicy {}, RequestFactory {} };
        const QString container = QUrl(m_initialUri).path().section(u'/', 2, 2); // /account/container/blob
        std::unique_ptr<HttpCall> call(
            client.newCall("GET", client.blobUrl(container, QUrl(m_initialUri).path().section(u'/', 3)), {},
                {}, QStringLiteral("test"), nullptr));
        QSignalSpy fetched(call.get(), &HttpCall::finished);
        call->start();
        QVERIFY(fetched.wait(30000));
        const HttpResponse initial = fetched.first().at(0).value<HttpResponse>();
        QCOMPARE(initial.status, 200);
        // Its very bytes: nothing to update, and the page says so.
        QVERIFY(putBlob(connection, container, QStringLiteral("models/gui-same.ilearner"), initial.body));
        ml::JobRecord same = *ml::JobJournal().find(m_jobId);
        same.jobId = m_jobId + QStringLiteral("-same");
        same.outputs.insert(
            QStringLiteral("output1"), client.blobUrl(container, QStringLiteral("models/gui-same.ilearner")));
        QVERIFY(!ml::JobJournal().record(same));
        m_f->state->setJobId(same.jobId);
        MLR_WAIT_IDLE(page(), 30000);
        QCOMPARE(message("guardMessage"),
            QStringLiteral("The new model is identical to the current one; nothing to update."));
        find<QCheckBox>("confirmCheck")->setChecked(true);
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());

        // The same model in other bytes (its payload re-serialised): updated, and flagged.
        QVERIFY(putBlob(
            connection, container, QStringLiteral("models/gui-copy.ilearner"), reserialised(initial.body)));
        ml::JobRecord copy = *ml::JobJournal().find(m_jobId);
        copy.jobId = m_jobId + QStringLiteral("-copy");
        copy.outputs.insert(
            QStringLiteral("output1"), client.blobUrl(container, QStringLiteral("models/gui-copy.ilearner")));
        QVERIFY(!ml::JobJournal().record(copy));

        m_f->state->setJobId(copy.jobId); // the page follows the wizard's job
        MLR_WAIT_IDLE(page(), 30000);
        QVERIFY(page()->newModelUri().endsWith(QStringLiteral("gui-copy.ilearner")));
        QCOMPARE(find<InlineMessage>("guardMessage")->kind(), InlineMessage::Kind::Positive);
        QVERIFY(
            find<QPlainTextEdit>("diffView")->toPlainText().contains(QStringLiteral("gui-copy.ilearner")));
        arm::ModelUpdateResult r;
        run("updateButton", &r);
        QCOMPARE(r.state, arm::ServiceState::Updated);
        QCOMPARE(find<InlineMessage>("smokeMessage")->kind(), InlineMessage::Kind::Warning);
        QVERIFY2(message("smokeMessage").startsWith(QStringLiteral("Predictions unchanged")),
            qPrintable(message("smokeMessage")));
        m_f->state->setJobId(m_jobId);
        MLR_WAIT_IDLE(page(), 30000);
        QCOMPARE(page()->newModelUri(), m_retrainedUri);
    }

    // A token that expires right before the update: renewed with the client secret.
    void expiredTokenMidFlow()
    {
        http("POST", QUrl(m_server.login + QStringLiteral("/admin/tokens/expire")));
        arm::ModelUpdateResult r;
        run("updateButton", &r);
        QCOMPARE(r.state, arm::ServiceState::Updated);
        QVERIFY(arm::sameModelUri(r.verifiedUri, m_retrainedUri));
    }

    // 20 % transient failures of every ARM and token request through a rollback and an update.
    void transientFaults()
    {
        setFaults(QStringLiteral("seed=5; arm.*=503,p=0.2; login.token=503,p=0.2"));
        find<QComboBox>("backupCombo")->setCurrentIndex(0);
        const QString backup = find<QComboBox>("backupCombo")->currentData().toString();
        arm::ModelUpdateResult rolled, updated;
        run("rollbackButton", &rolled);
        run("updateButton", &updated);
        const HttpResult faults = http("GET", QUrl(m_server.arm + QStringLiteral("/admin/faults")));
        setFaults(QString());
        QCOMPARE(rolled.state, arm::ServiceState::Updated);
        QVERIFY(arm::sameModelUri(rolled.verifiedUri, arm::backupModelUri(backup, {}, nullptr)));
        QCOMPARE(updated.state, arm::ServiceState::Updated);
        QVERIFY(arm::sameModelUri(updated.verifiedUri, m_retrainedUri));
        const QJsonObject rule = faults.json().value(QStringLiteral("rules")).toArray().first().toObject();
        QVERIFY2(rule.value(QStringLiteral("fired")).toInt() > 0, faults.body.constData());
    }

    // A model the service cannot load: the operation ends Failed and the page says so; the
    // backup taken just before puts it back.
    void operationFailsThenRollBack()
    {
        const QString connection = m_demo.value(QStringLiteral("storageConnectionString")).toString();
        const QString container = QUrl(m_initialUri).path().section(u'/', 2, 2);
        QVERIFY(putBlob(connection, container, QStringLiteral("models/gui-broken.ilearner"), "not a model"));
        ml::JobRecord broken = *ml::JobJournal().find(m_jobId);
        broken.jobId = m_jobId + QStringLiteral("-broken");
        QUrl url(m_initialUri);
        url.setPath(QStringLiteral("/%1/%2/models/gui-broken.ilearner")
                        .arg(url.path().section(u'/', 1, 1), container));
        broken.outputs.insert(QStringLiteral("output1"), url);
        QVERIFY(!ml::JobJournal().record(broken));
        m_f->state->setJobId(broken.jobId);
        MLR_WAIT_IDLE(page(), 30000);
        arm::ModelUpdateResult r;
        run("updateButton", &r);
        QCOMPARE(r.state, arm::ServiceState::OperationFailed);
        QCOMPARE(find<InlineMessage>("resultMessage")->kind(), InlineMessage::Kind::Error);
        QVERIFY2(message("resultMessage").contains(QStringLiteral("Failed")),
            qPrintable(message("resultMessage")));

        auto *backups = find<QComboBox>("backupCombo");
        backups->setCurrentIndex(backups->findData(r.backupFile));
        QVERIFY(backups->currentIndex() >= 0);
        arm::ModelUpdateResult back;
        run("rollbackButton", &back);
        QCOMPARE(back.state, arm::ServiceState::Updated);
        QVERIFY(arm::sameModelUri(back.verifiedUri, m_retrainedUri));
        m_f->state->setJobId(m_jobId);
        MLR_WAIT_IDLE(page(), 30000);
    }

    // A backup that names the regression pair's model (a model ARM accepts and the two-class
    // service cannot score with): the change is applied, every sample row fails to score, and
    // the page puts the previous model back by itself and says so.
    void scoringErrorsRolledBackAutomatically()
    {
        const auto raw = [this](const QString &name) {
            return http("GET", QUrl(serviceUrl(m_demo, name)), {}, bearer(demoToken(m_demo))).json();
        };
        const auto modelOf = [](const QJsonObject &service) {
            const QList<arm::TrainedModelAsset> models = arm::trainedModelAssets(service);
            return models.isEmpty() ? QString() : models.first().uri;
        };
        const QString housing = m_demo.value(QStringLiteral("regression"))
                                    .toObject()
                                    .value(QStringLiteral("predictiveService"))
                                    .toObject()
                                    .value(QStringLiteral("name"))
                                    .toString();
        const QString regressionModel = modelOf(raw(housing));
        const QJsonObject current = raw(m_predictive);
        const QString before = modelOf(current);
        QVERIFY(!regressionModel.isEmpty() && !before.isEmpty());
        Error error;
        const auto crafted = arm::withTrainedModelUri(
            current, arm::trainedModelAssets(current).first().assetId, QUrl(regressionModel), &error);
        QVERIFY2(crafted, qPrintable(error.message()));
        const QString file = arm::writeBackup(page()->backupDirectory(), m_predictive, *crafted,
            QDateTime::fromString(QStringLiteral("2099-12-31T23:59:59Z"), Qt::ISODate), &error);
        QVERIFY2(!file.isEmpty(), qPrintable(error.message()));
        choose(m_training); // the backups are listed again for the predictive service
        choose(m_predictive);
        auto *backups = find<QComboBox>("backupCombo");
        backups->setCurrentIndex(backups->findData(file));
        QVERIFY(backups->currentIndex() >= 0);
        arm::ModelUpdateResult r;
        run("rollbackButton", &r);
        QFile::remove(file);
        QCOMPARE(r.state, arm::ServiceState::Updated); // the change itself went through...
        QCOMPARE(modelOf(raw(m_predictive)), before); // ...and was undone
        QCOMPARE(find<InlineMessage>("resultMessage")->kind(), InlineMessage::Kind::Warning);
        QVERIFY2(message("resultMessage").contains(QStringLiteral("so it was rolled back automatically")),
            qPrintable(message("resultMessage")));
        QVERIFY2(message("resultMessage").contains(QStringLiteral("ModuleExecutionError")),
            qPrintable(message("resultMessage")));
        QCOMPARE(find<InlineMessage>("smokeMessage")->kind(), InlineMessage::Kind::Error);
        choose(m_training);
        choose(m_predictive);
    }

    void showCommandsWithoutSecrets()
    {
        QTest::mouseClick(find<QPushButton>("commandsButton"), Qt::LeftButton);
        QVERIFY(find<QTabWidget>("commandsTabs")->isVisible());
        const QString curl = find<QPlainTextEdit>("curlView")->toPlainText();
        const QString ps = find<QPlainTextEdit>("powerShellView")->toPlainText();
        QVERIFY2(ps.contains(QStringLiteral("-ServiceUpdates")), qPrintable(ps));
        QVERIFY(curl.contains(QStringLiteral("PATCH")));
        QVERIFY(curl.contains(m_retrainedUri)
            || curl.contains(QString::fromUtf8(QUrl(m_retrainedUri).toEncoded())));
        const QString secret = m_demo.value(QStringLiteral("clientSecret")).toString();
        QVERIFY(!curl.contains(secret) && !ps.contains(secret));
    }

    // "Save report…": a non-modal file dialog, then the report written where the user chose.
    void saveReport()
    {
        QTest::mouseClick(find<QPushButton>("reportButton"), Qt::LeftButton); // returns: no nested loop
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_f->wizard->findChild<QFileDialog *>(QStringLiteral("reportDialog"))));
        QVERIFY(dialog->isVisible());
        const QString html = m_dir.filePath(QStringLiteral("decision.html"));
        dialog->selectFile(html);
        static_cast<QDialog *>(dialog)->accept(); // as the Save button does
        QTRY_VERIFY_WITH_TIMEOUT(
            find<InlineMessage>("actionMessage")->kind() == InlineMessage::Kind::Positive, 20000);
        QVERIFY(QFile::exists(html));
        QVERIFY(!page()->isBusy());
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(m_predictive));
        QVERIFY(!text.contains(m_demo.value(QStringLiteral("clientSecret")).toString()));
        const QString pdf = m_dir.filePath(QStringLiteral("decision.pdf"));
        QVERIFY(!page()->saveReport(pdf));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(
            page()->saveReport(m_dir.filePath(QStringLiteral("decision.txt")))); // unknown extension refused
    }

    // Device code: the code and the URL shown, waiting, cancel; then approved in the "browser".
    void deviceCode()
    {
        const HttpResult r = httpJson("POST", QUrl(m_server.login + QStringLiteral("/admin/clients")),
            QJsonObject { { QStringLiteral("tenant"), m_demo.value(QStringLiteral("tenant")) },
                { QStringLiteral("clientSecret"), QString() } }); // a public client
        QVERIFY2(r.status == 200 || r.status == 201, qPrintable(r.describe()));
        Profile p = demoProfile();
        p.clientId = r.json().value(QStringLiteral("clientId")).toString();
        m_f->state->setProfile(p);
        find<QComboBox>("methodCombo")->setCurrentIndex(1);
        QVERIFY(!find<QLineEdit>("secretEdit")->isEnabled());
        auto *label = find<QLabel>("deviceCodeLabel");
        auto *cancel = find<QPushButton>("cancelSignInButton");

        QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("/devicelogin")), 10000);
        QVERIFY(page()->isBusy() && cancel->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(message("signInMessage").startsWith(QStringLiteral("Waiting")), 10000);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!page()->isBusy());
        QCOMPARE(message("signInMessage"), QStringLiteral("Sign-in cancelled."));
        QVERIFY(label->text().isEmpty());

        find<QCheckBox>("staySignedInCheck")->setChecked(true);
        QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("/devicelogin")), 10000);
        const QString code
            = label->accessibleDescription().section(QStringLiteral("enter the code "), 1).chopped(1);
        QVERIFY(!code.isEmpty());
        const HttpResult approved
            = http("POST", QUrl(m_server.login + QStringLiteral("/admin/device-codes/%1/approve").arg(code)));
        QVERIFY2(approved.status == 200 || approved.status == 204, qPrintable(approved.describe()));
        QTRY_VERIFY_WITH_TIMEOUT(page()->isSignedIn() && !page()->isBusy(), 20000);
        QCOMPARE(message("signInMessage"), QStringLiteral("Signed in with your account."));
        QCOMPARE(find<QComboBox>("serviceCombo")->currentData().toString(), m_predictive);
        QVERIFY(
            find<InlineMessage>("guardMessage")->kind() != InlineMessage::Kind::Error); // planned, allowed

        // Stay signed in: the refresh token is in the keychain, and a new wizard signs in from it.
        std::unique_ptr<SecretReadJob> read(
            m_f->state->secrets()->read(p.name, SecretKind::ArmRefreshToken, nullptr));
        QSignalSpy readDone(read.get(), &SecretReadJob::finished);
        read->start();
        QVERIFY(readDone.wait());
        const QString refresh = readDone.first().at(0).toString();
        QVERIFY(!refresh.isEmpty());
        const QString jobId = m_jobId;
        WizardFixture second(Update, [&](WizardState &state) {
            state.setProfile(p);
            state.setJobId(jobId);
            std::unique_ptr<SecretWriteJob> write(
                state.secrets()->write(p.name, SecretKind::ArmRefreshToken, refresh, nullptr));
            QSignalSpy written(write.get(), &SecretWriteJob::finished);
            write->start();
            QVERIFY(written.wait());
        });
        auto *again = qobject_cast<UpdatePage *>(second.page(Update));
        QTRY_VERIFY_WITH_TIMEOUT(again->isSignedIn() && !again->isBusy(), 20000);
        QCOMPARE(second.find<InlineMessage>(Update, "signInMessage")->text(),
            QStringLiteral("Signed in with your account (remembered on this computer)."));
        QCOMPARE(second.find<QComboBox>(Update, "serviceCombo")->currentData().toString(), m_predictive);
    }
};

QTEST_MAIN(TestUpdatePage)
#include "tst_updatepage.moc"
