#include "servicepairdialog.h"

#include "arm/tokens.h"
#include "ml/csvscan.h"
#include "secretbundlejob.h"
#include "ui_servicepairdialog.h"
#include "wizardstate.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace mlr::gui {

ServicePairDialog::ServicePairDialog(WizardState *state, Profile profile, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServicePairDialog>())
    , m_state(state)
    , m_profile(std::move(profile))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("servicePairDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->templateCombo->addItem(tr("Two-class classification"), QStringLiteral("two-class"));
    m_ui->templateCombo->addItem(tr("Regression"), QStringLiteral("regression"));
    m_ui->busyBar->hide();
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ServicePairDialog::browse);
    connect(m_ui->createButton, &QPushButton::clicked, this, &ServicePairDialog::create);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &ServicePairDialog::updateActions);
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, &ServicePairDialog::updateActions);
    connect(m_ui->labelCombo, &QComboBox::currentIndexChanged, this, &ServicePairDialog::updateActions);
    connect(&m_reader, &QFutureWatcher<CsvRead>::finished, this, &ServicePairDialog::csvRead);

    // The client secret as the Update step finds it: the keychain, else the environment.
    m_secretRead.reset(
        SecretBundleJob::read(m_state->secrets(), m_profile.name, { SecretKind::ArmClientSecret }, nullptr));
    connect(m_secretRead.get(), &SecretBundleJob::finished, this,
        [this](const QMap<SecretKind, QString> &values, const Error &) {
            m_secretRead.release()->deleteLater();
            QString secret = values.value(SecretKind::ArmClientSecret);
            const auto environment = arm::credentialFromEnvironment();
            if (secret.isEmpty() && environment && environment->settings.clientId == m_profile.clientId)
                secret = environment->clientSecret;
            if (!secret.isEmpty() && m_ui->secretEdit->text().isEmpty()) {
                m_ui->secretEdit->setText(secret);
                m_ui->secretEdit->setPlaceholderText(tr("From the keychain"));
            }
        });
    m_secretRead->start();
    updateActions();
}

ServicePairDialog::~ServicePairDialog() = default;

void ServicePairDialog::browse()
{
    if (m_fileDialog) {
        m_fileDialog->raise();
        return;
    }
    // Non-modal (open(), not exec(): no nested event loop).
    auto *dialog = new QFileDialog(this, tr("Choose the training CSV"));
    dialog->setNameFilters({ tr("CSV files (*.csv)"), tr("All files (*)") });
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ServicePairDialog::openCsv);
    m_fileDialog = dialog;
    dialog->open();
}

ServicePairDialog::CsvRead ServicePairDialog::readCsv(const QString &path)
{
    CsvRead r;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return r;
    }
    r.bytes = file.readAll();
    ml::CsvScanner scanner([&r](const ml::CsvRecord &record) {
        for (qsizetype i = 0; i < record.size(); ++i) {
            const std::string_view cell = record.field(i);
            r.header.append(QString::fromUtf8(cell.data(), qsizetype(cell.size())).trimmed());
        }
        return false; // the header is enough
    });
    scanner.feed(r.bytes);
    scanner.finish();
    r.header.removeAll(QString());
    if (r.header.isEmpty())
        r.error = tr("%1 has no header line.").arg(QDir::toNativeSeparators(path));
    return r;
}

void ServicePairDialog::openCsv(const QString &path)
{
    m_ui->csvEdit->setText(QDir::toNativeSeparators(path));
    m_ui->labelCombo->clear();
    m_csv.clear();
    m_ui->statusMessage->showMessage(InlineMessage::Kind::Information, tr("Reading the CSV…"));
    m_reader.setFuture(QtConcurrent::run(&ServicePairDialog::readCsv, path));
    updateActions();
}

void ServicePairDialog::csvRead()
{
    const CsvRead r = m_reader.result();
    if (!r.error.isEmpty()) {
        m_ui->statusMessage->showMessage(InlineMessage::Kind::Error, r.error);
        updateActions();
        return;
    }
    m_csv = r.bytes;
    m_ui->labelCombo->addItems(r.header);
    m_ui->labelCombo->setCurrentIndex(r.header.size() - 1); // Studio's samples put the label last
    if (m_ui->nameEdit->text().isEmpty()) {
        QString name = QFileInfo(m_ui->csvEdit->text()).completeBaseName().toLower();
        name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_.-]+")), QStringLiteral("-"));
        m_ui->nameEdit->setText(name);
    }
    m_ui->statusMessage->showMessage(InlineMessage::Kind::Information,
        tr("%n column(s); choose the label column.", nullptr, int(r.header.size())));
    updateActions();
}

void ServicePairDialog::create()
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    const QString name = m_ui->nameEdit->text().trimmed();
    if (!valid.match(name).hasMatch()) {
        m_ui->statusMessage->showMessage(InlineMessage::Kind::Error,
            tr("The name may have letters, digits, '-', '_' and '.', and starts with a letter or digit."));
        return;
    }
    ServicePairCreator::Request request;
    request.profile = m_profile;
    request.clientSecret = m_ui->secretEdit->text();
    request.templateName = m_ui->templateCombo->currentData().toString();
    request.labelColumn = m_ui->labelCombo->currentText();
    request.name = name;
    request.csv = m_csv;
    m_creator = std::make_unique<ServicePairCreator>(m_state->network(), request);
    m_creator->setRetryPolicy(m_policy);
    connect(m_creator.get(), &ServicePairCreator::progress, this, [this](const QString &text) {
        m_ui->statusMessage->showMessage(InlineMessage::Kind::Information, text);
    });
    connect(m_creator.get(), &ServicePairCreator::finished, this, &ServicePairDialog::onFinished);
    m_creator->start();
    updateActions();
}

void ServicePairDialog::onFinished(const ServicePair &pair, const Error &error)
{
    m_creator.release()->deleteLater();
    updateActions();
    if (error) {
        m_ui->statusMessage->showMessage(
            InlineMessage::Kind::Error, tr("The services were not created: %1").arg(error.message()));
        return;
    }
    Q_EMIT created(pair);
    close();
}

void ServicePairDialog::updateActions()
{
    const bool busy = isBusy();
    m_ui->busyBar->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_ui->browseButton, m_ui->labelCombo, m_ui->templateCombo, m_ui->nameEdit, m_ui->secretEdit })
        w->setEnabled(!busy);
    m_ui->createButton->setEnabled(!busy && !m_csv.isEmpty() && m_ui->labelCombo->currentIndex() >= 0
        && !m_ui->nameEdit->text().trimmed().isEmpty() && !m_ui->secretEdit->text().isEmpty());
    Q_EMIT busyChanged();
}

} // namespace mlr::gui
