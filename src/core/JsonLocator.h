#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <utility>

namespace muster::core {

// Finds where a JSON path sits in the text of a document, so that a problem found in the
// parsed values can name a line and column. QJsonDocument keeps no positions; this scans
// the (already parsed, hence valid) text once and records the offset of every member key
// and array element.
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray& json);

    // Byte offset of the member's key (objects) or the element (arrays); -1 when unknown.
    qsizetype offset(const QString& path) const;
    // 1-based line and column (in characters) of a byte offset; {0, 0} when out of range.
    static std::pair<int, int> lineColumn(const QByteArray& json, qsizetype offset);

    // Path helpers shared with the parsers: "$", "$.key", "$[\"odd key\"]", "$.list[3]".
    static QString member(const QString& path, const QString& key);
    static QString element(const QString& path, qsizetype index);

private:
    bool value(const QString& path, int depth);
    bool object(const QString& path, int depth);
    bool array(const QString& path, int depth);
    bool string(QString* decoded);
    void skipSpace();

    QByteArray m_json;
    qsizetype m_pos = 0;
    QHash<QString, qsizetype> m_offsets;
};

} // namespace muster::core
