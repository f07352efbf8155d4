#pragma once

#include "core/Playbook.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace muster::core {

// Loads and validates playbook files. A file that breaks the format is reported with
// its name and the JSON path of the fault ("ransomware.json: $.workstreams[1].tasks[0]
// .due.after: ...") and left out; the others load.
class PlaybookLibrary
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::PlaybookLibrary)

public:
    static inline const QString format = QStringLiteral("muster-playbook/1");

    PlaybookLibrary() = default;

    // The playbooks compiled into Muster (resources/playbooks).
    static const PlaybookLibrary& builtIn();
    // Every *.json in `directory` (a folder or a resource path such as ":/playbooks").
    static PlaybookLibrary load(const QString& directory);
    // Parses one file; throws Error(BadInput) naming the file and the JSON path.
    static Playbook parseFile(const QString& path);
    static Playbook parse(const QByteArray& json, const QString& fileName);

    const QList<Playbook>& playbooks() const { return m_playbooks; }
    const QStringList& errors() const { return m_errors; }
    const Playbook* find(const QString& id) const;
    QList<const Playbook*> matching(const Incident& incident, const IncidentAttributes& attributes) const;

    void add(Playbook playbook) { m_playbooks.append(std::move(playbook)); }

private:
    // Cross-file checks: unique ids, dependencies that name a known task key.
    void validateAcrossFiles();

    QList<Playbook> m_playbooks;
    QStringList m_errors;
};

} // namespace muster::core
