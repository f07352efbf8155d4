#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace muster::net {

// An e-mail as an .eml file (RFC 5322, MIME text/plain in UTF-8, quoted-printable)
// that any mail client opens; "X-Unsent: 1" makes Outlook open it as a draft to send.
class EmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(muster::net::EmlWriter)

public:
    struct Message
    {
        QString fromName;
        QString fromAddress;
        QStringList to; // addresses
        QString subject;
        QString body;
        qint64 date = 0; // epoch ms
    };

    static QByteArray render(const Message& message);
    // Writes the file; throws core::Error(Io) naming it.
    static void write(const QString& path, const Message& message);
    // "a@x.org, B <b@y.org>; c@z.org" -> the addresses; throws Error(BadInput) on a bad one.
    static QStringList parseAddresses(const QString& text);

    static QByteArray encodeHeader(const QString& text);       // RFC 2047 when not ASCII
    static QByteArray quotedPrintable(const QByteArray& utf8); // RFC 2045, CRLF lines
};

} // namespace muster::net
