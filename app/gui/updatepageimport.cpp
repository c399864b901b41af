// "Import definition…" of the Update page (Import-AzMlWebService + Update-AzMlWebService
// -ServiceUpdates, as `mlretrain-cli service import` does): the file is read and checked
// (arm::importDefinition) on a worker thread, the service is read and refused when read-only,
// its current definition is backed up, then the file's definition is PATCHed and the
// operation followed. A refused write (4xx before any operation, e.g.
// CannotChangeStorageAccount) leaves the service unchanged, and the page says so.
#include "arm/armjobs.h"
#include "arm/armwrite.h"
#include "arm/definitionfile.h"
#include "arm/modelupdate.h"
#include "ui_updatepage.h"
#include "updatepage.h"
#include "wizardstate.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace mlr::gui {

namespace {

struct ImportRead
{
    QJsonObject definition;
    Error error;
};

ImportRead readDefinitionFile(const QString &path)
{
    ImportRead r;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = Error::input(
            UpdatePage::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return r;
    }
    if (const auto imported = arm::importDefinition(file.readAll(), QFileInfo(path).fileName(), &r.error))
        r.definition = imported->definition;
    return r;
}

} // namespace

void UpdatePage::openImportDialog()
{
    if (m_importDialog) {
        m_importDialog->raise();
        return;
    }
    // Non-modal (open(), not exec(): no nested event loop).
    auto *dialog = new QFileDialog(this, tr("Import a web service definition"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({ tr("Definition files (*.json)"), tr("All files (*)") });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("importDialog"));
    connect(dialog, &QFileDialog::fileSelected, this, &UpdatePage::importDefinitionFile);
    m_importDialog = dialog;
    dialog->open();
}

void UpdatePage::importDefinitionFile(const QString &path)
{
    if (!m_tokens || serviceName().isEmpty() || m_import || m_update)
        return;
    m_importFile = path;
    m_ui->resultMessage->showMessage(
        InlineMessage::Kind::Information, tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    auto *watcher = new QFutureWatcher<ImportRead>();
    connect(watcher, &QFutureWatcher<ImportRead>::finished, this, [this, watcher] {
        const ImportRead r = watcher->result();
        importRead(r.definition, r.error);
    });
    m_import.reset(watcher);
    setBusy(true);
    watcher->setFuture(QtConcurrent::run(&readDefinitionFile, path));
    updateActions();
}

void UpdatePage::importRead(const QJsonObject &definition, const Error &error)
{
    m_import.release()->deleteLater();
    if (error) {
        finishImport(tr("Nothing was imported: %1").arg(error.message()), InlineMessage::Kind::Error, error);
        return;
    }
    m_importDefinition = definition;
    auto *get = new arm::WebServiceGetJob(state()->network(), m_tokens.get(), target(), serviceName());
    get->setRetryPolicy(m_policy);
    connect(get, &arm::WebServiceGetJob::finished, this, [this](const QJsonObject &current, const Error &e) {
        m_import.release()->deleteLater();
        if (e) {
            finishImport(tr("Nothing was imported: the web service could not be read. %1").arg(e.message()),
                InlineMessage::Kind::Error, e);
            return;
        }
        importWrite(current);
    });
    m_import.reset(get);
    get->start();
}

void UpdatePage::importWrite(const QJsonObject &current)
{
    const QString service = serviceName();
    if (current.value(QStringLiteral("properties")).toObject().value(QStringLiteral("readOnly")).toBool()) {
        const Error e
            = Error::input(tr("%1 is read-only: it can no longer be updated, only deleted.").arg(service));
        finishImport(tr("Nothing was imported: %1 The service is unchanged.").arg(e.message()),
            InlineMessage::Kind::Error, e);
        return;
    }
    Error backupError;
    const QString backup
        = arm::writeBackup(m_backupDir, service, current, QDateTime::currentDateTimeUtc(), &backupError);
    if (backup.isEmpty()) {
        finishImport(tr("Nothing was imported: without a backup the import does not run. %1")
                         .arg(backupError.message()),
            InlineMessage::Kind::Error, backupError);
        return;
    }
    addTimeline(tr("Backed up to %1").arg(QDir::toNativeSeparators(backup)));
    addTimeline(tr("Importing %1 into %2").arg(QFileInfo(m_importFile).fileName(), service));
    auto *write = new arm::WebServiceWriteJob(state()->network(), m_tokens.get(), target(), service,
        arm::WebServiceWriteJob::Method::Patch, m_importDefinition);
    write->setRetryPolicy(m_policy);
    write->setPollInterval(m_pollFirst, m_pollMax);
    connect(write, &arm::WebServiceWriteJob::finished, this,
        [this, service](const arm::OperationResult &result, const Error &e) {
            m_import.release()->deleteLater();
            if (!e) {
                finishImport(tr("Imported %1 into %2.").arg(QFileInfo(m_importFile).fileName(), service),
                    InlineMessage::Kind::Positive, e);
            } else if (e.kind == Error::Kind::Http && e.httpStatus >= 400 && e.httpStatus < 500
                && result.httpStatus == 0) {
                const QString code = e.serviceCode.isEmpty() ? QString::number(e.httpStatus) : e.serviceCode;
                finishImport(tr("%1 refused the definition (%2): %3 The service is unchanged.")
                                 .arg(service, code, e.message()),
                    InlineMessage::Kind::Error, e);
            } else {
                finishImport(tr("The import may or may not have been applied: %1 Check %2 before anything "
                                "else; its previous definition is backed up.")
                                 .arg(e.message(), service),
                    InlineMessage::Kind::Error, e);
            }
        });
    m_import.reset(write);
    write->start();
}

void UpdatePage::finishImport(const QString &text, InlineMessage::Kind kind, const Error &error)
{
    m_importDefinition = {};
    m_ui->resultMessage->showMessage(kind, text);
    addTimeline(text);
    setBusy(false);
    refreshBackups();
    Q_EMIT importFinished(error);
    planUpdate(); // the guard and diff of the service as it is now
}

} // namespace mlr::gui
