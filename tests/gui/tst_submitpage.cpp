// The Submit step against mlstudio-local + Azurite, offscreen, driven like a user: the CSV
// chosen (and dropped), the data check listing problems with line and column, a global
// parameter edited, upload and job followed to Finished on the timeline, cancel during the
// job, and the re-attach offer at wizard start following a job of the journal.
#include "guitest.h"
#include "ml/retrainsubmission.h"
#include "ml/serviceswagger.h"
#include "profile/profilestore.h"
#include "secrets/secretstore.h"
#include "storage/blobservice.h"
#include "submitpage.h"
#include "tst_serversupport.h"

#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace mlr;
using namespace mlr::gui;
using mlr::gui::test::WizardFixture;
using namespace mlr::test;

namespace {

constexpr auto Submit = RetrainWizard::SubmitPageId;

QStringList timeline(const WizardFixture &f)
{
    QStringList lines;
    auto *list = f.find<QListWidget>(Submit, "timelineList");
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();
    return lines;
}

} // namespace

class TestSubmitPage : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QJsonObject m_demo;
    StorageAccount m_account;
    QTemporaryDir m_dir;
    QString m_csv, m_badCsv;

    QString writeCsv(const QString &name, bool withLabel, int rows)
    {
        QFile source(QDir(m_server.dataDir()).filePath(QStringLiteral("census-new.csv")));
        if (!source.open(QIODevice::ReadOnly))
            return {};
        QByteArray data;
        for (int i = 0; i <= rows && !source.atEnd(); ++i) {
            QByteArray line = source.readLine();
            if (!withLabel) {
                line = line.trimmed();
                line = line.left(line.lastIndexOf(',')) + '\n';
            }
            data += line;
        }
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(data);
        return path;
    }

    Profile demoProfile() const
    {
        const QJsonObject training = m_demo.value(QStringLiteral("trainingService")).toObject();
        const QJsonObject predictive = m_demo.value(QStringLiteral("predictiveService")).toObject();
        Profile p;
        p.name = QStringLiteral("Sandbox test");
        p.storageAccountName = m_account.name;
        p.blobEndpoint = m_account.blobEndpoint;
        p.container = m_demo.value(QStringLiteral("container")).toString();
        p.trainingBatchUrl = QUrl(training.value(QStringLiteral("batchUrl")).toString());
        p.trainingServiceName = training.value(QStringLiteral("name")).toString();
        p.predictiveRequestUrl = QUrl(predictive.value(QStringLiteral("requestUrl")).toString());
        p.predictiveServiceName = predictive.value(QStringLiteral("name")).toString();
        return p;
    }

    // A wizard on the Submit step with the demo profile, its storage and its key accepted.
    std::unique_ptr<WizardFixture> openWizard()
    {
        const Profile profile = demoProfile();
        const QString key = m_demo.value(QStringLiteral("trainingService"))
                                .toObject()
                                .value(QStringLiteral("apiKey"))
                                .toString();
        const StorageAccount account = m_account;
        return std::make_unique<WizardFixture>(Submit, [&](WizardState &state) {
            QVERIFY(!state.profiles().save(profile).isError());
            state.setProfile(profile);
            state.setStorageAccount(account);
            state.setContainer(profile.container);
            std::unique_ptr<SecretWriteJob> write(
                state.secrets()->write(profile.name, SecretKind::TrainingApiKey, key, nullptr));
            QSignalSpy written(write.get(), &SecretWriteJob::finished);
            write->start();
            QVERIFY(written.wait());
        });
    }

    static SubmitPage *page(const WizardFixture &f) { return qobject_cast<SubmitPage *>(f.page(Submit)); }

    static void waitForService(const WizardFixture &f)
    {
        QTRY_VERIFY_WITH_TIMEOUT(f.find<QTableWidget>(Submit, "parametersTable")->rowCount() == 2, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("MLR_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QString why;
        QVERIFY2(m_server.start(
                     { QStringLiteral("--seed-demo"), QStringLiteral("--job-delay"), QStringLiteral("2500") },
                     &why),
            qPrintable(why));
        m_demo = m_server.demo();
        Error error;
        m_account = *StorageAccount::fromConnectionString(
            m_demo.value(QStringLiteral("storageConnectionString")).toString(), &error);
        m_csv = writeCsv(QStringLiteral("census.csv"), true, 2000);
        m_badCsv = writeCsv(QStringLiteral("nolabel.csv"), false, 20);
        QVERIFY(!m_csv.isEmpty() && !m_badCsv.isEmpty());
    }

    void badDataListsProblems()
    {
        auto f = openWizard();
        waitForService(*f);
        page(*f)->setInputFile(m_badCsv);
        auto *tree = f->find<QTreeWidget>(Submit, "problemsTree");
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() > 0, 10000);
        QVERIFY(tree->isVisible());
        QVERIFY(f->find<QLabel>(Submit, "checkSummaryLabel")->text().contains(QStringLiteral("error")));
        QVERIFY(!f->find<QPushButton>(Submit, "submitButton")->isEnabled());
        QVERIFY(!tree->topLevelItem(0)->text(3).isEmpty());
    }

    void submitToFinished()
    {
        auto f = openWizard();
        waitForService(*f);
        SubmitPage *submit = page(*f);
        QVERIFY(!submit->isComplete());
        QVERIFY(!f->nextButton()->isEnabled());

        // Drop the file on the page, as from a file manager.
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(m_csv) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(submit, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(submit, &drop);
        QCOMPARE(f->find<QLineEdit>(Submit, "fileEdit")->text(), m_csv);

        auto *table = f->find<QTableWidget>(Submit, "parametersTable");
        int seedRow = -1;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == u"Random seed")
                seedRow = row;
        QVERIFY(seedRow >= 0);
        QCOMPARE(table->item(seedRow, 1)->text(), QStringLiteral("42")); // the swagger's default
        table->item(seedRow, 1)->setText(QStringLiteral("7"));

        auto *button = f->find<QPushButton>(Submit, "submitButton");
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 10000);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(submit->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(submit->isComplete(), 90000);
        QVERIFY(!submit->isBusy());
        QVERIFY(f->nextButton()->isEnabled());
        const QString id = f->state->jobId();
        QVERIFY(!id.isEmpty());
        const QString lines = timeline(*f).join(u'\n');
        QVERIFY2(lines.contains(QStringLiteral("Uploading")) && lines.contains(QStringLiteral("running"))
                && lines.contains(QStringLiteral("finished")),
            qPrintable(lines));
        QVERIFY(f->find<QLabel>(Submit, "uploadLabel")->text().contains(QStringLiteral("of")));
        QVERIFY(f->find<QLabel>(Submit, "elapsedLabel")->text().startsWith(QStringLiteral("Elapsed")));
        const std::optional<ml::JobRecord> record = ml::JobJournal().find(id);
        QVERIFY(record);
        QCOMPARE(record->state, ml::JobState::Finished);
        QCOMPARE(record->parameters.value(QStringLiteral("Random seed")).toLongLong(), 7);
        QCOMPARE(record->roles.size(), 3);
    }

    void cancelDuringJob()
    {
        auto f = openWizard();
        waitForService(*f);
        SubmitPage *submit = page(*f);
        submit->setInputFile(m_csv);
        auto *button = f->find<QPushButton>(Submit, "submitButton");
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 10000);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(submit->jobState(), ml::JobState::Running, 30000);
        auto *cancel = f->find<QPushButton>(Submit, "cancelButton");
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(submit->jobState(), ml::JobState::Cancelled, 30000);
        QVERIFY(!submit->isComplete());
        QVERIFY(!submit->isBusy());
        QVERIFY(f->find<InlineMessage>(Submit, "jobMessage")->text().contains(QStringLiteral("cancelled")));
        QCOMPARE(ml::JobJournal().find(f->state->jobId())->state, ml::JobState::Cancelled);
    }

    // A job submitted elsewhere (the CLI, or a wizard that was closed) is offered at start.
    void reattachOfferAtStart()
    {
        const Profile profile = demoProfile();
        QNetworkAccessManager nam;
        ml::ServiceSwaggerFetch fetch(&nam, ml::swaggerUrlFor(profile.trainingBatchUrl));
        QSignalSpy fetched(&fetch, &ml::ServiceSwaggerFetch::finished);
        fetch.start();
        QVERIFY(fetched.wait(20000));
        ml::SubmissionRequest request;
        request.profile = profile.name;
        request.serviceName = profile.trainingServiceName;
        request.endpoint = *ml::BesEndpoint::fromUrl(profile.trainingBatchUrl,
            m_demo.value(QStringLiteral("trainingService"))
                .toObject()
                .value(QStringLiteral("apiKey"))
                .toString(),
            nullptr);
        request.storage = m_account;
        request.container = profile.container;
        request.swagger = fetched.first().at(0).value<ml::ServiceSwagger>();
        request.inputFile = m_csv;
        ml::RetrainSubmission submission(&nam, request);
        QSignalSpy submitted(&submission, &ml::RetrainSubmission::finished);
        submission.start();
        QVERIFY(submitted.wait(60000));
        const ml::JobRecord record = submitted.first().at(0).value<ml::JobRecord>();
        QVERIFY(!submitted.first().at(1).value<Error>());
        QCOMPARE(ml::JobJournal().find(record.jobId)->state, ml::JobState::Running);

        auto f = openWizard();
        QMessageBox *offer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (offer = f->wizard->findChild<QMessageBox *>(QStringLiteral("reattachOffer"))), 5000);
        QVERIFY(offer->text().contains(record.jobId));
        QTest::mouseClick(offer->findChild<QPushButton *>(QStringLiteral("reattachButton")), Qt::LeftButton);
        QCOMPARE(f->state->jobId(), record.jobId);
        QTRY_VERIFY2_WITH_TIMEOUT(page(*f)->isComplete(),
            qPrintable(
                timeline(*f).join(u'\n') + u'\n' + f->find<InlineMessage>(Submit, "jobMessage")->text()),
            60000);
        QVERIFY(timeline(*f).join(u'\n').contains(QStringLiteral("Re-attached")));
        // The file it was submitted with is shown.
        QCOMPARE(f->find<QLineEdit>(Submit, "fileEdit")->text(), QDir::toNativeSeparators(m_csv));
    }

    void accessibility()
    {
        auto f = openWizard();
        for (const char *name : { "fileEdit", "browseButton", "problemsTree", "parametersTable",
                 "submitButton", "cancelButton", "timelineList", "uploadBar" }) {
            auto *w = f->page(Submit)->findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY2(w, name);
            QVERIFY2(!w->accessibleName().isEmpty(), name);
        }
        QCOMPARE(f->find<QLineEdit>(Submit, "fileEdit")->nextInFocusChain(),
            f->find<QPushButton>(Submit, "browseButton"));
    }
};

QTEST_MAIN(TestSubmitPage)
#include "tst_submitpage.moc"
