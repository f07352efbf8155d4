#include "core/Csv.h"

#include "core/Error.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace muster::core {

Csv::Table Csv::parse(const QByteArray& data, const QString& fileName)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        throw Error(Error::Kind::BadInput, tr("%1: the file is not valid UTF-8 text.").arg(fileName));
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    // The separator is whichever of ',' and ';' the header line has more of.
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    const QString firstLine = text.left(firstBreak < 0 ? text.size() : firstBreak);
    const QChar sep =
        firstLine.count(QLatin1Char(';')) > firstLine.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
    QList<Row> rows;
    Row row;
    QString field;
    int line = 1;
    row.line = 1;
    bool quoted = false;
    bool afterQuote = false;
    int quoteStart = 0;
    const auto endField = [&] {
        row.fields.append(field);
        field.clear();
        afterQuote = false;
    };
    const auto endRow = [&] {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields.first().trimmed().isEmpty();
        if (!blank) {
            rows.append(row);
        }
        row = Row{};
        row.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.trimmed().isEmpty() || afterQuote) {
                throw Error(Error::Kind::BadInput,
                            tr("%1, line %2: a quote in the middle of a field; enclose the whole field in quotes "
                               "and double the quotes inside it.")
                                .arg(fileName)
                                .arg(line));
            }
            field.clear();
            quoted = true;
            quoteStart = line;
        } else if (c == sep) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else if (c == QLatin1Char('\r')) {
            // CRLF line ends: the \n ends the row.
        } else {
            if (afterQuote && !c.isSpace()) {
                throw Error(Error::Kind::BadInput,
                            tr("%1, line %2: text after a closing quote.").arg(fileName).arg(line));
            }
            if (!afterQuote) {
                field.append(c);
            }
        }
    }
    if (quoted) {
        throw Error(Error::Kind::BadInput,
                    tr("%1, line %2: a quoted field is never closed.").arg(fileName).arg(quoteStart));
    }
    if (!field.isEmpty() || !row.fields.isEmpty()) {
        endRow();
    }
    if (rows.isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("%1: the file is empty; it needs a header line.").arg(fileName));
    }
    Table table;
    for (const QString& h : rows.takeFirst().fields) {
        table.header.append(h.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_')));
    }
    table.rows = rows;
    return table;
}

Csv::Table Csv::parseFile(const QString& path)
{
    QFile f(path);
    const QString name = QFileInfo(path).fileName();
    if (!f.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::Io, tr("Cannot read %1: %2").arg(path, f.errorString()));
    }
    constexpr qint64 kMaxSize = 64 * 1024 * 1024;
    if (f.size() > kMaxSize) {
        throw Error(Error::Kind::BadInput, tr("%1 is larger than 64 MiB; split it.").arg(name));
    }
    return parse(f.readAll(), name);
}

QString Csv::line(const QStringList& fields)
{
    QStringList out;
    for (QString f : fields) {
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n')) ||
            f.contains(QLatin1Char('\r'))) {
            f = QLatin1Char('"') + f.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        }
        out.append(f);
    }
    return out.join(QLatin1Char(','));
}

QByteArray Csv::document(const QList<QStringList>& rows)
{
    QByteArray out;
    for (const QStringList& row : rows) {
        out += line(row).toUtf8();
        out += "\r\n";
    }
    return out;
}

QString Csv::spreadsheetText(const QString& text)
{
    static const QString starters = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && starters.contains(text.front()) ? QLatin1Char('\'') + text : text;
}

} // namespace muster::core
