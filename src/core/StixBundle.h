#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace muster::core {

// A STIX 2.0 or 2.1 bundle, checked for the shape Muster relies on. Parsing is all or
// nothing: the first problem throws Error(BadInput) naming the file and the JSON path
// ("feed.json: $.objects[3].id: ..."), so that an import never takes half a bundle.
// Object types Muster does not model are kept as they are.
class StixBundle
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::StixBundle)

public:
    // Parses a bundle file's bytes. `origin` names the file (or feed) in messages.
    static StixBundle parse(const QByteArray& json, const QString& origin);
    // Checks loose objects (a TAXII envelope's "objects"); `path` prefixes the JSON path.
    static StixBundle fromObjects(const QList<QJsonObject>& objects, const QString& origin,
                                  const QString& path = QStringLiteral("$.objects"));

    const QString& origin() const { return m_origin; }
    const QString& id() const { return m_id; }
    // "2.1" or "2.0": the bundle's spec_version (2.0) or its objects' (2.1).
    const QString& specVersion() const { return m_specVersion; }
    const QList<QJsonObject>& objects() const { return m_objects; }
    // The JSON path of objects()[i] in the source ("$.objects[12]").
    QString pathOf(qsizetype index) const;
    const QJsonObject* find(const QString& stixId) const;
    qsizetype count(const QString& type) const;

    // A new STIX 2.1 bundle of these objects.
    static QJsonObject makeBundle(const QList<QJsonObject>& objects);

    // STIX timestamps: RFC 3339 in UTC ("2016-04-06T20:03:48.000Z", any precision).
    static std::optional<qint64> parseTimestamp(const QString& text);
    static QString formatTimestamp(qint64 ms);
    // "indicator--<uuid>"
    static bool isValidId(const QString& id, const QString& expectedType = QString());
    static QString newId(const QString& type);
    // The external_id of an object's external reference from `sourceName` ("mitre-attack").
    static QString externalId(const QJsonObject& object, const QString& sourceName);
    // The strings of a JSON array (other values skipped).
    static QStringList strings(const QJsonValue& array);

private:
    void add(const QJsonObject& object, const QString& path);

    QString m_origin;
    QString m_id;
    QString m_specVersion;
    QString m_basePath;
    QList<QJsonObject> m_objects;
    QList<int> m_sourceIndex;
    QHash<QString, qsizetype> m_byId;
};

} // namespace muster::core
