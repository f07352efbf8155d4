#include "core/ScenarioFormat.h"

#include "core/AttackId.h"
#include "core/JsonLocator.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace muster::core {

namespace {

using Problems = QList<ScenarioProblem>;

// Limits that keep a hostile file from eating memory or the screen.
constexpr int kMaxIdLength = 64;
constexpr int kMaxShortText = 300;
constexpr int kMaxLongText = 20000;
constexpr int kMaxListItems = 500;
constexpr int kMaxMinutes = 7 * 24 * 60;

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::core::ScenarioFormat", text);
}

// Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    const auto cont = [&](qsizetype k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return k < n && b[k] >= lo && b[k] <= hi;
    };
    while (i < n) {
        const unsigned char c = b[i];
        if (c < 0x80) {
            ++i;
        } else if (c >= 0xC2 && c <= 0xDF && cont(i + 1)) {
            i += 2;
        } else if (c == 0xE0 && cont(i + 1, 0xA0) && cont(i + 2)) {
            i += 3;
        } else if (((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) && cont(i + 1) && cont(i + 2)) {
            i += 3;
        } else if (c == 0xED && cont(i + 1, 0x80, 0x9F) && cont(i + 2)) {
            i += 3;
        } else if (c == 0xF0 && cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3)) {
            i += 4;
        } else if (c >= 0xF1 && c <= 0xF3 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
            i += 4;
        } else if (c == 0xF4 && cont(i + 1, 0x80, 0x8F) && cont(i + 2) && cont(i + 3)) {
            i += 4;
        } else {
            return i;
        }
    }
    return -1;
}

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

// Reads typed members of JSON objects and records what is wrong with their paths.
class Reader
{
public:
    explicit Reader(Problems& problems)
        : m_problems(problems)
    {}

    void error(const QString& path, const QString& message) { m_problems.append({QString(), path, 0, 0, message}); }

    // Reports members that the format does not define ("x-" members are extensions).
    void checkKeys(const QJsonObject& o, const QString& path, std::initializer_list<const char*> allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString& key = it.key();
            if (key.startsWith(QLatin1String("x-"))) {
                continue;
            }
            bool known = false;
            for (const char* a : allowed) {
                if (key == QLatin1String(a)) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                QStringList names;
                for (const char* a : allowed) {
                    names << QString::fromLatin1(a);
                }
                error(JsonLocator::member(path, key),
                      tr("unknown member \"%1\"; expected one of: %2").arg(key, names.join(QStringLiteral(", "))));
            }
        }
    }

    QString string(const QJsonObject& o, const QString& path, const char* key, bool required, int maxLength)
    {
        const QString k = QString::fromLatin1(key);
        const QString p = JsonLocator::member(path, k);
        const QJsonValue v = o.value(k);
        if (v.isUndefined()) {
            if (required) {
                error(path, tr("missing required member \"%1\"").arg(k));
            }
            return {};
        }
        return stringValue(v, p, required, maxLength);
    }

    QString stringValue(const QJsonValue& v, const QString& p, bool required, int maxLength)
    {
        if (!v.isString()) {
            error(p, tr("must be a string, not %1").arg(typeName(v)));
            return {};
        }
        const QString s = v.toString();
        if (required && s.trimmed().isEmpty()) {
            error(p, tr("must not be empty"));
        }
        for (const QChar c : s) {
            if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t')) {
                error(p, tr("contains a control character (U+%1)").arg(int(c.unicode()), 4, 16, QLatin1Char('0')));
                break;
            }
        }
        if (s.size() > maxLength) {
            error(p, tr("is %1 characters long; at most %2 are allowed").arg(s.size()).arg(maxLength));
            return s.left(maxLength);
        }
        return s;
    }

    QString id(const QJsonObject& o, const QString& path, const char* key = "id")
    {
        const QString s = string(o, path, key, true, kMaxIdLength);
        if (!s.isEmpty() && !ScenarioFormat::isValidId(s)) {
            error(JsonLocator::member(path, QString::fromLatin1(key)),
                  tr("\"%1\" is not a valid id; use lowercase letters, digits, \"-\" and \"_\", starting with a "
                     "letter or digit")
                      .arg(s));
        }
        return s;
    }

    int integer(const QJsonObject& o, const QString& path, const char* key, bool required, int min, int max,
                int fallback)
    {
        const QString k = QString::fromLatin1(key);
        const QString p = JsonLocator::member(path, k);
        const QJsonValue v = o.value(k);
        if (v.isUndefined()) {
            if (required) {
                error(path, tr("missing required member \"%1\"").arg(k));
            }
            return fallback;
        }
        if (!v.isDouble()) {
            error(p, tr("must be a number, not %1").arg(typeName(v)));
            return fallback;
        }
        const double d = v.toDouble();
        if (!(d >= min && d <= max) || d != std::floor(d)) {
            error(p, tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return int(d);
    }

    // An array member; each element is passed to `each` with its path.
    template<typename F>
    void array(const QJsonObject& o, const QString& path, const char* key, bool required, F each)
    {
        const QString k = QString::fromLatin1(key);
        const QString p = JsonLocator::member(path, k);
        const QJsonValue v = o.value(k);
        if (v.isUndefined()) {
            if (required) {
                error(path, tr("missing required member \"%1\"").arg(k));
            }
            return;
        }
        if (!v.isArray()) {
            error(p, tr("must be an array, not %1").arg(typeName(v)));
            return;
        }
        const QJsonArray a = v.toArray();
        if (required && a.isEmpty()) {
            error(p, tr("must not be empty"));
        }
        if (a.size() > kMaxListItems) {
            error(p, tr("has %1 items; at most %2 are allowed").arg(a.size()).arg(kMaxListItems));
            return;
        }
        for (qsizetype i = 0; i < a.size(); ++i) {
            each(a.at(i), JsonLocator::element(p, i));
        }
    }

    template<typename F>
    void objects(const QJsonObject& o, const QString& path, const char* key, bool required, F each)
    {
        array(o, path, key, required, [&](const QJsonValue& v, const QString& p) {
            if (!v.isObject()) {
                error(p, tr("must be an object, not %1").arg(typeName(v)));
                return;
            }
            each(v.toObject(), p);
        });
    }

    QStringList strings(const QJsonObject& o, const QString& path, const char* key, bool required, int maxLength)
    {
        QStringList out;
        array(o, path, key, required, [&](const QJsonValue& v, const QString& p) {
            const QString s = stringValue(v, p, true, maxLength);
            if (!s.isEmpty()) {
                out.append(s);
            }
        });
        return out;
    }

    template<typename E>
    E enumValue(const QJsonObject& o, const QString& path, const char* key, const EnumTable<E>& table, bool required,
                E fallback)
    {
        const QString s = string(o, path, key, required, kMaxIdLength);
        if (s.isEmpty()) {
            return fallback;
        }
        if (auto v = table.fromKey(s)) {
            return *v;
        }
        error(JsonLocator::member(path, QString::fromLatin1(key)),
              tr("\"%1\" is not one of: %2").arg(s, table.keys().join(QStringLiteral(", "))));
        return fallback;
    }

    std::optional<QJsonObject> object(const QJsonObject& o, const QString& path, const char* key)
    {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = o.value(k);
        if (v.isUndefined()) {
            return std::nullopt;
        }
        if (!v.isObject()) {
            error(JsonLocator::member(path, k), tr("must be an object, not %1").arg(typeName(v)));
            return std::nullopt;
        }
        return v.toObject();
    }

private:
    Problems& m_problems;
};

ExpectedAction readAction(Reader& r, const QJsonObject& o, const QString& p)
{
    r.checkKeys(o, p, {"id", "role", "action", "timeLimitMinutes", "objective"});
    ExpectedAction a;
    a.id = r.id(o, p);
    a.role = r.string(o, p, "role", true, kMaxIdLength);
    a.text = r.string(o, p, "action", true, kMaxLongText);
    a.timeLimitMinutes = r.integer(o, p, "timeLimitMinutes", false, 0, kMaxMinutes, 0);
    a.objective = r.string(o, p, "objective", true, kMaxIdLength);
    return a;
}

Branch readBranch(Reader& r, const QJsonObject& o, const QString& p)
{
    r.checkKeys(o, p, {"id", "kind", "question", "role", "action", "outcomes"});
    Branch b;
    b.id = r.id(o, p);
    b.kind = r.enumValue(o, p, "kind", branchKinds(), true, BranchKind::Facilitator);
    b.question = r.string(o, p, "question", true, kMaxLongText);
    b.role = r.string(o, p, "role", false, kMaxIdLength);
    b.action = r.string(o, p, "action", false, kMaxIdLength);
    r.objects(o, p, "outcomes", true, [&](const QJsonObject& oo, const QString& op) {
        r.checkKeys(oo, op, {"id", "label", "release"});
        BranchOutcome outcome;
        outcome.id = r.id(oo, op);
        outcome.label = r.string(oo, op, "label", true, kMaxShortText);
        outcome.release = r.strings(oo, op, "release", false, kMaxIdLength);
        b.outcomes.append(outcome);
    });
    return b;
}

Inject readInject(Reader& r, const QJsonObject& o, const QString& p)
{
    r.checkKeys(o, p,
                {"id", "title", "phase", "trigger", "offsetMinutes", "delayMinutes", "sender", "channel", "audience",
                 "content", "notes", "expectedActions", "branches"});
    Inject inj;
    inj.id = r.id(o, p);
    inj.title = r.string(o, p, "title", true, kMaxShortText);
    inj.phase = r.string(o, p, "phase", true, kMaxIdLength);
    inj.trigger = r.enumValue(o, p, "trigger", injectTriggers(), false, InjectTrigger::Scheduled);
    if (inj.trigger == InjectTrigger::Scheduled) {
        inj.offsetMinutes = r.integer(o, p, "offsetMinutes", true, 0, kMaxMinutes, 0);
        if (o.contains(QLatin1String("delayMinutes"))) {
            r.error(JsonLocator::member(p, QStringLiteral("delayMinutes")),
                    tr("only an inject with \"trigger\": \"branch\" has a delay; use \"offsetMinutes\""));
        }
    } else {
        inj.offsetMinutes = r.integer(o, p, "delayMinutes", false, 0, kMaxMinutes, 0);
        if (o.contains(QLatin1String("offsetMinutes"))) {
            r.error(JsonLocator::member(p, QStringLiteral("offsetMinutes")),
                    tr("an inject released by a branch or by hand has no offset; remove \"offsetMinutes\""));
        }
    }
    inj.sender = r.string(o, p, "sender", true, kMaxShortText);
    inj.channel = r.enumValue(o, p, "channel", injectChannels(), true, InjectChannel::Email);
    inj.audience = r.strings(o, p, "audience", true, kMaxIdLength);
    inj.content = r.string(o, p, "content", true, kMaxLongText);
    if (auto notes = r.object(o, p, "notes")) {
        const QString np = JsonLocator::member(p, QStringLiteral("notes"));
        r.checkKeys(*notes, np, {"readAloud", "hints", "redFlags", "successIndicators", "remarks"});
        inj.notes.readAloud = r.string(*notes, np, "readAloud", false, kMaxLongText);
        inj.notes.hints = r.strings(*notes, np, "hints", false, kMaxLongText);
        inj.notes.redFlags = r.strings(*notes, np, "redFlags", false, kMaxLongText);
        inj.notes.successIndicators = r.strings(*notes, np, "successIndicators", false, kMaxLongText);
        inj.notes.remarks = r.strings(*notes, np, "remarks", false, kMaxLongText);
    }
    r.objects(o, p, "expectedActions", false,
              [&](const QJsonObject& ao, const QString& ap) { inj.expectedActions.append(readAction(r, ao, ap)); });
    r.objects(o, p, "branches", false,
              [&](const QJsonObject& bo, const QString& bp) { inj.branches.append(readBranch(r, bo, bp)); });
    return inj;
}

Scenario readScenario(Reader& r, const QJsonObject& root)
{
    const QString p = QStringLiteral("$");
    r.checkKeys(root, p,
                {"formatVersion", "id", "title", "summary", "category", "audience", "difficulty", "durationMinutes",
                 "objectives", "roles", "phases", "injects", "attack", "references", "facilitatorNotes"});
    Scenario s;
    const QJsonValue version = root.value(QLatin1String("formatVersion"));
    if (version.isUndefined()) {
        r.error(p, tr("missing required member \"formatVersion\" (%1 for this version of Muster)")
                       .arg(ScenarioFormat::formatVersion));
    } else if (!version.isDouble() || version.toDouble() != ScenarioFormat::formatVersion) {
        r.error(JsonLocator::member(p, QStringLiteral("formatVersion")),
                tr("unsupported format version %1; this version of Muster reads version %2")
                    .arg(version.isDouble() ? QString::number(version.toDouble()) : typeName(version))
                    .arg(ScenarioFormat::formatVersion));
    }
    s.id = r.id(root, p);
    s.title = r.string(root, p, "title", true, kMaxShortText);
    s.summary = r.string(root, p, "summary", true, kMaxLongText);
    s.category = r.enumValue(root, p, "category", categories(), true, Category::Other);
    s.audience = r.string(root, p, "audience", true, kMaxShortText);
    s.difficulty = r.enumValue(root, p, "difficulty", scenarioDifficulties(), true, ScenarioDifficulty::Intermediate);
    s.durationMinutes = r.integer(root, p, "durationMinutes", true, 5, kMaxMinutes, 120);
    r.objects(root, p, "objectives", true, [&](const QJsonObject& o, const QString& op) {
        r.checkKeys(o, op, {"id", "text", "capability"});
        s.objectives.append({r.id(o, op), r.string(o, op, "text", true, kMaxLongText),
                             r.string(o, op, "capability", true, kMaxShortText)});
    });
    r.objects(root, p, "roles", true, [&](const QJsonObject& o, const QString& rp) {
        r.checkKeys(o, rp, {"id", "name", "function", "description"});
        ScenarioRole role;
        role.id = r.id(o, rp);
        role.name = r.string(o, rp, "name", true, kMaxShortText);
        if (o.contains(QLatin1String("function"))) {
            role.function =
                r.enumValue(o, rp, "function", personFunctions(), false, PersonFunction::SecurityOperations);
        }
        role.description = r.string(o, rp, "description", false, kMaxLongText);
        s.roles.append(role);
    });
    r.objects(root, p, "phases", true, [&](const QJsonObject& o, const QString& pp) {
        r.checkKeys(o, pp, {"id", "title", "description", "questions"});
        ScenarioPhase phase;
        phase.id = r.id(o, pp);
        phase.title = r.string(o, pp, "title", true, kMaxShortText);
        phase.description = r.string(o, pp, "description", false, kMaxLongText);
        phase.questions = r.strings(o, pp, "questions", false, kMaxLongText);
        s.phases.append(phase);
    });
    r.objects(root, p, "injects", true,
              [&](const QJsonObject& o, const QString& ip) { s.injects.append(readInject(r, o, ip)); });
    s.attackIds = r.strings(root, p, "attack", false, kMaxIdLength);
    r.objects(root, p, "references", false, [&](const QJsonObject& o, const QString& rp) {
        r.checkKeys(o, rp, {"title", "url"});
        s.references.append({r.string(o, rp, "title", true, kMaxShortText), r.string(o, rp, "url", false, 2000)});
    });
    s.facilitatorNotes = r.strings(root, p, "facilitatorNotes", false, kMaxLongText);
    return s;
}

// Checks that ids in one list are unique; returns them as a set.
template<typename T>
QSet<QString> uniqueIds(const QList<T>& items, const QString& listPath, Reader& r)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString& id = items.at(i).id;
        if (id.isEmpty()) {
            continue;
        }
        if (seen.contains(id)) {
            r.error(JsonLocator::member(JsonLocator::element(listPath, i), QStringLiteral("id")),
                    tr("duplicate id \"%1\"").arg(id));
        }
        seen.insert(id);
    }
    return seen;
}

void validateScenario(const Scenario& s, Reader& r)
{
    const QString root = QStringLiteral("$");
    const QString injectsPath = JsonLocator::member(root, QStringLiteral("injects"));
    const QSet<QString> roles = uniqueIds(s.roles, JsonLocator::member(root, QStringLiteral("roles")), r);
    const QSet<QString> phases = uniqueIds(s.phases, JsonLocator::member(root, QStringLiteral("phases")), r);
    const QSet<QString> objectives =
        uniqueIds(s.objectives, JsonLocator::member(root, QStringLiteral("objectives")), r);
    const QSet<QString> injects = uniqueIds(s.injects, injectsPath, r);

    for (qsizetype i = 0; i < s.attackIds.size(); ++i) {
        if (!isValidAttackId(s.attackIds.at(i))) {
            r.error(JsonLocator::element(JsonLocator::member(root, QStringLiteral("attack")), i),
                    tr("\"%1\" is not an ATT&CK technique id; use the form T1234 or T1234.001").arg(s.attackIds.at(i)));
        }
    }
    for (qsizetype i = 0; i < s.references.size(); ++i) {
        const QString& url = s.references.at(i).url;
        const QUrl u(url, QUrl::StrictMode);
        if (!url.isEmpty() &&
            (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")) ||
             u.host().isEmpty())) {
            r.error(
                JsonLocator::member(JsonLocator::element(JsonLocator::member(root, QStringLiteral("references")), i),
                                    QStringLiteral("url")),
                tr("\"%1\" is not an http or https address").arg(url));
        }
    }

    // Expected actions and branches have ids unique in the whole scenario.
    QHash<QString, QString> actionPaths;
    QHash<QString, QString> branchPaths;
    QHash<QString, int> targetedBy; // inject id -> number of outcomes that release it
    bool anyScheduled = false;
    for (qsizetype i = 0; i < s.injects.size(); ++i) {
        const Inject& inj = s.injects.at(i);
        const QString ip = JsonLocator::element(injectsPath, i);
        anyScheduled = anyScheduled || inj.trigger == InjectTrigger::Scheduled;
        if (!inj.phase.isEmpty() && !phases.contains(inj.phase)) {
            r.error(JsonLocator::member(ip, QStringLiteral("phase")), tr("no phase \"%1\" in $.phases").arg(inj.phase));
        }
        const QString audiencePath = JsonLocator::member(ip, QStringLiteral("audience"));
        for (qsizetype a = 0; a < inj.audience.size(); ++a) {
            if (!roles.contains(inj.audience.at(a))) {
                r.error(JsonLocator::element(audiencePath, a), tr("no role \"%1\" in $.roles").arg(inj.audience.at(a)));
            }
        }
        const QString actionsPath = JsonLocator::member(ip, QStringLiteral("expectedActions"));
        for (qsizetype a = 0; a < inj.expectedActions.size(); ++a) {
            const ExpectedAction& act = inj.expectedActions.at(a);
            const QString ap = JsonLocator::element(actionsPath, a);
            if (!act.id.isEmpty()) {
                if (actionPaths.contains(act.id)) {
                    r.error(JsonLocator::member(ap, QStringLiteral("id")),
                            tr("duplicate expected action id \"%1\" (first used at %2)")
                                .arg(act.id, actionPaths.value(act.id)));
                } else {
                    actionPaths.insert(act.id, ap);
                }
            }
            if (!act.role.isEmpty() && !roles.contains(act.role)) {
                r.error(JsonLocator::member(ap, QStringLiteral("role")), tr("no role \"%1\" in $.roles").arg(act.role));
            }
            if (!act.objective.isEmpty() && !objectives.contains(act.objective)) {
                r.error(JsonLocator::member(ap, QStringLiteral("objective")),
                        tr("no objective \"%1\" in $.objectives").arg(act.objective));
            }
        }
    }
    for (qsizetype i = 0; i < s.injects.size(); ++i) {
        const Inject& inj = s.injects.at(i);
        const QString branchesPath =
            JsonLocator::member(JsonLocator::element(injectsPath, i), QStringLiteral("branches"));
        for (qsizetype b = 0; b < inj.branches.size(); ++b) {
            const Branch& br = inj.branches.at(b);
            const QString bp = JsonLocator::element(branchesPath, b);
            if (!br.id.isEmpty()) {
                if (branchPaths.contains(br.id)) {
                    r.error(JsonLocator::member(bp, QStringLiteral("id")),
                            tr("duplicate branch id \"%1\" (first used at %2)").arg(br.id, branchPaths.value(br.id)));
                } else {
                    branchPaths.insert(br.id, bp);
                }
            }
            switch (br.kind) {
            case BranchKind::Decision:
                if (br.role.isEmpty()) {
                    r.error(bp, tr("a decision branch names the \"role\" that decides"));
                } else if (!roles.contains(br.role)) {
                    r.error(JsonLocator::member(bp, QStringLiteral("role")),
                            tr("no role \"%1\" in $.roles").arg(br.role));
                }
                break;
            case BranchKind::Expectation:
                if (br.action.isEmpty()) {
                    r.error(bp, tr("an expectation branch names the expected \"action\" it depends on"));
                } else if (!actionPaths.contains(br.action)) {
                    r.error(JsonLocator::member(bp, QStringLiteral("action")),
                            tr("no expected action \"%1\" in the scenario").arg(br.action));
                }
                for (qsizetype o = 0; o < br.outcomes.size(); ++o) {
                    const QString& id = br.outcomes.at(o).id;
                    if (id != QLatin1String("met") && id != QLatin1String("not_met")) {
                        r.error(
                            JsonLocator::member(
                                JsonLocator::element(JsonLocator::member(bp, QStringLiteral("outcomes")), o),
                                QStringLiteral("id")),
                            tr("an expectation branch has the outcomes \"met\" and \"not_met\", not \"%1\"").arg(id));
                    }
                }
                break;
            case BranchKind::Facilitator:
                break;
            }
            if (br.outcomes.size() == 1) {
                r.error(JsonLocator::member(bp, QStringLiteral("outcomes")),
                        tr("a branch needs at least two outcomes to choose from"));
            }
            QSet<QString> outcomeIds;
            const QString outcomesPath = JsonLocator::member(bp, QStringLiteral("outcomes"));
            for (qsizetype o = 0; o < br.outcomes.size(); ++o) {
                const BranchOutcome& outcome = br.outcomes.at(o);
                const QString op = JsonLocator::element(outcomesPath, o);
                if (outcomeIds.contains(outcome.id)) {
                    r.error(JsonLocator::member(op, QStringLiteral("id")),
                            tr("duplicate outcome id \"%1\"").arg(outcome.id));
                }
                outcomeIds.insert(outcome.id);
                const QString releasePath = JsonLocator::member(op, QStringLiteral("release"));
                for (qsizetype t = 0; t < outcome.release.size(); ++t) {
                    const QString& target = outcome.release.at(t);
                    const QString tp = JsonLocator::element(releasePath, t);
                    const Inject* released = s.inject(target);
                    if (!released) {
                        r.error(tp, tr("no inject \"%1\" in $.injects").arg(target));
                    } else if (released->trigger != InjectTrigger::Branch) {
                        r.error(tp, tr("inject \"%1\" is released on schedule or by hand; give it \"trigger\": "
                                       "\"branch\" to release it from a branch")
                                        .arg(target));
                    } else if (target == inj.id) {
                        r.error(tp, tr("inject \"%1\" cannot release itself").arg(target));
                    } else {
                        targetedBy[target] += 1;
                    }
                }
            }
        }
    }
    if (!s.injects.isEmpty() && !anyScheduled) {
        r.error(injectsPath, tr("no inject is released on schedule, so the exercise cannot start; give at least one "
                                "inject \"offsetMinutes\""));
    }
    for (qsizetype i = 0; i < s.injects.size(); ++i) {
        const Inject& inj = s.injects.at(i);
        if (inj.trigger == InjectTrigger::Branch && !inj.id.isEmpty() && !targetedBy.contains(inj.id)) {
            r.error(JsonLocator::member(JsonLocator::element(injectsPath, i), QStringLiteral("trigger")),
                    tr("inject \"%1\" is released by a branch, but no branch outcome releases it").arg(inj.id));
        }
    }

    // Branch cycles: an inject whose branches (directly or through released injects)
    // lead back to itself could never finish. Depth-first search with colours.
    QHash<QString, QStringList> edges;
    for (const Inject& inj : s.injects) {
        for (const Branch& br : inj.branches) {
            for (const BranchOutcome& o : br.outcomes) {
                for (const QString& t : o.release) {
                    if (t != inj.id && s.inject(t)) {
                        edges[inj.id].append(t);
                    }
                }
            }
        }
    }
    QHash<QString, int> colour; // 0 white, 1 on the stack, 2 done
    QSet<QString> reported;
    for (qsizetype i = 0; i < s.injects.size(); ++i) {
        const QString start = s.injects.at(i).id;
        if (colour.value(start) != 0) {
            continue;
        }
        // Iterative DFS: stack of (node, next edge index), plus the path for the message.
        QList<std::pair<QString, qsizetype>> stack{{start, 0}};
        colour[start] = 1;
        while (!stack.isEmpty()) {
            auto& [node, next] = stack.last();
            const QStringList& out = edges.value(node);
            if (next >= out.size()) {
                colour[node] = 2;
                stack.removeLast();
                continue;
            }
            const QString target = out.at(next++);
            if (colour.value(target) == 1) {
                QStringList cycle;
                bool in = false;
                for (const auto& frame : stack) {
                    in = in || frame.first == target;
                    if (in) {
                        cycle << frame.first;
                    }
                }
                cycle << target;
                if (!reported.contains(target)) {
                    reported.insert(target);
                    qsizetype at = 0;
                    for (qsizetype k = 0; k < s.injects.size(); ++k) {
                        if (s.injects.at(k).id == target) {
                            at = k;
                        }
                    }
                    r.error(JsonLocator::member(JsonLocator::element(injectsPath, at), QStringLiteral("branches")),
                            tr("branch cycle: %1").arg(cycle.join(QStringLiteral(" → "))));
                }
            } else if (colour.value(target) == 0) {
                colour[target] = 1;
                stack.append({target, 0});
            }
        }
    }
}

void locateIn(Problems& problems, const QByteArray& bytes, const QString& file)
{
    std::optional<JsonLocator> locator;
    for (auto& p : problems) {
        p.file = file;
        if (p.line > 0) {
            continue;
        }
        if (!locator) {
            locator.emplace(bytes);
        }
        // The problem's path, or the nearest enclosing one that the text shows.
        QString path = p.path;
        qsizetype offset = locator->offset(path);
        while (offset < 0 && path.size() > 1) {
            const qsizetype cut = std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
            if (cut <= 0) {
                break;
            }
            path.truncate(cut);
            offset = locator->offset(path);
        }
        if (offset < 0 && p.path == QLatin1String("$")) {
            offset = 0;
        }
        const auto [line, column] = JsonLocator::lineColumn(bytes, offset);
        p.line = line;
        p.column = column;
    }
}

// A writer for formatted JSON with keys in the order given (QJsonDocument sorts them).
class Writer
{
public:
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(const char* k)
    {
        separator();
        m_out += quote(QString::fromLatin1(k)) + ": ";
        m_afterKey = true;
    }
    void value(const QString& s)
    {
        separator();
        m_out += quote(s);
    }
    void value(int n)
    {
        separator();
        m_out += QByteArray::number(n);
    }
    void member(const char* k, const QString& s)
    {
        key(k);
        value(s);
    }
    void member(const char* k, int n)
    {
        key(k);
        value(n);
    }
    void optional(const char* k, const QString& s)
    {
        if (!s.isEmpty()) {
            member(k, s);
        }
    }
    void strings(const char* k, const QStringList& list, bool evenIfEmpty = false)
    {
        if (list.isEmpty() && !evenIfEmpty) {
            return;
        }
        key(k);
        if (list.isEmpty()) {
            separator();
            m_out += "[]";
            return;
        }
        beginArray();
        for (const QString& s : list) {
            value(s);
        }
        endArray();
    }
    // "key": [ {...}, {...} ] with `each` writing the members of one object.
    template<typename List, typename F>
    void objects(const char* k, const List& list, F each)
    {
        if (list.isEmpty()) {
            return;
        }
        key(k);
        beginArray();
        for (const auto& item : list) {
            beginObject();
            each(item);
            endObject();
        }
        endArray();
    }
    QByteArray result() const { return m_out + '\n'; }

private:
    static QByteArray quote(const QString& s)
    {
        const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
        return a.mid(1, a.size() - 2);
    }
    void newline()
    {
        m_out += '\n';
        m_out += QByteArray(m_depth * 2, ' ');
    }
    void separator()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_depth > 0) {
            if (!m_first) {
                m_out += ',';
            }
            newline();
        }
        m_first = false;
    }
    void open(char c)
    {
        separator();
        m_out += c;
        ++m_depth;
        m_first = true;
    }
    void close(char c)
    {
        --m_depth;
        if (!m_first) {
            newline();
        }
        m_out += c;
        m_first = false;
    }

    QByteArray m_out;
    int m_depth = 0;
    bool m_first = true;
    bool m_afterKey = false;
};

} // namespace

QString ScenarioProblem::toString() const
{
    QString where = file.isEmpty() ? QString() : file;
    if (line > 0) {
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    }
    if (where.isEmpty()) {
        return path.isEmpty() ? message : QStringLiteral("%1: %2").arg(path, message);
    }
    return path.isEmpty() ? QStringLiteral("%1: %2").arg(where, message)
                          : QStringLiteral("%1: %2: %3").arg(where, path, message);
}

QString ScenarioFormat::Result::errorText() const
{
    QStringList lines;
    for (const auto& p : problems) {
        lines << p.toString();
    }
    return lines.join(QLatin1Char('\n'));
}

void ScenarioFormat::locateProblems(QList<ScenarioProblem>& problems, const QByteArray& json, const QString& fileName)
{
    locateIn(problems, json, fileName);
}

bool ScenarioFormat::isValidId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    return re.match(id).hasMatch();
}

QString ScenarioFormat::makeId(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            out += c;
        } else if ((c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_')) && !out.isEmpty() &&
                   !out.endsWith(QLatin1Char('-'))) {
            out += QLatin1Char('-');
        }
    }
    while (out.endsWith(QLatin1Char('-'))) {
        out.chop(1);
    }
    return out.left(kMaxIdLength);
}

ScenarioFormat::Result ScenarioFormat::parse(const QByteArray& bytes, const QString& fileName)
{
    Result result;
    auto fail = [&](const QString& message, qsizetype offset) {
        const auto [line, column] = JsonLocator::lineColumn(bytes, offset);
        result.problems.append({fileName, QStringLiteral("$"), line, column, message});
        return result;
    };
    if (bytes.size() > maxFileBytes) {
        return fail(
            tr("the file is %1 bytes long; a scenario may have at most %2 bytes").arg(bytes.size()).arg(maxFileBytes),
            -1);
    }
    if (bytes.trimmed().isEmpty()) {
        return fail(tr("the file is empty"), 0);
    }
    // Invalid UTF-8: name the first bad byte (the JSON parser only says "illegal value").
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        return fail(tr("the file is not valid UTF-8 (byte 0x%1 at offset %2)")
                        .arg(int(static_cast<unsigned char>(bytes.at(bad))), 2, 16, QLatin1Char('0'))
                        .arg(bad),
                    bad);
    }
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF")) {
        text.replace(0, 3, "   "); // a byte order mark; blank it so that offsets stay put
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(tr("not valid JSON: %1").arg(error.errorString()), error.offset);
    }
    if (!doc.isObject()) {
        return fail(tr("a scenario is a JSON object, not %1").arg(doc.isArray() ? tr("an array") : tr("a value")), 0);
    }
    Reader reader(result.problems);
    Scenario scenario = readScenario(reader, doc.object());
    validateScenario(scenario, reader);
    locateIn(result.problems, bytes, fileName);
    result.draft = scenario;
    if (result.problems.isEmpty()) {
        result.scenario = std::move(scenario);
    }
    return result;
}

ScenarioFormat::Result ScenarioFormat::parseFile(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        Result r;
        r.problems.append({path, QString(), 0, 0, tr("cannot read the file: %1").arg(file.errorString())});
        return r;
    }
    if (file.size() > maxFileBytes) {
        Result r;
        r.problems.append(
            {path, QStringLiteral("$"), 0, 0,
             tr("the file is %1 bytes long; a scenario may have at most %2 bytes").arg(file.size()).arg(maxFileBytes)});
        return r;
    }
    Result r = parse(file.readAll(), path);
    return r;
}

QList<ScenarioProblem> ScenarioFormat::validate(const Scenario& scenario, const QString& fileName)
{
    // Re-read the written form, so that the editor sees exactly what a file would.
    const QByteArray json = toJson(scenario);
    return parse(json, fileName).problems;
}

QByteArray ScenarioFormat::toJson(const Scenario& s)
{
    Writer w;
    w.beginObject();
    w.member("formatVersion", formatVersion);
    w.member("id", s.id);
    w.member("title", s.title);
    w.member("summary", s.summary);
    w.member("category", categories().key(s.category));
    w.member("audience", s.audience);
    w.member("difficulty", scenarioDifficulties().key(s.difficulty));
    w.member("durationMinutes", s.durationMinutes);
    w.objects("objectives", s.objectives, [&](const ScenarioObjective& o) {
        w.member("id", o.id);
        w.member("text", o.text);
        w.member("capability", o.capability);
    });
    w.objects("roles", s.roles, [&](const ScenarioRole& r) {
        w.member("id", r.id);
        w.member("name", r.name);
        if (r.function) {
            w.member("function", personFunctions().key(*r.function));
        }
        w.optional("description", r.description);
    });
    w.objects("phases", s.phases, [&](const ScenarioPhase& p) {
        w.member("id", p.id);
        w.member("title", p.title);
        w.optional("description", p.description);
        w.strings("questions", p.questions);
    });
    w.objects("injects", s.injects, [&](const Inject& inj) {
        w.member("id", inj.id);
        w.member("title", inj.title);
        w.member("phase", inj.phase);
        if (inj.trigger == InjectTrigger::Scheduled) {
            w.member("offsetMinutes", inj.offsetMinutes);
        } else {
            w.member("trigger", injectTriggers().key(inj.trigger));
            if (inj.offsetMinutes > 0) {
                w.member("delayMinutes", inj.offsetMinutes);
            }
        }
        w.member("sender", inj.sender);
        w.member("channel", injectChannels().key(inj.channel));
        w.strings("audience", inj.audience, true);
        w.member("content", inj.content);
        const auto& n = inj.notes;
        if (!n.readAloud.isEmpty() || !n.hints.isEmpty() || !n.redFlags.isEmpty() || !n.successIndicators.isEmpty() ||
            !n.remarks.isEmpty()) {
            w.key("notes");
            w.beginObject();
            w.optional("readAloud", n.readAloud);
            w.strings("hints", n.hints);
            w.strings("redFlags", n.redFlags);
            w.strings("successIndicators", n.successIndicators);
            w.strings("remarks", n.remarks);
            w.endObject();
        }
        w.objects("expectedActions", inj.expectedActions, [&](const ExpectedAction& a) {
            w.member("id", a.id);
            w.member("role", a.role);
            w.member("action", a.text);
            if (a.timeLimitMinutes > 0) {
                w.member("timeLimitMinutes", a.timeLimitMinutes);
            }
            w.member("objective", a.objective);
        });
        w.objects("branches", inj.branches, [&](const Branch& b) {
            w.member("id", b.id);
            w.member("kind", branchKinds().key(b.kind));
            w.member("question", b.question);
            w.optional("role", b.role);
            w.optional("action", b.action);
            w.objects("outcomes", b.outcomes, [&](const BranchOutcome& o) {
                w.member("id", o.id);
                w.member("label", o.label);
                w.strings("release", o.release);
            });
        });
    });
    w.strings("attack", s.attackIds);
    w.objects("references", s.references, [&](const ScenarioReference& r) {
        w.member("title", r.title);
        w.optional("url", r.url);
    });
    w.strings("facilitatorNotes", s.facilitatorNotes);
    w.endObject();
    return w.result();
}

} // namespace muster::core
