#include "core/ZipReader.h"

#include "core/Error.h"
#include "core/Inflate.h"

namespace muster::core {

namespace {

constexpr quint32 kLocalSignature = 0x04034b50;
constexpr quint32 kCentralSignature = 0x02014b50;
constexpr quint32 kEndSignature = 0x06054b50;
constexpr qsizetype kEndRecordSize = 22;
constexpr qsizetype kCentralHeaderSize = 46;
constexpr qsizetype kLocalHeaderSize = 30;

quint16 u16(const QByteArray& d, qsizetype at)
{
    return quint16(static_cast<unsigned char>(d.at(at)) | (static_cast<unsigned char>(d.at(at + 1)) << 8));
}

quint32 u32(const QByteArray& d, qsizetype at)
{
    return quint32(u16(d, at)) | (quint32(u16(d, at + 2)) << 16);
}

} // namespace

bool ZipReader::looksLikeZip(const QByteArray& data)
{
    return data.size() >= 4 && u32(data, 0) == kLocalSignature;
}

ZipReader::ZipReader(QByteArray data, qsizetype maxEntryBytes)
    : m_data(std::move(data))
    , m_maxEntryBytes(maxEntryBytes)
{
    const auto bad = [](const QString& why) {
        return Error(Error::Kind::BadInput, tr("Not a readable ZIP archive: %1.").arg(why));
    };
    const qsizetype n = m_data.size();
    if (n < kEndRecordSize) {
        throw bad(tr("the file is too short"));
    }
    // The end record sits at the end, followed by a comment of up to 65535 bytes.
    qsizetype end = -1;
    for (qsizetype at = n - kEndRecordSize; at >= 0 && at >= n - kEndRecordSize - 0xFFFF; --at) {
        if (u32(m_data, at) == kEndSignature && at + kEndRecordSize + u16(m_data, at + 20) == n) {
            end = at;
            break;
        }
    }
    if (end < 0) {
        throw bad(tr("no end-of-central-directory record (the file may be truncated)"));
    }
    if (u16(m_data, end + 4) != 0 || u16(m_data, end + 6) != 0) {
        throw bad(tr("multi-part archives are not supported"));
    }
    const quint16 count = u16(m_data, end + 10);
    const quint32 cdSize = u32(m_data, end + 12);
    const quint32 cdOffset = u32(m_data, end + 16);
    if (count == 0xFFFF || cdSize == 0xFFFFFFFF || cdOffset == 0xFFFFFFFF) {
        throw bad(tr("ZIP64 archives are not supported"));
    }
    if (qsizetype(cdOffset) + qsizetype(cdSize) > end) {
        throw bad(tr("the central directory lies outside the file"));
    }
    qsizetype at = cdOffset;
    for (quint16 i = 0; i < count; ++i) {
        if (at + kCentralHeaderSize > end || u32(m_data, at) != kCentralSignature) {
            throw bad(tr("central directory entry %1 is damaged").arg(i + 1));
        }
        Entry e;
        e.flags = u16(m_data, at + 8);
        e.method = u16(m_data, at + 10);
        e.crc = u32(m_data, at + 16);
        e.compressedSize = u32(m_data, at + 20);
        e.size = u32(m_data, at + 24);
        const quint16 nameLength = u16(m_data, at + 28);
        const quint16 extraLength = u16(m_data, at + 30);
        const quint16 commentLength = u16(m_data, at + 32);
        e.localOffset = u32(m_data, at + 42);
        if (at + kCentralHeaderSize + nameLength > end) {
            throw bad(tr("central directory entry %1 is damaged").arg(i + 1));
        }
        const QByteArray rawName = m_data.mid(at + kCentralHeaderSize, nameLength);
        e.name = (e.flags & 0x800) ? QString::fromUtf8(rawName) : QString::fromLatin1(rawName);
        m_entries.append(e);
        at += kCentralHeaderSize + nameLength + extraLength + commentLength;
    }
}

QByteArray ZipReader::read(const Entry& e) const
{
    const auto bad = [&](const QString& why) {
        return Error(Error::Kind::BadInput, tr("Cannot read \"%1\" from the ZIP archive: %2.").arg(e.name, why));
    };
    if (e.flags & 0x1) {
        throw bad(tr("the entry is encrypted"));
    }
    if (qsizetype(e.size) > m_maxEntryBytes) {
        throw bad(tr("it is %1 bytes long; at most %2 are read").arg(e.size).arg(m_maxEntryBytes));
    }
    const qsizetype local = e.localOffset;
    if (local + kLocalHeaderSize > m_data.size() || u32(m_data, local) != kLocalSignature) {
        throw bad(tr("its local header is missing or damaged"));
    }
    const qsizetype dataAt = local + kLocalHeaderSize + u16(m_data, local + 26) + u16(m_data, local + 28);
    if (dataAt + qsizetype(e.compressedSize) > m_data.size()) {
        throw bad(tr("its data runs past the end of the file"));
    }
    const QByteArrayView raw = QByteArrayView(m_data).sliced(dataAt, e.compressedSize);
    QByteArray out;
    if (e.method == 0) {
        out = raw.toByteArray();
    } else if (e.method == 8) {
        QString why;
        // Never inflate beyond the size the directory declares (a "zip bomb" lies about it).
        auto inflated = Inflate::raw(raw, qsizetype(e.size), &why);
        if (!inflated) {
            throw bad(why);
        }
        out = std::move(*inflated);
    } else {
        throw bad(tr("compression method %1 is not supported (only stored and deflated)").arg(e.method));
    }
    if (out.size() != qsizetype(e.size)) {
        throw bad(tr("it should be %1 bytes long but is %2").arg(e.size).arg(out.size()));
    }
    if (Inflate::crc32(out) != e.crc) {
        throw bad(tr("its checksum does not match (the archive is damaged)"));
    }
    return out;
}

} // namespace muster::core
