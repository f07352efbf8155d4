#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace muster::core {

// Raw DEFLATE (RFC 1951) decoding, for the entries of ZIP files, and CRC-32. QtCore
// offers only zlib-wrapped streams (qUncompress), which ZIP entries are not. Every
// read is bounds-checked: a truncated or corrupt stream, or output beyond `maxOutput`
// bytes, gives nullopt and a reason.
class Inflate
{
public:
    static std::optional<QByteArray> raw(QByteArrayView input, qsizetype maxOutput, QString* error = nullptr);
    static quint32 crc32(QByteArrayView data);
};

} // namespace muster::core
