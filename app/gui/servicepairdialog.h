#pragma once

#include "http/error.h"
#include "http/retrypolicy.h"
#include "profile/profile.h"
#include "servicepaircreator.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <memory>

class QFileDialog;

namespace Ui {
class ServicePairDialog;
}

namespace mlr::gui {

class SecretBundleJob;
class WizardState;

// "Create services…" of the Credentials step: a non-modal dialog that creates a retraining +
// predictive service pair in mlstudio-local (the profile's ARM endpoint) for the user's CSV.
// The user chooses the CSV (read and its header parsed on a worker thread), the label column
// (from the header), the template and a name; the client secret comes from the keychain (or
// AZURE_CLIENT_SECRET for the profile's application) or is typed. Create runs a
// ServicePairCreator, with its steps and any error inline; on success created() gives the
// pair and the dialog closes. Closing the dialog stops following the creation (it deletes
// itself on close).
class ServicePairDialog : public QDialog
{
    Q_OBJECT

public:
    ServicePairDialog(WizardState *state, Profile profile, QWidget *parent = nullptr);
    ~ServicePairDialog() override;

    // Reads `path` on a worker thread and offers its header's columns as labels (what
    // choosing a file in "Browse…" does).
    void openCsv(const QString &path);
    bool isBusy() const { return m_creator || m_reader.isRunning(); }
    // Test hook: the retry policy of the sign-in and ARM requests.
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }

Q_SIGNALS:
    void created(const mlr::gui::ServicePair &pair);
    void busyChanged();

private:
    struct CsvRead
    {
        QByteArray bytes;
        QStringList header;
        QString error;
    };
    static CsvRead readCsv(const QString &path);

    void browse();
    void csvRead();
    void create();
    void onFinished(const ServicePair &pair, const Error &error);
    void updateActions();

    std::unique_ptr<Ui::ServicePairDialog> m_ui;
    WizardState *m_state;
    Profile m_profile;
    RetryPolicy m_policy;
    QByteArray m_csv;
    QFutureWatcher<CsvRead> m_reader;
    QPointer<QFileDialog> m_fileDialog;
    std::unique_ptr<SecretBundleJob> m_secretRead;
    std::unique_ptr<ServicePairCreator> m_creator;
};

} // namespace mlr::gui
