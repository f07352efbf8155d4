#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace muster::core {

// Reads the entries of a ZIP archive held in memory: the central directory, then each
// entry's data, stored or deflated, checked against its CRC-32. Only what exports need:
// no encryption, no ZIP64, no multi-disk archives. Throws core::Error(BadInput) with a
// message for the user when the archive is malformed or an entry exceeds `maxEntryBytes`.
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::ZipReader)

public:
    struct Entry
    {
        QString name;
        quint16 method = 0;
        quint16 flags = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 localOffset = 0;
    };

    explicit ZipReader(QByteArray data, qsizetype maxEntryBytes = 64 * 1024 * 1024);

    static bool looksLikeZip(const QByteArray& data);
    const QList<Entry>& entries() const { return m_entries; }
    QByteArray read(const Entry& entry) const;

private:
    QByteArray m_data;
    qsizetype m_maxEntryBytes;
    QList<Entry> m_entries;
};

} // namespace muster::core
