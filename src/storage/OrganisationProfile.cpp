#include "storage/OrganisationProfile.h"

#include "core/Error.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

namespace muster::storage {

OrganisationProfile OrganisationProfile::load(const Database& db)
{
    const SettingsRepository settings(db);
    OrganisationProfile p;
    p.name = settings.value(nameKey()).trimmed();
    p.logo = QByteArray::fromBase64(settings.value(logoKey()).toLatin1());
    return p;
}

void OrganisationProfile::saveLogo(Database& db, const QByteArray& bytes, qint64 now)
{
    if (bytes.size() > maxLogoBytes()) {
        throw core::Error(core::Error::Kind::BadInput, tr("Logo: the image has %1 KiB; use one of at most %2 KiB.")
                                                           .arg((bytes.size() + 1023) / 1024)
                                                           .arg(maxLogoBytes() / 1024));
    }
    SettingsRepository(db).setValue(logoKey(), QString::fromLatin1(bytes.toBase64()), now);
    db.notifyChanged({QStringLiteral("settings")});
}

} // namespace muster::storage
