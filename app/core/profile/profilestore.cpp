#include "profile/profilestore.h"

#include <QDebug>
#include <QSettings>

#include <algorithm>

namespace mlr {

namespace {

const QString profilesGroup = QStringLiteral("profiles");
const QString lastUsedKey = QStringLiteral("lastUsed");
constexpr qsizetype maxNameLength = 64;

QString groupOf(const QString &name)
{
    return profilesGroup + u'/' + name;
}

} // namespace

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("mlretrain"), QStringLiteral("mlretrain")))
{ }

ProfileStore::ProfileStore(const QString &settingsFile)
    : m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{ }

ProfileStore::~ProfileStore() = default;
ProfileStore::ProfileStore(ProfileStore &&) noexcept = default;
ProfileStore &ProfileStore::operator=(ProfileStore &&) noexcept = default;

Error ProfileStore::validateName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error::input(tr("A profile needs a name."));
    if (name.size() > maxNameLength)
        return Error::input(tr("A profile name can have at most %1 characters.").arg(maxNameLength));
    if (name != name.trimmed())
        return Error::input(tr("A profile name cannot start or end with a space."));
    const bool bad = std::any_of(name.cbegin(), name.cend(),
        [](QChar c) { return c == u'/' || c == u'\\' || c.category() == QChar::Other_Control; });
    if (bad)
        return Error::input(tr("A profile name cannot contain '/', '\\' or control characters."));
    return {};
}

QStringList ProfileStore::names() const
{
    m_settings->sync(); // pick up changes made by another process
    m_settings->beginGroup(profilesGroup);
    QStringList others = m_settings->childGroups();
    m_settings->endGroup();
    const QString sandbox = Profile::localSandboxName();
    others.removeAll(sandbox);
    std::sort(others.begin(), others.end(), [](const QString &a, const QString &b) {
        const int byCase = a.compare(b, Qt::CaseInsensitive);
        return byCase != 0 ? byCase < 0 : a < b;
    });
    return QStringList { sandbox } + others;
}

bool ProfileStore::contains(const QString &name) const
{
    return names().contains(name);
}

QString ProfileStore::existingNameIgnoringCase(const QString &name) const
{
    const QStringList all = names();
    const auto it = std::find_if(all.cbegin(), all.cend(),
        [&](const QString &n) { return n.compare(name, Qt::CaseInsensitive) == 0; });
    return it == all.cend() ? QString() : *it;
}

std::optional<Profile> ProfileStore::load(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    Profile profile = name == Profile::localSandboxName() ? Profile::localSandbox() : Profile();
    profile.name = name;
    m_settings->beginGroup(groupOf(name));
    const QStringList stored = m_settings->childKeys();
    for (const QString &key : Profile::keys()) {
        if (!stored.contains(key))
            continue;
        const QString value = m_settings->value(key).toString();
        if (const Error error = profile.set(key, value))
            qWarning().noquote() << "Profile" << name << "in" << fileName() << ": ignoring"
                                 << error.message();
    }
    m_settings->endGroup();
    return profile;
}

Error ProfileStore::save(const Profile &profile)
{
    if (Error error = validateName(profile.name))
        return error;
    const bool builtIn = profile.name == Profile::localSandboxName();
    if (profile.builtIn && !builtIn)
        return Error::input(tr("The built-in profile cannot be renamed."));
    const QString existing = existingNameIgnoringCase(profile.name);
    if (!existing.isEmpty() && existing != profile.name)
        return Error::input(tr("A profile named '%1' already exists.").arg(existing));

    // Re-check every field as `profile set` would: the struct may have been filled directly.
    Profile checked;
    for (const QString &key : Profile::keys()) {
        if (Error error = checked.set(key, profile.value(key)))
            return error.withContext(tr("Saving profile '%1'").arg(profile.name));
    }
    m_settings->remove(groupOf(profile.name));
    m_settings->beginGroup(groupOf(profile.name));
    for (const QString &key : Profile::keys())
        m_settings->setValue(key, checked.value(key)); // empty values too: they clear built-in defaults
    m_settings->endGroup();
    return flush();
}

Error ProfileStore::remove(const QString &name)
{
    if (name == Profile::localSandboxName())
        return Error::input(tr("The '%1' profile is built in and cannot be deleted.").arg(name));
    if (!contains(name))
        return Error::input(tr("There is no profile named '%1'.").arg(name));
    m_settings->remove(groupOf(name));
    if (m_settings->value(lastUsedKey).toString() == name)
        m_settings->remove(lastUsedKey);
    return flush();
}

Error ProfileStore::rename(const QString &from, const QString &to)
{
    if (from == Profile::localSandboxName())
        return Error::input(tr("The '%1' profile is built in and cannot be renamed.").arg(from));
    if (!contains(from))
        return Error::input(tr("There is no profile named '%1'.").arg(from));
    if (Error error = validateName(to))
        return error;
    if (from == to)
        return {};
    const QString existing = existingNameIgnoringCase(to);
    if (!existing.isEmpty() && existing != from)
        return Error::input(tr("A profile named '%1' already exists.").arg(existing));

    m_settings->beginGroup(groupOf(from));
    QVariantMap values;
    const QStringList keys = m_settings->childKeys();
    for (const QString &key : keys)
        values.insert(key, m_settings->value(key));
    m_settings->endGroup();

    m_settings->remove(groupOf(from));
    m_settings->beginGroup(groupOf(to));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m_settings->setValue(it.key(), it.value());
    m_settings->endGroup();
    if (m_settings->value(lastUsedKey).toString() == from)
        m_settings->setValue(lastUsedKey, to);
    return flush();
}

QString ProfileStore::lastUsed() const
{
    const QString name = m_settings->value(lastUsedKey).toString();
    return !name.isEmpty() && contains(name) ? name : Profile::localSandboxName();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings->setValue(lastUsedKey, name);
    if (const Error error = flush())
        qWarning().noquote() << error.message();
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

Error ProfileStore::flush()
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return Error::input(tr("The profiles could not be saved: %1 cannot be written.").arg(fileName()));
    case QSettings::FormatError:
        break;
    }
    return Error::input(
        tr("The profiles could not be saved: %1 is not a valid settings file.").arg(fileName()));
}

} // namespace mlr
