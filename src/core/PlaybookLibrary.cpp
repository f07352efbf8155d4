#include "core/PlaybookLibrary.h"

#include "core/Error.h"
#include "core/TaskRules.h"
#include "core/WorkflowResources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace muster::core {

namespace {

// Reads a JSON object, remembering where it is, so that every complaint names the file
// and the JSON path.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::PlaybookLibrary)

public:
    Reader(QString file, QString path, QJsonObject object)
        : m_file(std::move(file))
        , m_path(std::move(path))
        , m_object(std::move(object))
    {}

    [[noreturn]] void fail(const QString& field, const QString& message) const
    {
        const QString where = field.isEmpty() ? m_path : m_path + QLatin1Char('.') + field;
        throw Error(Error::Kind::BadInput, tr("%1: %2: %3").arg(m_file, where, message));
    }

    void allowOnly(const QStringList& fields) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!fields.contains(it.key())) {
                fail(it.key(), tr("unknown field; expected one of %1").arg(fields.join(QStringLiteral(", "))));
            }
        }
    }

    bool has(const QString& field) const { return m_object.contains(field); }

    QString string(const QString& field, bool required) const
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined()) {
            if (required) {
                fail(field, tr("missing; this field is required"));
            }
            return {};
        }
        if (!v.isString()) {
            fail(field, tr("must be a string"));
        }
        if (required && v.toString().trimmed().isEmpty()) {
            fail(field, tr("must not be empty"));
        }
        return v.toString().trimmed();
    }

    std::optional<bool> boolean(const QString& field) const
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined()) {
            return std::nullopt;
        }
        if (!v.isBool()) {
            fail(field, tr("must be true or false"));
        }
        return v.toBool();
    }

    std::optional<int> integer(const QString& field, int min, int max) const
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined()) {
            return std::nullopt;
        }
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
            fail(field, tr("must be a whole number from %1 to %2").arg(min).arg(max));
        }
        return int(d);
    }

    QStringList strings(const QString& field) const
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined()) {
            return {};
        }
        if (!v.isArray()) {
            fail(field, tr("must be a list of strings"));
        }
        QStringList out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                fail(QStringLiteral("%1[%2]").arg(field).arg(i), tr("must be a string"));
            }
            out.append(a.at(i).toString().trimmed());
        }
        return out;
    }

    template<typename E>
    QList<E> enums(const QString& field, const EnumTable<E>& table) const
    {
        QList<E> out;
        const QStringList keys = strings(field);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out.append(enumValue(QStringLiteral("%1[%2]").arg(field).arg(i), keys.at(i), table));
        }
        return out;
    }

    template<typename E>
    E enumValue(const QString& where, const QString& key, const EnumTable<E>& table) const
    {
        const auto v = table.fromKey(key);
        if (!v) {
            fail(where, tr("\"%1\" is not one of %2").arg(key, table.keys().join(QStringLiteral(", "))));
        }
        return *v;
    }

    QList<Reader> objects(const QString& field, bool required) const
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined()) {
            if (required) {
                fail(field, tr("missing; this field is required"));
            }
            return {};
        }
        if (!v.isArray()) {
            fail(field, tr("must be a list"));
        }
        QList<Reader> out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString where = QStringLiteral("%1.%2[%3]").arg(m_path, field).arg(i);
            if (!a.at(i).isObject()) {
                throw Error(Error::Kind::BadInput, tr("%1: %2: must be an object").arg(m_file, where));
            }
            out.append(Reader(m_file, where, a.at(i).toObject()));
        }
        return out;
    }

    Reader object(const QString& field) const
    {
        const QJsonValue v = m_object.value(field);
        if (!v.isObject()) {
            fail(field, tr("must be an object"));
        }
        return Reader(m_file, m_path + QLatin1Char('.') + field, v.toObject());
    }

    const QString& path() const { return m_path; }

private:
    QString m_file;
    QString m_path;
    QJsonObject m_object;
};

PlaybookCondition readCondition(const Reader& r)
{
    r.allowOnly({QStringLiteral("category"), QStringLiteral("severity_at_least"), QStringLiteral("personal_data"),
                 QStringLiteral("employee_involved"), QStringLiteral("customer_facing"),
                 QStringLiteral("business_critical_asset"), QStringLiteral("regulated_sector"),
                 QStringLiteral("jurisdictions")});
    PlaybookCondition c;
    c.categories = r.enums(QStringLiteral("category"), categories());
    if (r.has(QStringLiteral("severity_at_least"))) {
        c.severityAtLeast = r.enumValue(QStringLiteral("severity_at_least"),
                                        r.string(QStringLiteral("severity_at_least"), true), severities());
    }
    c.personalData = r.boolean(QStringLiteral("personal_data"));
    c.employeeInvolved = r.boolean(QStringLiteral("employee_involved"));
    c.customerFacing = r.boolean(QStringLiteral("customer_facing"));
    c.businessCriticalAsset = r.boolean(QStringLiteral("business_critical_asset"));
    // regulated_sector: true/false, or a list of sectors.
    if (r.has(QStringLiteral("regulated_sector"))) {
        try {
            c.regulated = r.boolean(QStringLiteral("regulated_sector"));
        } catch (const Error&) {
            c.sectors = r.enums(QStringLiteral("regulated_sector"), regulatedSectors());
        }
    }
    try {
        c.jurisdictions = IncidentAttributeRules::normaliseJurisdictions(r.strings(QStringLiteral("jurisdictions")));
    } catch (const Error& e) {
        r.fail(QStringLiteral("jurisdictions"), e.message());
    }
    return c;
}

PlaybookTask readTask(const Reader& r)
{
    r.allowOnly({QStringLiteral("key"), QStringLiteral("title"), QStringLiteral("description"),
                 QStringLiteral("owner_role"), QStringLiteral("due"), QStringLiteral("depends_on"),
                 QStringLiteral("approval"), QStringLiteral("hr_action")});
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_]+(\\.[a-z0-9_]+)*$"));
    PlaybookTask t;
    t.key = r.string(QStringLiteral("key"), true);
    if (!keyPattern.match(t.key).hasMatch()) {
        r.fail(QStringLiteral("key"),
               QCoreApplication::translate("muster::core::PlaybookLibrary",
                                           "\"%1\" is not a task key; use lower-case words joined by dots, such as "
                                           "legal.privilege")
                   .arg(t.key));
    }
    t.title = r.string(QStringLiteral("title"), true);
    t.description = r.string(QStringLiteral("description"), false);
    if (r.has(QStringLiteral("owner_role"))) {
        t.ownerRole =
            r.enumValue(QStringLiteral("owner_role"), r.string(QStringLiteral("owner_role"), true), incidentRoles());
    }
    if (r.has(QStringLiteral("due"))) {
        const Reader due = r.object(QStringLiteral("due"));
        due.allowOnly(
            {QStringLiteral("after"), QStringLiteral("minutes"), QStringLiteral("hours"), QStringLiteral("days")});
        t.dueEvent = due.string(QStringLiteral("after"), true);
        if (!TaskRules::dueEvents().contains(t.dueEvent)) {
            due.fail(QStringLiteral("after"),
                     QCoreApplication::translate("muster::core::PlaybookLibrary", "\"%1\" is not one of %2")
                         .arg(t.dueEvent, TaskRules::dueEvents().join(QStringLiteral(", "))));
        }
        const int minutes = due.integer(QStringLiteral("minutes"), 0, 525'600).value_or(0);
        const int hours = due.integer(QStringLiteral("hours"), 0, 8'760).value_or(0);
        const int days = due.integer(QStringLiteral("days"), 0, 365).value_or(0);
        t.dueOffsetMinutes = minutes + hours * 60 + days * 24 * 60;
    }
    t.dependsOn = r.strings(QStringLiteral("depends_on"));
    t.approvals = r.enums(QStringLiteral("approval"), approvalRoles());
    t.hrAction = r.boolean(QStringLiteral("hr_action")).value_or(false);
    return t;
}

} // namespace

Playbook PlaybookLibrary::parse(const QByteArray& json, const QString& fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        throw Error(Error::Kind::BadInput,
                    tr("%1:%2:%3: not valid JSON: %4").arg(fileName).arg(line).arg(column).arg(error.errorString()));
    }
    if (!doc.isObject()) {
        throw Error(Error::Kind::BadInput, tr("%1: $: a playbook is a JSON object").arg(fileName));
    }
    const Reader r(fileName, QStringLiteral("$"), doc.object());
    r.allowOnly({QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("name"),
                 QStringLiteral("description"), QStringLiteral("confidential"), QStringLiteral("triggers"),
                 QStringLiteral("workstreams")});
    if (r.string(QStringLiteral("format"), true) != format) {
        r.fail(QStringLiteral("format"), tr("must be \"%1\"").arg(format));
    }
    Playbook p;
    p.sourceFile = fileName;
    p.id = r.string(QStringLiteral("id"), true);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_]+$"));
    if (!idPattern.match(p.id).hasMatch()) {
        r.fail(QStringLiteral("id"), tr("\"%1\" is not an id; use lower-case letters, digits and _").arg(p.id));
    }
    p.version = r.integer(QStringLiteral("version"), 1, 1'000'000).value_or(1);
    p.name = r.string(QStringLiteral("name"), true);
    p.description = r.string(QStringLiteral("description"), false);
    p.confidential = r.boolean(QStringLiteral("confidential")).value_or(false);
    const auto triggers = r.objects(QStringLiteral("triggers"), true);
    if (triggers.isEmpty()) {
        r.fail(QStringLiteral("triggers"), tr("needs at least one condition; {} matches every incident"));
    }
    for (const Reader& t : triggers) {
        p.triggers.append(readCondition(t));
    }
    QStringList keys;
    const auto streams = r.objects(QStringLiteral("workstreams"), true);
    for (const Reader& w : streams) {
        w.allowOnly({QStringLiteral("workstream"), QStringLiteral("tasks")});
        PlaybookWorkstream ws;
        ws.workstream =
            w.enumValue(QStringLiteral("workstream"), w.string(QStringLiteral("workstream"), true), workstreams());
        const auto tasks = w.objects(QStringLiteral("tasks"), true);
        if (tasks.isEmpty()) {
            w.fail(QStringLiteral("tasks"), tr("needs at least one task"));
        }
        for (const Reader& t : tasks) {
            PlaybookTask task = readTask(t);
            if (keys.contains(task.key)) {
                t.fail(QStringLiteral("key"), tr("\"%1\" is used twice in this playbook").arg(task.key));
            }
            keys.append(task.key);
            ws.tasks.append(task);
        }
        p.workstreams.append(ws);
    }
    return p;
}

Playbook PlaybookLibrary::parseFile(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::Io, tr("%1: cannot read the file: %2").arg(name, file.errorString()));
    }
    return parse(file.readAll(), name);
}

PlaybookLibrary PlaybookLibrary::load(const QString& directory)
{
    PlaybookLibrary library;
    const QDir dir(directory);
    const auto files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& f : files) {
        try {
            library.m_playbooks.append(parseFile(dir.filePath(f)));
        } catch (const Error& e) {
            library.m_errors.append(e.message());
        }
    }
    library.validateAcrossFiles();
    return library;
}

void PlaybookLibrary::validateAcrossFiles()
{
    QStringList allKeys;
    for (const auto& p : m_playbooks) {
        for (const auto& w : p.workstreams) {
            for (const auto& t : w.tasks) {
                allKeys.append(t.key);
            }
        }
    }
    QStringList seenIds;
    QList<Playbook> valid;
    for (const auto& p : m_playbooks) {
        QString problem;
        if (seenIds.contains(p.id)) {
            problem = tr("%1: $.id: another playbook already has the id \"%2\"").arg(p.sourceFile, p.id);
        }
        for (qsizetype wi = 0; wi < p.workstreams.size() && problem.isEmpty(); ++wi) {
            const auto& tasks = p.workstreams.at(wi).tasks;
            for (qsizetype ti = 0; ti < tasks.size() && problem.isEmpty(); ++ti) {
                const auto& deps = tasks.at(ti).dependsOn;
                for (qsizetype di = 0; di < deps.size(); ++di) {
                    if (!allKeys.contains(deps.at(di)) || deps.at(di) == tasks.at(ti).key) {
                        problem = tr("%1: $.workstreams[%2].tasks[%3].depends_on[%4]: no other task has the key \"%5\"")
                                      .arg(p.sourceFile)
                                      .arg(wi)
                                      .arg(ti)
                                      .arg(di)
                                      .arg(deps.at(di));
                        break;
                    }
                }
            }
        }
        if (problem.isEmpty()) {
            seenIds.append(p.id);
            valid.append(p);
        } else {
            m_errors.append(problem);
        }
    }
    m_playbooks = valid;
}

const PlaybookLibrary& PlaybookLibrary::builtIn()
{
    static const PlaybookLibrary library = [] {
        initWorkflowResources();
        return load(QStringLiteral(":/playbooks"));
    }();
    return library;
}

const Playbook* PlaybookLibrary::find(const QString& id) const
{
    for (const auto& p : m_playbooks) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

QList<const Playbook*> PlaybookLibrary::matching(const Incident& incident, const IncidentAttributes& attributes) const
{
    QList<const Playbook*> out;
    for (const auto& p : m_playbooks) {
        if (p.matches(incident, attributes)) {
            out.append(&p);
        }
    }
    return out;
}

} // namespace muster::core
