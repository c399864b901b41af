#pragma once

#include "credentialsinput.h"
#include "http/error.h"
#include "profile/profile.h"
#include "secrets/secretnames.h"
#include "storage/storageaccount.h"

#include <QList>
#include <QMap>
#include <QObject>

#include <optional>

class QLineEdit;

namespace Ui {
class CredentialsPage;
}

namespace mlr::gui {

// The credential fields of the Credentials page (storage account and web services) and
// their inline messages: filling them from a profile and its secrets, reading them back,
// switching between a connection string and account name + key, and saying what is wrong
// next to the fields. It owns no widget and starts no job.
class CredentialsForm : public QObject
{
    Q_OBJECT

public:
    // What the fields hold, exactly as typed (secrets included: keep it in memory only).
    struct Draft
    {
        bool accountDetails = false;
        QMap<QString, QString> texts; // field object name -> text

        friend bool operator==(const Draft &, const Draft &) = default;
    };

    // `ui` must outlive the form.
    CredentialsForm(Ui::CredentialsPage *ui, QObject *parent);

    // Shows the settings of `profile` and empties the secret fields.
    void showProfile(const Profile &profile);
    // While loading, the secret fields are read-only and say they are loading.
    void setLoading(bool loading);
    // Fills the secret fields of the shown profile (missing kinds read as empty). The
    // emulator's account gets its well-known key when none is stored.
    void showSecrets(const QMap<SecretKind, QString> &values);

    // The fields as they are now, and putting them back (after showProfile of the same profile).
    Draft draft() const;
    void restoreDraft(const Draft &draft);
    // True when the fields differ from what showProfile + showSecrets last filled in.
    bool isEdited() const { return draft() != m_loaded; }

    StorageInput storageInput() const;
    // The storage account the fields describe (transport security not checked).
    std::optional<StorageAccount> account(Error *error) const;
    // Copies the non-secret fields into *profile. Shows and returns the first problem.
    // An empty connection string leaves the profile's storage settings as they are.
    Error applyTo(Profile *profile);
    // The secrets as the fields hold them; an empty value means "delete the stored one".
    QMap<SecretKind, QString> secrets() const;

    // Show (or clear) what is wrong with the storage fields, once something was typed.
    void showStorageProblem();
    // Show (or clear) invalid service URLs, and warn about keys going over plain HTTP.
    void showServicesProblem();
    // Shows `error` next to the storage fields.
    void showStorageError(const Error &error);

Q_SIGNALS:
    // A storage field changed (typed, switched, or filled by a load).
    void storageEdited();
    // A web service field changed.
    void servicesEdited();

private:
    void modeChanged();
    void storageChanged();

    void showStartOfTexts();
    QList<QLineEdit *> draftFields() const;

    Ui::CredentialsPage *m_ui;
    Profile m_profile; // the profile shown, for its name and endpoint suffix
    Draft m_loaded; // the fields as filled from the profile and its secrets
};

} // namespace mlr::gui
