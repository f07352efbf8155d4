#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace muster::storage {

class Database;

// What reports print about the organisation on every page: its name and logo, kept in
// the organisation-wide settings table (so that every desktop and a headless
// `musterctl report` on a server print the same letterhead). The logo is stored as the
// image file's bytes (PNG, JPEG or SVG), base64-encoded, at most maxLogoBytes().
struct OrganisationProfile
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::OrganisationProfile)

public:
    QString name;
    QByteArray logo; // the image file's bytes; empty for none

    static QString nameKey() { return QStringLiteral("organisation.name"); }
    static QString logoKey() { return QStringLiteral("organisation.logo"); }
    static constexpr qsizetype maxLogoBytes() { return 512 * 1024; }

    static OrganisationProfile load(const Database& db);
    // Stores the logo file's bytes; an empty array removes the logo. Throws
    // core::Error(BadInput) when the file is larger than maxLogoBytes().
    static void saveLogo(Database& db, const QByteArray& bytes, qint64 now);
};

} // namespace muster::storage
