#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace muster::core {

class StixBundle;

struct AttackTactic
{
    QString id;        // TA0001
    QString shortName; // initial-access (the Navigator's and STIX's phase name)
    QString name;      // Initial Access
};

struct AttackTechnique
{
    QString id; // T1059 or T1059.001
    QString name;
    QStringList tactics; // short names, in matrix order
    QStringList platforms;
    QString summary; // first sentence of MITRE's description
    bool revoked = false;
    bool deprecated = false;
    QString revokedBy; // the technique that replaces a revoked one, when the bundle says

    bool isSubtechnique() const { return id.contains(QLatin1Char('.')); }
    QString parentId() const { return id.section(QLatin1Char('.'), 0, 0); }
    bool isActive() const { return !revoked && !deprecated; }
};

struct AttackGroup
{
    QString id; // G0016
    QString name;
    QStringList aliases;
    QStringList techniqueIds; // techniques the group uses, sorted
    QString summary;
    bool revoked = false;
    bool deprecated = false;

    bool isActive() const { return !revoked && !deprecated; }
};

// MITRE ATT&CK (Enterprise): tactics, techniques and sub-techniques (revoked and
// deprecated ones kept, marked), groups and the techniques they use. Read from MITRE's
// STIX bundle, or from Muster's compact form of it (the catalog Muster ships and
// stores). Lookups are by ATT&CK id; search matches ids, names and group aliases.
class AttackCatalog
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::AttackCatalog)

public:
    // The copyright designation MITRE's licence asks every copy to reproduce.
    static QString copyrightNotice();

    // Builds the catalog from an ATT&CK STIX bundle (2.0 or 2.1). Throws Error(BadInput)
    // when the bundle holds no ATT&CK tactics or techniques.
    static AttackCatalog fromStix(const StixBundle& bundle);
    // Reads the compact JSON form; throws Error(BadInput) naming `origin` when it is broken.
    static AttackCatalog fromCompactJson(const QByteArray& json, const QString& origin);
    QByteArray toCompactJson() const;
    // The catalog compiled into Muster (resources/attack), so that it works offline
    // from the first start.
    static const AttackCatalog& shipped();

    bool isEmpty() const { return m_techniques.isEmpty(); }
    const QString& version() const { return m_version; }   // "18.1", or empty when unknown
    const QString& modified() const { return m_modified; } // newest object date, "2025-10-24"
    const QString& source() const { return m_source; }     // where it came from
    void setVersion(const QString& version) { m_version = version; }
    void setSource(const QString& source) { m_source = source; }

    const QList<AttackTactic>& tactics() const { return m_tactics; }
    const QList<AttackTechnique>& techniques() const { return m_techniques; }
    const QList<AttackGroup>& groups() const { return m_groups; }
    const AttackTactic* tactic(const QString& idOrShortName) const;
    const AttackTechnique* technique(const QString& id) const;
    const AttackGroup* group(const QString& id) const;
    // Active techniques (not revoked or deprecated) of a tactic, parents only, by name.
    QList<const AttackTechnique*> techniquesOf(const QString& tacticShortName) const;
    QList<const AttackTechnique*> subtechniquesOf(const QString& parentId) const;
    // Groups (active) that use a technique or one of its sub-techniques.
    QList<const AttackGroup*> groupsUsing(const QString& techniqueId) const;

    // Techniques whose id, name or tactic contains every word of `text` (ids first).
    QList<const AttackTechnique*> search(const QString& text, int limit = 50, bool includeInactive = true) const;

    struct Counts
    {
        int tactics = 0;
        int techniques = 0; // parents and sub-techniques, revoked and deprecated included
        int subtechniques = 0;
        int revoked = 0;
        int deprecated = 0;
        int groups = 0;
        int uses = 0; // group-technique pairs
    };
    Counts counts() const;

    // How an entered id stands against the catalog.
    enum class IdStatus
    {
        Valid,
        Malformed,
        Unknown,
        Revoked,
        Deprecated,
    };
    IdStatus status(const QString& id) const;
    // A message for the field when status() is not Valid ("T1066 was revoked; use T1070.").
    QString problem(const QString& id) const;

private:
    void index();

    QString m_version;
    QString m_modified;
    QString m_source;
    QList<AttackTactic> m_tactics;
    QList<AttackTechnique> m_techniques;
    QList<AttackGroup> m_groups;
    QHash<QString, qsizetype> m_techniqueIndex;
    QHash<QString, qsizetype> m_groupIndex;
};

} // namespace muster::core
