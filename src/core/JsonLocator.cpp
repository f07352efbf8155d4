#include "core/JsonLocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace muster::core {

namespace {
constexpr int kMaxDepth = 2048;
}

JsonLocator::JsonLocator(const QByteArray& json)
    : m_json(json)
{
    skipSpace();
    value(QStringLiteral("$"), 0);
}

qsizetype JsonLocator::offset(const QString& path) const
{
    return m_offsets.value(path, -1);
}

std::pair<int, int> JsonLocator::lineColumn(const QByteArray& json, qsizetype offset)
{
    if (offset < 0) {
        return {0, 0};
    }
    offset = std::min(offset, json.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes: skip UTF-8 continuation bytes.
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(json.at(i)) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

QString JsonLocator::member(const QString& path, const QString& key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (plain.match(key).hasMatch()) {
        return path + QLatin1Char('.') + key;
    }
    QString quoted = key;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return path + QLatin1String("[\"") + quoted + QLatin1String("\"]");
}

QString JsonLocator::element(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void JsonLocator::skipSpace()
{
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            break;
        }
        ++m_pos;
    }
}

bool JsonLocator::string(QString* decoded)
{
    if (m_pos >= m_json.size() || m_json.at(m_pos) != '"') {
        return false;
    }
    const qsizetype start = m_pos++;
    bool escaped = false;
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos++);
        if (c == '\\') {
            escaped = true;
            ++m_pos; // skip the escaped character (\uXXXX digits are plain characters)
        } else if (c == '"') {
            if (decoded) {
                const QByteArray raw = m_json.mid(start, m_pos - start);
                if (!escaped) {
                    *decoded = QString::fromUtf8(raw.mid(1, raw.size() - 2));
                } else {
                    const auto doc = QJsonDocument::fromJson('[' + raw + ']');
                    *decoded = doc.array().at(0).toString();
                }
            }
            return true;
        }
    }
    return false;
}

bool JsonLocator::value(const QString& path, int depth)
{
    if (depth > kMaxDepth || m_pos >= m_json.size()) {
        return false;
    }
    const char c = m_json.at(m_pos);
    if (c == '{') {
        return object(path, depth + 1);
    }
    if (c == '[') {
        return array(path, depth + 1);
    }
    if (c == '"') {
        return string(nullptr);
    }
    // Number, true, false, null: up to the next delimiter.
    while (m_pos < m_json.size()) {
        const char d = m_json.at(m_pos);
        if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t') {
            break;
        }
        ++m_pos;
    }
    return true;
}

bool JsonLocator::object(const QString& path, int depth)
{
    ++m_pos; // '{'
    skipSpace();
    if (m_pos < m_json.size() && m_json.at(m_pos) == '}') {
        ++m_pos;
        return true;
    }
    while (m_pos < m_json.size()) {
        skipSpace();
        const qsizetype keyAt = m_pos;
        QString key;
        if (!string(&key)) {
            return false;
        }
        const QString childPath = member(path, key);
        if (!m_offsets.contains(childPath)) {
            m_offsets.insert(childPath, keyAt);
        }
        skipSpace();
        if (m_pos >= m_json.size() || m_json.at(m_pos) != ':') {
            return false;
        }
        ++m_pos;
        skipSpace();
        if (!value(childPath, depth)) {
            return false;
        }
        skipSpace();
        if (m_pos >= m_json.size()) {
            return false;
        }
        const char c = m_json.at(m_pos++);
        if (c == '}') {
            return true;
        }
        if (c != ',') {
            return false;
        }
    }
    return false;
}

bool JsonLocator::array(const QString& path, int depth)
{
    ++m_pos; // '['
    skipSpace();
    if (m_pos < m_json.size() && m_json.at(m_pos) == ']') {
        ++m_pos;
        return true;
    }
    qsizetype index = 0;
    while (m_pos < m_json.size()) {
        skipSpace();
        const QString childPath = element(path, index++);
        m_offsets.insert(childPath, m_pos);
        if (!value(childPath, depth)) {
            return false;
        }
        skipSpace();
        if (m_pos >= m_json.size()) {
            return false;
        }
        const char c = m_json.at(m_pos++);
        if (c == ']') {
            return true;
        }
        if (c != ',') {
            return false;
        }
    }
    return false;
}

} // namespace muster::core
