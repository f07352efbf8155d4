#include "storage/ScenarioLibrary.h"

#include "core/BuiltinScenarios.h"
#include "core/Error.h"
#include "core/Ids.h"
#include "core/ScenarioFormat.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QFileInfo>

#include <algorithm>

namespace muster::storage {

using core::Error;

namespace {

QString sourceKey(ScenarioLibrary::Source s)
{
    return s == ScenarioLibrary::Source::Imported ? QStringLiteral("imported") : QStringLiteral("custom");
}

} // namespace

QString ScenarioLibrary::sourceLabel(Source source)
{
    switch (source) {
    case Source::Builtin:
        return tr("Shipped with Muster");
    case Source::Imported:
        return tr("Imported");
    case Source::Custom:
        return tr("Written by the team");
    }
    return {};
}

ScenarioLibrary::ScenarioLibrary(Database& db, const core::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QList<ScenarioLibrary::Entry> ScenarioLibrary::entries() const
{
    QHash<QString, Entry> byKey;
    for (const QString& path : core::BuiltinScenarios::paths()) {
        auto parsed = core::ScenarioFormat::parseFile(path);
        if (!parsed.scenario) {
            continue;
        }
        Entry e;
        e.key = parsed.scenario->id;
        e.title = parsed.scenario->title;
        e.source = Source::Builtin;
        e.origin = QFileInfo(path).fileName();
        e.scenario = std::move(parsed.scenario);
        byKey.insert(e.key, e);
    }
    Query q(m_db.connection(),
            QStringLiteral("SELECT scenario_key, title, source, origin, updated_at, json FROM scenarios"));
    q.exec();
    while (q.next()) {
        Entry e;
        e.key = q.value(0).toString();
        e.title = q.value(1).toString();
        e.source = q.value(2).toString() == QLatin1String("imported") ? Source::Imported : Source::Custom;
        e.origin = q.value(3).toString();
        e.updatedAt = q.value(4).toLongLong();
        auto parsed = core::ScenarioFormat::parse(q.value(5).toString().toUtf8(), e.title);
        if (parsed.scenario) {
            e.scenario = std::move(parsed.scenario);
        } else {
            e.problems = parsed.errorText();
        }
        byKey.insert(e.key, e);
    }
    QList<Entry> out = byKey.values();
    std::sort(out.begin(), out.end(),
              [](const Entry& a, const Entry& b) { return QString::localeAwareCompare(a.title, b.title) < 0; });
    return out;
}

std::optional<ScenarioLibrary::Entry> ScenarioLibrary::find(const QString& key) const
{
    for (auto& e : entries()) {
        if (e.key == key) {
            return e;
        }
    }
    return std::nullopt;
}

ScenarioLibrary::Entry ScenarioLibrary::save(const core::Scenario& scenario, Source source, const QString& origin,
                                             bool replace)
{
    if (source == Source::Builtin) {
        throw Error(Error::Kind::Refused, tr("Shipped scenarios cannot be changed; save a copy with another id."));
    }
    const auto problems = core::ScenarioFormat::validate(scenario, scenario.title);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const auto& p : problems) {
            lines << QStringLiteral("%1: %2").arg(p.path, p.message);
        }
        throw Error(Error::Kind::BadInput,
                    tr("The scenario has problems and was not saved:\n%1").arg(lines.join(QLatin1Char('\n'))));
    }
    const QByteArray json = core::ScenarioFormat::toJson(scenario);
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_db.connection());
    Query existing(m_db.connection(), QStringLiteral("SELECT id FROM scenarios WHERE scenario_key = :key"));
    existing.bind(QStringLiteral(":key"), scenario.id);
    const QString existingId = existing.scalar().toString();
    if (!existingId.isEmpty()) {
        if (!replace) {
            throw Error(Error::Kind::Conflict,
                        tr("The library already holds a scenario with the id \"%1\"; replace it or change the id.")
                            .arg(scenario.id));
        }
        Query q(m_db.connection(), QStringLiteral("UPDATE scenarios SET title = :title, source = :source, origin = "
                                                  ":origin, json = :json, updated_at = :now WHERE id = :id"));
        q.bind(QStringLiteral(":title"), scenario.title)
            .bind(QStringLiteral(":source"), sourceKey(source))
            .bind(QStringLiteral(":origin"), origin)
            .bind(QStringLiteral(":json"), QString::fromUtf8(json))
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":id"), existingId)
            .exec();
    } else {
        Query q(m_db.connection(),
                QStringLiteral("INSERT INTO scenarios (id, scenario_key, title, source, origin, json, created_at, "
                               "updated_at) VALUES (:id, :key, :title, :source, :origin, :json, :now, :now)"));
        q.bind(QStringLiteral(":id"), core::newId())
            .bind(QStringLiteral(":key"), scenario.id)
            .bind(QStringLiteral(":title"), scenario.title)
            .bind(QStringLiteral(":source"), sourceKey(source))
            .bind(QStringLiteral(":origin"), origin)
            .bind(QStringLiteral(":json"), QString::fromUtf8(json))
            .bind(QStringLiteral(":now"), now)
            .exec();
    }
    tx.commit();
    m_db.notifyChanged({QStringLiteral("scenarios")});
    return Entry{scenario.id, scenario.title, source, origin, now, scenario, QString()};
}

core::OpenAevImport::Result ScenarioLibrary::importOpenAev(const QString& path, bool replace)
{
    auto result = core::OpenAevImport::fromFile(path);
    save(result.scenario, Source::Imported, QFileInfo(path).fileName(), replace);
    return result;
}

void ScenarioLibrary::remove(const QString& key)
{
    WriteTransaction tx(m_db.connection());
    Query q(m_db.connection(), QStringLiteral("DELETE FROM scenarios WHERE scenario_key = :key"));
    q.bind(QStringLiteral(":key"), key).exec();
    if (q.numRowsAffected() == 0) {
        throw Error(Error::Kind::NotFound,
                    tr("No stored scenario \"%1\" (shipped scenarios cannot be removed).").arg(key));
    }
    tx.commit();
    m_db.notifyChanged({QStringLiteral("scenarios")});
}

} // namespace muster::storage
