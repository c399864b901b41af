#pragma once

#include "http/error.h"
#include "profile/profile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace mlr {

// Named connection profiles, persisted with QSettings: group "profiles/<name>", one value
// per Profile::keys() entry, plus "lastUsed". Never holds a secret: Profile has no secret
// fields and save() refuses values that look like one (see Profile::set).
//
// Names are exact identifiers (secrets in the keychain are keyed by them): non-empty, at most
// 64 characters, no '/', '\\' or control characters, no leading or trailing spaces, and
// unique ignoring case ("Prod" and "prod" cannot both exist; Windows' credential store
// ignores case). load() and the others match names exactly.
//
// The built-in "Local sandbox" profile (Profile::localSandbox()) always exists; it can be
// edited (save() stores the edits under its name) but not removed or renamed.
//
// Renaming or removing a profile does not touch its secrets: follow a successful rename()
// or remove() with SecretStore::renameProfile()/removeProfile().
//
// Every change is written to disk before the call returns; reads pick up changes made by
// another process (the CLI while the GUI runs). Not thread-safe; cheap to create.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    ProfileStore(); // QSettings("mlretrain", "mlretrain"): ~/.config/mlretrain/mlretrain.conf on Linux
    explicit ProfileStore(const QString &settingsFile); // INI file (tests, the CLI's --config)
    ~ProfileStore();
    ProfileStore(ProfileStore &&) noexcept;
    ProfileStore &operator=(ProfileStore &&) noexcept;

    // "Local sandbox" first, then the others sorted (case-insensitively).
    QStringList names() const;
    bool contains(const QString &name) const;
    // The saved profile; "Local sandbox" exists even if never saved. nullopt for an unknown name.
    std::optional<Profile> load(const QString &name) const;
    // Creates or replaces the profile under profile.name. Validates the name and every field
    // (as Profile::set does); builtIn is derived from the name. Error::Kind::Input on refusal.
    Error save(const Profile &profile);
    // Refuses the built-in profile and unknown names.
    Error remove(const QString &name);
    // Refuses the built-in profile, unknown sources, invalid or existing targets. Renaming to
    // the same name with a different case is allowed. lastUsed follows the rename.
    Error rename(const QString &from, const QString &to);

    // The profile last used, or "Local sandbox" when none was recorded or it no longer exists.
    QString lastUsed() const;
    void setLastUsed(const QString &name);

    QString fileName() const;

    // Error::Kind::Input describing what is wrong with a profile name, or no error.
    static Error validateName(const QString &name);

private:
    QString existingNameIgnoringCase(const QString &name) const; // the stored spelling, or empty
    Error flush();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace mlr
