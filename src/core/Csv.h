#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace muster::core {

// RFC 4180 CSV: comma or semicolon separated (detected from the header), fields in
// double quotes may hold separators, quotes ("") and line breaks. UTF-8, with or
// without a byte-order mark.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::Csv)

public:
    struct Row
    {
        int line = 0; // 1-based line where the row starts
        QStringList fields;
    };

    struct Table
    {
        QStringList header; // lower-cased, trimmed
        QList<Row> rows;    // without the header; blank lines skipped
        int column(const QString& name) const { return int(header.indexOf(name)); }
    };

    // Throws core::Error(BadInput) naming `fileName` and the line for malformed input
    // (an unterminated quote, text after a closing quote, invalid UTF-8, no header).
    static Table parse(const QByteArray& data, const QString& fileName);
    static Table parseFile(const QString& path);

    // Writing: one RFC 4180 line (comma-separated, fields with commas, quotes or line
    // breaks quoted), and a whole document (UTF-8, CRLF line ends).
    static QString line(const QStringList& fields);
    static QByteArray document(const QList<QStringList>& rows);
    // Text a person or an alert typed, made safe for spreadsheets: a leading = + - @ tab
    // or carriage return would start a formula, so it gets a leading apostrophe.
    static QString spreadsheetText(const QString& text);
};

} // namespace muster::core
