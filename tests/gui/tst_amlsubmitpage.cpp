// The Submit step of an Azure Machine Learning (v2) profile against mlstudio-local over HTTPS
// (its CA trusted through the profile) and Azurite, driven like a user: the page shows the
// production model, its version and the job that trained it; a CSV the data check refuses shows
// its problem with line and column, keeps Submit disabled and uploads nothing; a good CSV is
// uploaded to the workspace's default datastore (byte for byte), the re-run is followed on the
// timeline to Completed; a running job is cancelled; and an unfinished job of the journal,
// offered at start, is followed to its end by a fresh wizard.
#include "amldemo.h"
#include "amlsubmitpage.h"
#include "azureml/amlsubmission.h"
#include "azureml/datastoreaccess.h"
#include "azureml/productionmodeljob.h"
#include "guitest.h"
#include "http/trustedcas.h"
#include "ml/jobjournal.h"
#include "storage/bloblistjob.h"
#include "storage/blobservice.h"
#include "tst_amlsupport.h"
#include "tst_serversupport.h"
#include "workspacesession.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace mlr;
using namespace mlr::gui;
using namespace mlr::gui::test;
using namespace mlr::test;

class TestAmlSubmitPage : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QJsonObject m_aml; // demo.json's "azureml" section
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    AmlClient m_client;

    QString container() const { return u"azureml-blobstore-"_s + m_aml[u"workspaceId"_s].toString(); }

    // A wizard on the Submit step with the sandbox's azureml profile signed in.
    std::unique_ptr<WizardFixture> open(const QString &endpoint = {})
    {
        return std::make_unique<WizardFixture>(
            RetrainWizard::SubmitPageId, [this, endpoint](WizardState &state) {
                Profile profile = amlSandboxProfile(m_aml, u"Azure ML sandbox"_s);
                if (!endpoint.isEmpty())
                    profile.endpoint = endpoint;
                state.setProfile(profile);
                state.workspaceSession().setSignIn(
                    demoTokens(state.network(), m_aml), nullptr, u"the demo client"_s);
            });
    }

    static AmlSubmitPage *page(const WizardFixture &f)
    {
        return qobject_cast<AmlSubmitPage *>(f.page(RetrainWizard::AmlSubmitPageId));
    }

    static QStringList timeline(const WizardFixture &f)
    {
        QStringList lines;
        auto *list = f.find<QListWidget>(RetrainWizard::AmlSubmitPageId, "timelineList");
        for (int i = 0; i < list->count(); ++i)
            lines << list->item(i)->text();
        return lines;
    }

    // Types the path into the file field, as a user does, and waits for its check.
    static void chooseFile(const WizardFixture &f, const QString &path)
    {
        auto *edit = f.find<QLineEdit>(RetrainWizard::AmlSubmitPageId, "fileEdit");
        QSignalSpy checked(page(f), &AmlSubmitPage::checkFinished);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, path);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(checked.wait(30000));
    }

    // The blobs the page uploaded under mlretrain/{endpoint}/.
    QStringList uploaded()
    {
        const auto account
            = StorageAccount::fromConnectionString(m_aml[u"storageConnectionString"_s].toString(), nullptr);
        BlobService service(&m_nam, *account);
        std::unique_ptr<BlobListJob> list(
            service.listBlobs(container(), u"mlretrain/census-endpoint/"_s, nullptr));
        QSignalSpy done(list.get(), &BlobListJob::finished);
        list->start();
        QStringList names;
        if (done.wait(30000))
            for (const BlobInfo &b : done.first().at(0).value<QList<BlobInfo>>())
                names << b.name;
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<azureml::ProductionModel>();
        qRegisterMetaType<azureml::DatastoreAccess>();
        qRegisterMetaType<ml::JobRecord>();
        qRegisterMetaType<QList<BlobInfo>>();
        // A journal of this run only (ctest's MLR_DATA_DIR outlives runs).
        QVERIFY(m_dir.isValid());
        qputenv("MLR_DATA_DIR", m_dir.filePath(u"data"_s).toLocal8Bit());
        QString why;
        // Each status before Running lasts 300 ms: long enough to cancel a job on its way.
        QVERIFY2(m_server.start({ u"--seed-demo"_s, u"--aml-job-pace"_s, u"300"_s, u"--aml-provision-delay"_s,
                                    u"200"_s },
                     &why),
            qPrintable(why));
        m_aml = m_server.demo()[u"azureml"_s].toObject();
        QVERIFY(QFile::exists(m_aml[u"newData"_s].toString()));
        QVERIFY2(m_client.open(m_aml, &why), qPrintable(why));
        QVERIFY(!tls::trustCaFile(m_aml[u"caFile"_s].toString())); // the core jobs the test runs itself
    }

    void showsTheProductionModelAndItsJob()
    {
        const auto f = open();
        AmlSubmitPage *p = page(*f);
        QVERIFY(p);
        QCOMPARE(f->wizard->currentPage(), p);
        MLR_WAIT_IDLE(p, 30000);
        const auto text = [&](const char *name) {
            return f->find<QLabel>(RetrainWizard::AmlSubmitPageId, name)->text();
        };
        QCOMPARE(text("endpointLabel"), u"census-endpoint"_s);
        QVERIFY2(text("deploymentLabel").contains(u"blue"_s) && text("deploymentLabel").contains(u"100"_s),
            qPrintable(text("deploymentLabel")));
        QVERIFY2(
            text("modelLabel").contains(u"census-income"_s) && text("modelLabel").contains(u"version 1"_s),
            qPrintable(text("modelLabel")));
        QVERIFY2(text("jobLabel").contains(u"census-train-1"_s) && text("jobLabel").contains(u"Completed"_s),
            qPrintable(text("jobLabel")));
        QVERIFY(!f->find<QPushButton>(RetrainWizard::AmlSubmitPageId, "jobFileButton")->isVisible());
        QVERIFY(!f->find<InlineMessage>(RetrainWizard::AmlSubmitPageId, "serviceMessage")->isVisible());
        QVERIFY(!f->find<QPushButton>(RetrainWizard::AmlSubmitPageId, "submitButton")->isEnabled());
    }

    // A model registered without jobName: the page says so, and the job definition chosen in the
    // file dialog (the JSON of GET jobs/{name}) is the job whose input the CSV is checked against.
    void modelWithoutJobTakesAJobFile()
    {
        QString why;
        QVERIFY2(createNoJobEndpoint(m_client, u"census-endpoint"_s, &why), qPrintable(why));
        const QString jobFile = m_dir.filePath(u"census-train-1.json"_s);
        QFile out(jobFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(m_client.get(u"/jobs/census-train-1"_s).body);
        out.close();

        const auto f = open(u"nojob-endpoint"_s);
        AmlSubmitPage *page = this->page(*f);
        MLR_WAIT_IDLE(page, 30000);
        auto *jobLabel = f->find<QLabel>(RetrainWizard::AmlSubmitPageId, "jobLabel");
        QVERIFY2(jobLabel->text().contains(u"names no training job"_s), qPrintable(jobLabel->text()));
        auto *button = f->find<QPushButton>(RetrainWizard::AmlSubmitPageId, "jobFileButton");
        QVERIFY(button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<QFileDialog *>()));
        QVERIFY(!dialog->isModal() || dialog->windowModality() != Qt::ApplicationModal);
        dialog->selectFile(jobFile);
        static_cast<QDialog *>(dialog)->accept(); // as the Open button does
        QTRY_VERIFY2(jobLabel->text().contains(u"census-train-1"_s), qPrintable(jobLabel->text()));
        QVERIFY2(jobLabel->text().contains(u"job definition file"_s), qPrintable(jobLabel->text()));
        MLR_WAIT_IDLE(page, 30000);
        chooseFile(*f, m_aml[u"newData"_s].toString());
        QVERIFY(f->find<QPushButton>(RetrainWizard::AmlSubmitPageId, "submitButton")->isEnabled());
    }

    // A number column holding a word on line 3: refused with its line and column, nothing goes up.
    void refusedCsvUploadsNothing()
    {
        QFile in(m_aml[u"newData"_s].toString());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = in.readAll().split('\n');
        QVERIFY(lines.size() > 3);
        const QList<QByteArray> header = lines[0].trimmed().split(',');
        QList<QByteArray> row = lines[2].split(',');
        qsizetype number = -1;
        for (qsizetype i = 0; i < row.size() && number < 0; ++i) {
            bool ok = false;
            row[i].trimmed().toDouble(&ok);
            if (ok)
                number = i;
        }
        QVERIFY(number >= 0);
        row[number] = "not-a-number";
        lines[2] = row.join(',');
        const QString bad = m_dir.filePath(u"census-bad.csv"_s);
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.join('\n'));
        out.close();

        const qsizetype before = uploaded().size();
        const auto f = open();
        MLR_WAIT_IDLE(page(*f), 30000);
        chooseFile(*f, bad);
        auto *problems = f->find<QTreeWidget>(RetrainWizard::AmlSubmitPageId, "problemsTree");
        QVERIFY(problems->isVisible());
        bool found = false;
        for (int i = 0; i < problems->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = problems->topLevelItem(i);
            found |= item->text(1) == u"3"_s && item->text(2) == QString::fromUtf8(header[number].trimmed());
        }
        QVERIFY2(found,
            qPrintable(problems->topLevelItem(0)->text(1) + u' ' + problems->topLevelItem(0)->text(2)));
        auto *submit = f->find<QPushButton>(RetrainWizard::AmlSubmitPageId, "submitButton");
        QVERIFY(!submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(!page(*f)->isBusy());
        QCOMPARE(uploaded().size(), before);
        QVERIFY(ml::JobJournal().jobs().isEmpty());
    }

    // A good CSV: uploaded (the blob is the file), the re-run followed to Completed; then a
    // second submission cancelled on its way.
    void goodCsvIsFollowedToCompletedAndACancel()
    {
        const auto f = open();
        AmlSubmitPage *p = page(*f);
        MLR_WAIT_IDLE(p, 30000);
        const QString file = m_aml[u"newData"_s].toString();
        chooseFile(*f, file);
        QVERIFY2(f->find<QLabel>(RetrainWizard::AmlSubmitPageId, "checkSummaryLabel")
                     ->text()
                     .contains(u"no problems"_s),
            qPrintable(f->find<QLabel>(RetrainWizard::AmlSubmitPageId, "checkSummaryLabel")->text()));
        auto *submit = f->find<QPushButton>(RetrainWizard::AmlSubmitPageId, "submitButton");
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(p->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(p->isComplete(), 60000);
        QCOMPARE(p->jobState(), ml::JobState::Finished);
        const QString lines = timeline(*f).join(u'\n');
        QVERIFY2(lines.contains(u"Uploading to datastore workspaceblobstore"_s), qPrintable(lines));
        QVERIFY2(lines.contains(u"created"_s), qPrintable(lines));
        // At least one status on the way (the first poll comes at once, each step lasts 300 ms),
        // then Completed.
        QVERIFY2(lines.count(u"Job status: "_s) >= 2, qPrintable(lines));
        QVERIFY2(lines.endsWith(u"Job status: Completed"_s), qPrintable(lines));
        QVERIFY(f->find<QLabel>(RetrainWizard::AmlSubmitPageId, "elapsedLabel")->text().contains(u":"_s));
        QVERIFY(!f->find<QLabel>(RetrainWizard::AmlSubmitPageId, "uploadLabel")->text().isEmpty());
        QVERIFY(f->nextButton()->isEnabled());

        const QString jobId = f->state->jobId();
        const std::optional<ml::JobRecord> record = ml::JobJournal().find(jobId);
        QVERIFY(record);
        QCOMPARE(record->kind, ml::JobKind::AzureMl);
        QCOMPARE(record->state, ml::JobState::Finished);
        const QString data = record->inputs.value(u"training_data"_s).toString();
        QVERIFY2(
            data.startsWith(u"azureml://datastores/workspaceblobstore/paths/mlretrain/census-endpoint/"_s),
            qPrintable(data));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(getBlob(m_aml[u"storageConnectionString"_s].toString(), container(),
                     data.mid(data.indexOf(u"/paths/"_s) + 7)),
            in.readAll());

        // Once more, cancelled as soon as the job exists: the file and its check are kept.
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(f->state->jobId() != jobId, 30000);
        auto *cancel = f->find<QPushButton>(RetrainWizard::AmlSubmitPageId, "cancelButton");
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isEnabled(), 10000);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(p->jobState(), ml::JobState::Cancelled, 30000);
        QVERIFY(!p->isComplete());
        QTRY_VERIFY(!p->isBusy()); // the cancel request may answer after the job's last poll
        QVERIFY2(timeline(*f).join(u'\n').contains(u"Job status: Canceled"_s),
            qPrintable(timeline(*f).join(u'\n')));
        QCOMPARE(ml::JobJournal().find(f->state->jobId())->state, ml::JobState::Cancelled);
        QCOMPARE(f->find<QLineEdit>(RetrainWizard::AmlSubmitPageId, "fileEdit")->text(), file);
        QVERIFY(submit->isEnabled());
    }

    // A new sign-in while the job is followed: the page follows it on with the new sign-in
    // (the old one's provider is deleted right after the signal) to Completed.
    void newSignInWhileFollowing()
    {
        const auto f = open();
        AmlSubmitPage *p = page(*f);
        MLR_WAIT_IDLE(p, 30000);
        chooseFile(*f, m_aml[u"newData"_s].toString());
        auto *submit = f->find<QPushButton>(RetrainWizard::AmlSubmitPageId, "submitButton");
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(timeline(*f).join(u'\n').contains(u"Job status: "_s), 30000);
        QVERIFY(!p->isComplete());
        f->state->workspaceSession().setSignIn(
            demoTokens(f->state->network(), m_aml), nullptr, u"the demo client"_s);
        QVERIFY2(
            timeline(*f).join(u'\n').contains(u"Signed in again"_s), qPrintable(timeline(*f).join(u'\n')));
        QVERIFY(p->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(p->isComplete(), 60000);
        QCOMPARE(p->jobState(), ml::JobState::Finished);
    }

    // A job submitted by an earlier run (its journal record not ended): a fresh wizard offers it,
    // and the Submit step follows it to Completed without submitting anything.
    void reattachFollowsAnUnfinishedJob()
    {
        const auto tokens = demoTokens(&m_nam, m_aml);
        const azureml::WorkspaceTarget target = demoWorkspace(m_aml);
        azureml::ProductionModelJob production(&m_nam, tokens.get(), target, m_aml[u"endpoint"_s].toString());
        QSignalSpy found(&production, &azureml::ProductionModelJob::finished);
        production.start();
        QVERIFY(found.wait(30000));
        azureml::DatastoreAccessJob datastore(&m_nam, tokens.get(), target);
        QSignalSpy accessed(&datastore, &azureml::DatastoreAccessJob::finished);
        datastore.start();
        QVERIFY(accessed.wait(30000));
        azureml::AmlSubmissionRequest request;
        request.profile = u"Azure ML sandbox"_s;
        request.target = target;
        request.production = found.first().at(0).value<azureml::ProductionModel>();
        request.datastore = accessed.first().at(0).value<azureml::DatastoreAccess>();
        request.inputFile = m_aml[u"newData"_s].toString();
        azureml::AmlRetrainSubmission submission(&m_nam, tokens.get(), request);
        QSignalSpy submitted(&submission, &azureml::AmlRetrainSubmission::finished);
        submission.start();
        QVERIFY(submitted.wait(30000));
        QVERIFY2(!submitted.first().at(1).value<Error>(),
            qPrintable(submitted.first().at(1).value<Error>().message()));
        const QString jobId = submitted.first().at(0).value<ml::JobRecord>().jobId;
        QVERIFY(!ml::isTerminal(ml::JobJournal().find(jobId)->state));
        const qsizetype jobs = ml::JobJournal().jobs().size();
        const qsizetype blobs = uploaded().size();

        const auto f = open();
        QMessageBox *offer = nullptr;
        QTRY_VERIFY((offer = f->wizard->findChild<QMessageBox *>(u"reattachOffer"_s)));
        QVERIFY2(offer->text().contains(jobId) && offer->text().contains(u"Azure ML sandbox"_s),
            qPrintable(offer->text()));
        QTest::mouseClick(offer->findChild<QPushButton *>(u"reattachButton"_s), Qt::LeftButton);
        QCOMPARE(f->state->jobId(), jobId);
        AmlSubmitPage *p = page(*f);
        QTRY_VERIFY_WITH_TIMEOUT(p->isComplete(), 60000);
        const QString lines = timeline(*f).join(u'\n');
        QVERIFY2(lines.contains(u"Re-attached to job "_s + jobId), qPrintable(lines));
        QVERIFY2(lines.contains(u"Job status: Completed"_s), qPrintable(lines));
        // The file it was submitted with is shown.
        QCOMPARE(
            p->findChild<QLineEdit *>(u"fileEdit"_s)->text(), QDir::toNativeSeparators(request.inputFile));
        QVERIFY(!lines.contains(u"Uploading"_s));
        QCOMPARE(ml::JobJournal().find(jobId)->state, ml::JobState::Finished);
        QCOMPARE(ml::JobJournal().jobs().size(), jobs);
        QCOMPARE(uploaded().size(), blobs);
    }
};

QTEST_MAIN(TestAmlSubmitPage)
#include "tst_amlsubmitpage.moc"
