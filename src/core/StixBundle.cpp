#include "core/StixBundle.h"

#include "core/Error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace muster::core {

namespace {

[[noreturn]] void fail(const QString& origin, const QString& path, const QString& problem)
{
    throw Error(Error::Kind::BadInput, QStringLiteral("%1: %2: %3").arg(origin, path, problem));
}

const QRegularExpression& typePattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{1,248}[a-z0-9]$"));
    return re;
}

// Line and column of a byte offset, for JSON syntax errors.
QString position(const QByteArray& json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return StixBundle::tr("line %1, column %2").arg(line).arg(column);
}

QString quoted(const QJsonValue& v)
{
    if (v.isString()) {
        return QLatin1Char('"') + v.toString().left(80) + QLatin1Char('"');
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1).left(80);
}

} // namespace

StixBundle StixBundle::parse(const QByteArray& json, const QString& origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        throw Error(Error::Kind::BadInput,
                    tr("%1: %2: not valid JSON (%3).").arg(origin, position(json, error.offset), error.errorString()));
    }
    if (!doc.isObject()) {
        fail(origin, QStringLiteral("$"), tr("a STIX bundle is a JSON object, not an array or a value."));
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("bundle")) {
        fail(origin, QStringLiteral("$.type"),
             tr("expected \"bundle\", found %1.").arg(quoted(root.value(QLatin1String("type")))));
    }
    const QString id = root.value(QLatin1String("id")).toString();
    if (!isValidId(id, QStringLiteral("bundle"))) {
        fail(origin, QStringLiteral("$.id"),
             tr("%1 is not a bundle id (bundle--<UUID>).").arg(quoted(root.value(QLatin1String("id")))));
    }
    const QJsonValue objects = root.value(QLatin1String("objects"));
    if (!objects.isUndefined() && !objects.isArray()) {
        fail(origin, QStringLiteral("$.objects"), tr("expected an array of STIX objects."));
    }
    StixBundle bundle;
    bundle.m_origin = origin;
    bundle.m_id = id;
    bundle.m_basePath = QStringLiteral("$.objects");
    if (root.contains(QLatin1String("spec_version"))) {
        bundle.m_specVersion = root.value(QLatin1String("spec_version")).toString();
        if (bundle.m_specVersion != QLatin1String("2.0")) {
            fail(origin, QStringLiteral("$.spec_version"),
                 tr("only STIX 2.0 bundles carry a spec_version; found %1.")
                     .arg(quoted(root.value(QLatin1String("spec_version")))));
        }
    }
    const QJsonArray list = objects.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("$.objects[%1]").arg(i);
        if (!list.at(i).isObject()) {
            fail(origin, path, tr("expected a STIX object."));
        }
        bundle.add(list.at(i).toObject(), path);
        bundle.m_sourceIndex.append(i);
    }
    if (bundle.m_specVersion.isEmpty()) {
        bundle.m_specVersion = QStringLiteral("2.1");
    }
    return bundle;
}

StixBundle StixBundle::fromObjects(const QList<QJsonObject>& objects, const QString& origin, const QString& path)
{
    StixBundle bundle;
    bundle.m_origin = origin;
    bundle.m_id = newId(QStringLiteral("bundle"));
    bundle.m_specVersion = QStringLiteral("2.1");
    bundle.m_basePath = path;
    for (int i = 0; i < objects.size(); ++i) {
        bundle.add(objects.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
        bundle.m_sourceIndex.append(i);
    }
    return bundle;
}

void StixBundle::add(const QJsonObject& o, const QString& path)
{
    const auto at = [&](const char* field) -> QString {
        return path + QLatin1Char('.') + QLatin1String(field);
    };
    const QJsonValue typeValue = o.value(QLatin1String("type"));
    const QString type = typeValue.toString();
    if (!typeValue.isString() || !typePattern().match(type).hasMatch()) {
        fail(m_origin, at("type"),
             typeValue.isUndefined() ? tr("every STIX object needs a type.")
                                     : tr("%1 is not a STIX type name.").arg(quoted(typeValue)));
    }
    const QJsonValue idValue = o.value(QLatin1String("id"));
    const QString id = idValue.toString();
    if (!isValidId(id, type)) {
        fail(m_origin, at("id"),
             idValue.isUndefined() ? tr("every STIX object needs an id.")
                                   : tr("%1 is not an id of type %2 (%2--<UUID>).").arg(quoted(idValue), type));
    }
    const QJsonValue spec = o.value(QLatin1String("spec_version"));
    if (!spec.isUndefined() && spec.toString() != QLatin1String("2.1") && spec.toString() != QLatin1String("2.0")) {
        fail(m_origin, at("spec_version"),
             tr("unsupported STIX version %1; Muster reads 2.0 and 2.1.").arg(quoted(spec)));
    }
    for (const char* field :
         {"created", "modified", "valid_from", "valid_until", "first_seen", "last_seen", "published"}) {
        const QJsonValue v = o.value(QLatin1String(field));
        if (!v.isUndefined() && !parseTimestamp(v.toString())) {
            fail(m_origin, at(field), tr("%1 is not a STIX timestamp (e.g. 2016-04-06T20:03:48.000Z).").arg(quoted(v)));
        }
    }
    const QJsonValue confidence = o.value(QLatin1String("confidence"));
    if (!confidence.isUndefined() &&
        (!confidence.isDouble() || confidence.toDouble() < 0 || confidence.toDouble() > 100 ||
         confidence.toDouble() != double(confidence.toInt()))) {
        fail(m_origin, at("confidence"), tr("%1 is not a confidence from 0 to 100.").arg(quoted(confidence)));
    }
    const QJsonValue markings = o.value(QLatin1String("object_marking_refs"));
    if (!markings.isUndefined()) {
        if (!markings.isArray()) {
            fail(m_origin, at("object_marking_refs"), tr("expected an array of marking-definition ids."));
        }
        const QJsonArray refs = markings.toArray();
        for (int i = 0; i < refs.size(); ++i) {
            if (!isValidId(refs.at(i).toString(), QStringLiteral("marking-definition"))) {
                fail(m_origin, QStringLiteral("%1[%2]").arg(at("object_marking_refs")).arg(i),
                     tr("%1 is not a marking-definition id.").arg(quoted(refs.at(i))));
            }
        }
    }
    for (const char* field : {"external_references", "kill_chain_phases", "object_refs", "labels", "aliases"}) {
        const QJsonValue v = o.value(QLatin1String(field));
        if (!v.isUndefined() && !v.isArray()) {
            fail(m_origin, at(field), tr("expected an array."));
        }
    }
    for (const char* field : {"name", "description", "pattern"}) {
        const QJsonValue v = o.value(QLatin1String(field));
        if (!v.isUndefined() && !v.isString()) {
            fail(m_origin, at(field), tr("expected a string, found %1.").arg(quoted(v)));
        }
    }
    if (type == QLatin1String("indicator")) {
        if (o.value(QLatin1String("pattern")).toString().trimmed().isEmpty()) {
            fail(m_origin, at("pattern"), tr("an indicator needs a pattern."));
        }
    } else if (type == QLatin1String("relationship")) {
        if (o.value(QLatin1String("relationship_type")).toString().isEmpty()) {
            fail(m_origin, at("relationship_type"), tr("a relationship needs a relationship_type."));
        }
        for (const char* field : {"source_ref", "target_ref"}) {
            const QJsonValue ref = o.value(QLatin1String(field));
            if (!isValidId(ref.toString())) {
                fail(m_origin, at(field),
                     ref.isUndefined() ? tr("a relationship needs this reference.")
                                       : tr("%1 is not a STIX id.").arg(quoted(ref)));
            }
        }
    } else if (type == QLatin1String("report")) {
        const QJsonArray refs = o.value(QLatin1String("object_refs")).toArray();
        for (int i = 0; i < refs.size(); ++i) {
            if (!isValidId(refs.at(i).toString())) {
                fail(m_origin, QStringLiteral("%1[%2]").arg(at("object_refs")).arg(i),
                     tr("%1 is not a STIX id.").arg(quoted(refs.at(i))));
            }
        }
    }
    // Several versions of one object may travel together; the newest one wins.
    if (auto it = m_byId.constFind(id); it != m_byId.constEnd()) {
        const QJsonObject& old = m_objects.at(*it);
        if (o.value(QLatin1String("modified")).toString() >= old.value(QLatin1String("modified")).toString()) {
            m_objects[*it] = o;
        }
        return;
    }
    m_byId.insert(id, m_objects.size());
    m_objects.append(o);
}

QString StixBundle::pathOf(qsizetype index) const
{
    const int source = index >= 0 && index < m_sourceIndex.size() ? m_sourceIndex.at(index) : int(index);
    return QStringLiteral("%1[%2]").arg(m_basePath).arg(source);
}

const QJsonObject* StixBundle::find(const QString& stixId) const
{
    auto it = m_byId.constFind(stixId);
    return it == m_byId.constEnd() ? nullptr : &m_objects.at(*it);
}

qsizetype StixBundle::count(const QString& type) const
{
    return std::count_if(m_objects.begin(), m_objects.end(),
                         [&](const QJsonObject& o) { return o.value(QLatin1String("type")).toString() == type; });
}

QJsonObject StixBundle::makeBundle(const QList<QJsonObject>& objects)
{
    QJsonArray array;
    for (const auto& o : objects) {
        array.append(o);
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("bundle")},
                       {QStringLiteral("id"), newId(QStringLiteral("bundle"))},
                       {QStringLiteral("objects"), array}};
}

std::optional<qint64> StixBundle::parseTimestamp(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?(?:[Zz]|\\+00:00)$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int second = m.captured(6).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), std::min(second, 59),
                     QString(m.captured(7) + QStringLiteral("000")).left(3).toInt());
    if (!date.isValid() || !time.isValid() || second > 60) {
        return std::nullopt;
    }
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
}

QString StixBundle::formatTimestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

bool StixBundle::isValidId(const QString& id, const QString& expectedType)
{
    const qsizetype sep = id.indexOf(QLatin1String("--"));
    if (sep <= 0) {
        return false;
    }
    if (!expectedType.isEmpty() && QStringView(id).left(sep) != expectedType) {
        return false;
    }
    return !QUuid::fromString(QStringView(id).mid(sep + 2)).isNull();
}

QString StixBundle::externalId(const QJsonObject& object, const QString& sourceName)
{
    for (const auto& ref : object.value(QLatin1String("external_references")).toArray()) {
        const QJsonObject r = ref.toObject();
        if (r.value(QLatin1String("source_name")).toString() == sourceName) {
            return r.value(QLatin1String("external_id")).toString();
        }
    }
    return {};
}

QStringList StixBundle::strings(const QJsonValue& array)
{
    QStringList out;
    for (const auto& e : array.toArray()) {
        if (e.isString()) {
            out.append(e.toString());
        }
    }
    return out;
}

QString StixBundle::newId(const QString& type)
{
    return type + QStringLiteral("--") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace muster::core
