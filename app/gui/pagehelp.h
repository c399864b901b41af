#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mlr::gui {

// What the help button shows for one step of the wizard: what the step does, in a few
// paragraphs of rich text, and the mlretrain-cli commands that do the same from a script.
struct PageHelp
{
    QString title;
    QString explanation; // rich text (paragraphs and lists)
    QStringList commands; // one command line each, shell syntax, no secrets
    QString helpCommand; // "mlretrain-cli help GROUP": where the options are explained
};

// The help of the step named `page` ("credentials", "storage", "submit", "evaluate",
// "update", as RetrainWizard::pageName()) for a classic profile, or for an Azure Machine
// Learning (v2) one when `azureMl`; an empty PageHelp for an unknown name. Texts are
// translated in the current language.
PageHelp pageHelp(const QString &page, bool azureMl = false);
// The Azure Machine Learning (v2) help of the step named `page` (amlpagehelp.cpp).
PageHelp amlPageHelp(const QString &page);

} // namespace mlr::gui
