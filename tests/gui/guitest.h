#pragma once

// Helpers shared by the GUI tests: a wizard over a throw-away profile store, and typed
// look-ups of the widgets the .ui forms name.

#include "inlinemessage.h"
#include "retrainwizard.h"
#include "wizardpage.h"
#include "wizardstate.h"

#include <QAbstractButton>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace mlr::gui::test {

// A wizard over a WizardState whose profiles live in a temporary INI file.
struct WizardFixture
{
    explicit WizardFixture(RetrainWizard::PageId start = RetrainWizard::CredentialsPageId,
                           const std::function<void(WizardState &)> &prepare = {})
        : state(std::make_unique<WizardState>(dir.filePath(QStringLiteral("profiles.ini"))))
    {
        if (prepare)
            prepare(*state);
        wizard = std::make_unique<RetrainWizard>(state.get(), start);
        wizard->resize(RetrainWizard::defaultSize()); // the offscreen screen is only 800 x 600
        wizard->show();
    }

    QString iniFile() const { return dir.filePath(QStringLiteral("profiles.ini")); }
    WizardPage *page(RetrainWizard::PageId id) const { return wizard->wizardPage(id); }
    QAbstractButton *nextButton() const { return wizard->button(QWizard::NextButton); }

    template<typename T>
    T *find(RetrainWizard::PageId id, const char *name) const
    {
        return page(id)->findChild<T *>(QString::fromLatin1(name));
    }

    QTemporaryDir dir;
    std::unique_ptr<WizardState> state;
    std::unique_ptr<RetrainWizard> wizard;
};

} // namespace mlr::gui::test

// Waits (without blocking the event loop) until `page` has no job running.
#define MLR_WAIT_IDLE(page, timeoutMs) QTRY_VERIFY_WITH_TIMEOUT(!(page)->isBusy(), timeoutMs)
