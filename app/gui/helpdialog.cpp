#include "helpdialog.h"

#include "pagehelp.h"
#include "ui_helpdialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>

namespace mlr::gui {

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HelpDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("helpDialog"));
    setModal(false);
    m_ui->commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(commandsText()); });
}

HelpDialog::~HelpDialog() = default;

void HelpDialog::setHelp(const PageHelp &help)
{
    setWindowTitle(tr("Help: %1").arg(help.title));
    m_ui->explanation->setHtml(
        QStringLiteral("<h3>%1</h3>%2").arg(help.title.toHtmlEscaped(), help.explanation));
    m_ui->commands->setPlainText(help.commands.join(QLatin1Char('\n')));
    m_ui->helpCommand->setText(tr("Every option of these commands is explained by <tt>%1</tt>.")
                                   .arg(help.helpCommand.toHtmlEscaped()));
}

QString HelpDialog::commandsText() const
{
    return m_ui->commands->toPlainText();
}

} // namespace mlr::gui
