#include "net/EmlWriter.h"

#include "core/Error.h"
#include "core/Ids.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

namespace muster::net {

QByteArray EmlWriter::encodeHeader(const QString& text)
{
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() > 126 || c.unicode() < 32) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        return text.toLatin1();
    }
    // Encoded words of at most 75 characters, split on whole UTF-8 characters.
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&] {
        if (!chunk.isEmpty()) {
            if (!out.isEmpty()) {
                out += "\r\n ";
            }
            out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString ch(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            ch += text.at(++i);
        }
        const QByteArray utf8 = ch.toUtf8();
        if ((chunk.size() + utf8.size()) > 45) {
            flush();
        }
        chunk += utf8;
    }
    flush();
    return out;
}

QByteArray EmlWriter::quotedPrintable(const QByteArray& utf8)
{
    QByteArray out;
    const QList<QByteArray> lines = QByteArray(utf8).replace("\r\n", "\n").split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray& line = lines.at(n);
        int length = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last)) {
                piece = QByteArray(1, char(c));
            } else {
                piece = "=" + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            }
            if (length + piece.size() > 75) {
                out += "=\r\n";
                length = 0;
            }
            out += piece;
            length += int(piece.size());
        }
        if (n < lines.size() - 1) {
            out += "\r\n";
        }
    }
    return out;
}

QStringList EmlWriter::parseAddresses(const QString& text)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s<>,;]+@[^@\\s<>,;]+\\.[^@\\s<>,;]+$"));
    QStringList out;
    for (QString part : text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.isEmpty()) {
            continue;
        }
        const qsizetype open = part.indexOf(QLatin1Char('<'));
        const QString bare = open >= 0 ? part.mid(open + 1).chopped(part.endsWith(QLatin1Char('>')) ? 1 : 0) : part;
        if (!address.match(bare.trimmed()).hasMatch()) {
            throw core::Error(core::Error::Kind::BadInput,
                              tr("Recipients: \"%1\" is not an e-mail address.").arg(part));
        }
        out.append(bare.trimmed());
    }
    return out;
}

QByteArray EmlWriter::render(const Message& m)
{
    QByteArray out;
    const auto header = [&](const char* name, const QByteArray& value) {
        out += name + QByteArray(": ") + value + "\r\n";
    };
    const QByteArray from =
        m.fromName.isEmpty() ? m.fromAddress.toUtf8() : encodeHeader(m.fromName) + " <" + m.fromAddress.toUtf8() + ">";
    header("From", from);
    if (!m.to.isEmpty()) {
        header("To", m.to.join(QStringLiteral(", ")).toUtf8());
    }
    header("Subject", encodeHeader(m.subject));
    header("Date", QDateTime::fromMSecsSinceEpoch(m.date, QTimeZone::utc()).toString(Qt::RFC2822Date).toLatin1());
    const QString domain = m.fromAddress.section(QLatin1Char('@'), 1);
    header("Message-ID", "<" + core::newId().toLatin1() + "@" +
                             (domain.isEmpty() ? QByteArray("muster.invalid") : domain.toLatin1()) + ">");
    header("MIME-Version", "1.0");
    header("Content-Type", "text/plain; charset=UTF-8");
    header("Content-Transfer-Encoding", "quoted-printable");
    header("X-Unsent", "1");
    header("X-Mailer", "Muster " MUSTER_VERSION);
    out += "\r\n";
    out += quotedPrintable(m.body.toUtf8());
    out += "\r\n";
    return out;
}

void EmlWriter::write(const QString& path, const Message& message)
{
    QSaveFile file(path);
    const QByteArray data = render(message);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        throw core::Error(core::Error::Kind::Io,
                          tr("%1: cannot write the e-mail file: %2").arg(path, file.errorString()));
    }
}

} // namespace muster::net
