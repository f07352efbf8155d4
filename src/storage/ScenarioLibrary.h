#pragma once

#include "core/Clock.h"
#include "core/OpenAevImport.h"
#include "core/Scenario.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace muster::storage {

class Database;

// The scenario library: the scenarios that ship with Muster plus those imported or
// written by the team, stored in the database (table scenarios) so that they sync. A
// stored scenario with the id of a shipped one replaces it in the list. Every scenario
// is validated on the way in and again on the way out.
class ScenarioLibrary
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::ScenarioLibrary)

public:
    enum class Source
    {
        Builtin,
        Imported,
        Custom,
    };
    static QString sourceLabel(Source source);

    struct Entry
    {
        QString key;
        QString title;
        Source source = Source::Builtin;
        QString origin; // the file it came from
        qint64 updatedAt = 0;
        std::optional<core::Scenario> scenario; // empty when a stored scenario no longer validates
        QString problems;
    };

    explicit ScenarioLibrary(Database& db, const core::Clock& clock = core::SystemClock::instance());

    // Sorted by title.
    QList<Entry> entries() const;
    std::optional<Entry> find(const QString& key) const;

    // Stores a scenario (validated first). An existing stored scenario with the same id
    // is replaced only when `replace` is set; otherwise Error(Conflict).
    Entry save(const core::Scenario& scenario, Source source, const QString& origin, bool replace);
    // Imports an OpenAEV export in one transaction; nothing is stored when it fails.
    core::OpenAevImport::Result importOpenAev(const QString& path, bool replace);
    // Removes a stored scenario; shipped ones cannot be removed.
    void remove(const QString& key);

private:
    Database& m_db;
    const core::Clock& m_clock;
};

} // namespace muster::storage
