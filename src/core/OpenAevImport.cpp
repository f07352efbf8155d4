#include "core/OpenAevImport.h"

#include "core/AttackId.h"
#include "core/Error.h"
#include "core/HtmlText.h"
#include "core/JsonLocator.h"
#include "core/ScenarioFormat.h"
#include "core/ZipReader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace muster::core {

namespace {

constexpr qsizetype kMaxExportBytes = 32 * 1024 * 1024;
constexpr int kMaxText = 20000;
constexpr int kMaxTitle = 300;
constexpr int kMaxInjects = 500;
constexpr int kMaxTeams = 100;

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::core::OpenAevImport", text);
}

QString clip(const QString& s, int max)
{
    return s.size() > max ? s.left(max - 1) + QStringLiteral("…") : s;
}

// Typed access to the export with problems recorded by JSON path.
class Access
{
public:
    QList<ScenarioProblem> problems;

    void error(const QString& path, const QString& message) { problems.append({QString(), path, 0, 0, message}); }

    // The member when it has the expected type; missing or null gives an undefined value,
    // another type a problem.
    QJsonValue get(const QJsonObject& o, const QString& path, const char* key, bool (QJsonValue::*is)() const,
                   const char* message)
    {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = o.value(k);
        if (v.isUndefined() || v.isNull()) {
            return QJsonValue(QJsonValue::Undefined);
        }
        if (!(v.*is)()) {
            error(JsonLocator::member(path, k), tr(message));
            return QJsonValue(QJsonValue::Undefined);
        }
        return v;
    }

    QString string(const QJsonObject& o, const QString& path, const char* key)
    {
        return get(o, path, key, &QJsonValue::isString,
                   QT_TRANSLATE_NOOP("muster::core::OpenAevImport", "must be a string"))
            .toString();
    }

    QJsonArray array(const QJsonObject& o, const QString& path, const char* key)
    {
        return get(o, path, key, &QJsonValue::isArray,
                   QT_TRANSLATE_NOOP("muster::core::OpenAevImport", "must be an array"))
            .toArray();
    }

    QJsonObject object(const QJsonObject& o, const QString& path, const char* key)
    {
        return get(o, path, key, &QJsonValue::isObject,
                   QT_TRANSLATE_NOOP("muster::core::OpenAevImport", "must be an object"))
            .toObject();
    }

    // A non-negative number (seconds, scores); null or missing gives `fallback`.
    double number(const QJsonObject& o, const QString& path, const char* key, double fallback)
    {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = o.value(k);
        if (v.isUndefined() || v.isNull()) {
            return fallback;
        }
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1e9) {
            error(JsonLocator::member(path, k), tr("must be a number from 0 to 1000000000"));
            return fallback;
        }
        return v.toDouble();
    }

    // Each element of an array that must hold objects.
    template<typename F>
    void objects(const QJsonArray& a, const QString& path, F each)
    {
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = JsonLocator::element(path, i);
            if (!a.at(i).isObject()) {
                error(p, tr("must be an object"));
                continue;
            }
            each(a.at(i).toObject(), p);
        }
    }
};

QString plain(const QString& text)
{
    const QString limited = text.left(1024 * 1024);
    return limited.contains(QLatin1Char('<')) || limited.contains(QLatin1Char('&')) ? htmlToPlainText(limited)
                                                                                    : limited.trimmed();
}

// Makes ids unique within one list: "team", "team-2", "team-3".
class IdMaker
{
public:
    QString make(const QString& text, const QString& fallback)
    {
        QString base = ScenarioFormat::makeId(text).left(56);
        if (base.isEmpty() || !ScenarioFormat::isValidId(base)) {
            base = fallback;
        }
        QString id = base;
        for (int n = 2; m_used.contains(id); ++n) {
            id = base + QLatin1Char('-') + QString::number(n);
        }
        m_used.insert(id);
        return id;
    }

private:
    QSet<QString> m_used;
};

enum class Kind
{
    Email,
    Sms,
    Media,
    Manual,
    Chat,
    Unknown,
};

Kind kindOf(const QString& type)
{
    const QString t = type.toLower();
    if (t.contains(QLatin1String("email")) || t.endsWith(QLatin1String("_mail"))) {
        return Kind::Email;
    }
    if (t.contains(QLatin1String("sms"))) {
        return Kind::Sms;
    }
    if (t.contains(QLatin1String("channel")) || t.contains(QLatin1String("media"))) {
        return Kind::Media;
    }
    if (t.contains(QLatin1String("manual"))) {
        return Kind::Manual;
    }
    if (t.contains(QLatin1String("mattermost")) || t.contains(QLatin1String("teams")) ||
        t.contains(QLatin1String("slack"))) {
        return Kind::Chat;
    }
    return Kind::Unknown;
}

struct RawInject
{
    double seconds = 0;
    qsizetype order = 0;
    Inject inject;
    bool enabled = true;
};

} // namespace

OpenAevImport::Result OpenAevImport::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::Io, tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    }
    if (file.size() > kMaxExportBytes) {
        throw Error(Error::Kind::BadInput, tr("%1: the file is %2 bytes long; an export may have at most %3 bytes")
                                               .arg(path)
                                               .arg(file.size())
                                               .arg(kMaxExportBytes));
    }
    return fromBytes(file.readAll(), path);
}

OpenAevImport::Result OpenAevImport::fromBytes(const QByteArray& input, const QString& fileName)
{
    QString name = fileName;
    QByteArray bytes = input;
    if (ZipReader::looksLikeZip(bytes)) {
        try {
            ZipReader zip(bytes, kMaxExportBytes);
            const ZipReader::Entry* json = nullptr;
            for (const auto& e : zip.entries()) {
                if (e.name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) &&
                    !e.name.startsWith(QLatin1String("__MACOSX/"))) {
                    json = &e;
                    break;
                }
            }
            if (!json) {
                throw Error(Error::Kind::BadInput, tr("The ZIP archive holds no .json export."));
            }
            bytes = zip.read(*json);
            name = QStringLiteral("%1 (%2)").arg(fileName, json->name);
        } catch (const Error& e) {
            throw Error(Error::Kind::BadInput, tr("%1: %2").arg(fileName, e.message()));
        }
    }
    if (bytes.size() > kMaxExportBytes) {
        throw Error(Error::Kind::BadInput, tr("%1: the export is larger than %2 bytes").arg(name).arg(kMaxExportBytes));
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = JsonLocator::lineColumn(bytes, parseError.offset);
        throw Error(Error::Kind::BadInput,
                    tr("%1:%2:%3: not valid JSON: %4").arg(name).arg(line).arg(column).arg(parseError.errorString()));
    }
    if (!doc.isObject()) {
        throw Error(Error::Kind::BadInput, tr("%1: an OpenAEV export is a JSON object").arg(name));
    }
    const QJsonObject root = doc.object();
    const QString top = QStringLiteral("$");
    Access a;

    const QJsonValue version = root.value(QLatin1String("export_version"));
    if (version.isUndefined()) {
        a.error(top, tr("missing \"export_version\"; this does not look like an OpenAEV scenario export"));
    } else if (!version.isDouble() || version.toDouble() != 1) {
        a.error(JsonLocator::member(top, QStringLiteral("export_version")),
                tr("export version %1 is not supported; Muster reads version 1")
                    .arg(version.isDouble() ? QString::number(version.toDouble()) : version.toVariant().toString()));
    }
    const QString infoPath = JsonLocator::member(top, QStringLiteral("scenario_information"));
    if (!root.value(QLatin1String("scenario_information")).isObject()) {
        a.error(top, tr("missing \"scenario_information\" object"));
    }
    const QJsonObject info = a.object(root, top, "scenario_information");
    if (!root.value(QLatin1String("scenario_injects")).isArray()) {
        a.error(top, tr("missing \"scenario_injects\" array"));
    }

    // Variables first: they are substituted everywhere.
    QHash<QString, QString> variables;
    a.objects(a.array(root, top, "scenario_variables"), JsonLocator::member(top, QStringLiteral("scenario_variables")),
              [&](const QJsonObject& v, const QString& p) {
                  const QString key = a.string(v, p, "variable_key");
                  if (!key.isEmpty()) {
                      variables.insert(key, a.string(v, p, "variable_value"));
                  }
              });
    Result result;
    QSet<QString> unresolved;
    static const QRegularExpression varRe(QStringLiteral("\\$\\{\\s*([^}\\s]{1,200})\\s*\\}"));
    const auto substitute = [&](const QString& text) {
        QString out;
        qsizetype last = 0;
        auto it = varRe.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            out += QStringView(text).mid(last, m.capturedStart() - last);
            const QString key = m.captured(1);
            if (variables.contains(key) && !variables.value(key).isEmpty()) {
                out += variables.value(key);
            } else {
                out += m.captured(0);
                const QString shown = QStringLiteral("${%1}").arg(key);
                if (!unresolved.contains(shown)) {
                    unresolved.insert(shown);
                    result.unresolvedVariables.append(shown);
                }
            }
            last = m.capturedEnd();
        }
        out += QStringView(text).mid(last);
        return out;
    };

    Scenario& s = result.scenario;
    const QString scenarioName = a.string(info, infoPath, "scenario_name").trimmed();
    if (scenarioName.isEmpty() && root.value(QLatin1String("scenario_information")).isObject()) {
        a.error(infoPath, tr("the scenario has no \"scenario_name\""));
    }
    s.title = clip(substitute(scenarioName), kMaxTitle);
    s.id = ScenarioFormat::makeId(scenarioName).left(48);
    if (s.id.isEmpty()) {
        s.id = QStringLiteral("openaev-scenario");
    }
    const QString description = plain(a.string(info, infoPath, "scenario_description"));
    const QString subtitle = plain(a.string(info, infoPath, "scenario_subtitle"));
    s.summary = clip(substitute(!description.isEmpty() ? description
                                : !subtitle.isEmpty()  ? subtitle
                                                       : tr("Imported from an OpenAEV scenario export.")),
                     kMaxText);
    const QString category = a.string(info, infoPath, "scenario_category");
    s.category = category == QLatin1String("data-exfiltration")            ? Category::DataExposure
                 : category == QLatin1String("vulnerability-exploitation") ? Category::VulnerabilityExploitation
                 : category == QLatin1String("attack-scenario")            ? Category::Malware
                                                                           : Category::Other;
    const QString focus = a.string(info, infoPath, "scenario_main_focus");
    s.audience = focus.isEmpty() ? tr("Exercise participants")
                                 : tr("Teams of the OpenAEV scenario (focus: %1)").arg(clip(focus, 100));
    const QString severity = a.string(info, infoPath, "scenario_severity").toLower();
    s.difficulty = severity == QLatin1String("low") ? ScenarioDifficulty::Introductory
                   : severity == QLatin1String("high") || severity == QLatin1String("critical")
                       ? ScenarioDifficulty::Advanced
                       : ScenarioDifficulty::Intermediate;
    const QString capability =
        focus.contains(QLatin1String("communication")) ? tr("Operational communications") : tr("Cybersecurity");

    // Teams become roles.
    IdMaker roleIds;
    QHash<QString, QString> teamRole; // team_id -> role id
    const QJsonArray teams = a.array(root, top, "scenario_teams");
    if (teams.size() > kMaxTeams) {
        a.error(JsonLocator::member(top, QStringLiteral("scenario_teams")),
                tr("%1 teams; at most %2 are imported").arg(teams.size()).arg(kMaxTeams));
    } else {
        a.objects(teams, JsonLocator::member(top, QStringLiteral("scenario_teams")),
                  [&](const QJsonObject& t, const QString& p) {
                      const QString teamName = a.string(t, p, "team_name").trimmed();
                      ScenarioRole role;
                      role.name =
                          clip(teamName.isEmpty() ? tr("Team %1").arg(s.roles.size() + 1) : teamName, kMaxTitle);
                      role.id = roleIds.make(role.name, QStringLiteral("team"));
                      role.description = clip(plain(a.string(t, p, "team_description")), kMaxText);
                      teamRole.insert(a.string(t, p, "team_id"), role.id);
                      s.roles.append(role);
                  });
    }
    if (s.roles.isEmpty()) {
        s.roles.append({QStringLiteral("participants"), tr("Participants"), std::nullopt,
                        tr("Everyone taking part (the export defines no teams).")});
    }
    QStringList allRoles;
    for (const auto& r : s.roles) {
        allRoles << r.id;
    }

    // Objectives.
    IdMaker objectiveIds;
    a.objects(a.array(root, top, "scenario_objectives"),
              JsonLocator::member(top, QStringLiteral("scenario_objectives")),
              [&](const QJsonObject& o, const QString& p) {
                  const QString title = plain(a.string(o, p, "objective_title"));
                  const QString text = plain(a.string(o, p, "objective_description"));
                  if (title.isEmpty() && text.isEmpty()) {
                      return;
                  }
                  ScenarioObjective objective;
                  objective.id = objectiveIds.make(title, QStringLiteral("objective"));
                  objective.text = clip(substitute(text.isEmpty()    ? title
                                                   : title.isEmpty() ? text
                                                                     : tr("%1: %2").arg(title, text)),
                                        kMaxText);
                  objective.capability = capability;
                  s.objectives.append(objective);
              });
    if (s.objectives.isEmpty()) {
        s.objectives.append(
            {QStringLiteral("expectations"), tr("Meet the expectations of the imported scenario."), capability});
    }

    // Lessons-learned questions become the discussion questions of the one phase.
    ScenarioPhase phase{QStringLiteral("exercise"), tr("Exercise"), QString(), {}};
    QHash<QString, std::pair<int, QString>> categoryInfo; // id -> (order, name)
    a.objects(a.array(root, top, "scenario_lessons_categories"),
              JsonLocator::member(top, QStringLiteral("scenario_lessons_categories")),
              [&](const QJsonObject& c, const QString& p) {
                  const QString id = c.value(QLatin1String("lessonscategory_id"))
                                         .toString(c.value(QLatin1String("lessons_category_id")).toString());
                  categoryInfo.insert(id, {int(a.number(c, p, "lessons_category_order", 0)),
                                           a.string(c, p, "lessons_category_name").trimmed()});
              });
    struct Question
    {
        int categoryOrder;
        int order;
        QString text;
    };
    QList<Question> questions;
    a.objects(a.array(root, top, "scenario_lessons_questions"),
              JsonLocator::member(top, QStringLiteral("scenario_lessons_questions")),
              [&](const QJsonObject& q, const QString& p) {
                  const QString content = plain(a.string(q, p, "lessons_question_content"));
                  if (content.isEmpty()) {
                      return;
                  }
                  const QJsonValue cat = q.value(QLatin1String("lessons_question_category"));
                  const QString catId = cat.isObject()
                                            ? cat.toObject().value(QLatin1String("lessonscategory_id")).toString()
                                            : cat.toString();
                  const auto ci = categoryInfo.value(catId, {0, QString()});
                  const QString explanation = plain(a.string(q, p, "lessons_question_explanation"));
                  QString text = ci.second.isEmpty() ? content : tr("%1 — %2").arg(ci.second, content);
                  if (!explanation.isEmpty()) {
                      text = tr("%1 (%2)").arg(text, explanation);
                  }
                  questions.append(
                      {ci.first, int(a.number(q, p, "lessons_question_order", 0)), clip(substitute(text), kMaxText)});
              });
    std::stable_sort(questions.begin(), questions.end(), [](const Question& x, const Question& y) {
        return std::tie(x.categoryOrder, x.order) < std::tie(y.categoryOrder, y.order);
    });
    for (const auto& q : questions) {
        phase.questions.append(q.text);
    }
    s.phases.append(phase);

    // Articles, for media-pressure injects.
    QHash<QString, QString> articles;
    a.objects(a.array(root, top, "scenario_articles"), JsonLocator::member(top, QStringLiteral("scenario_articles")),
              [&](const QJsonObject& art, const QString& p) {
                  const QString title = a.string(art, p, "article_name");
                  const QString body = plain(a.string(art, p, "article_content"));
                  articles.insert(a.string(art, p, "article_id"),
                                  title.isEmpty() ? body : tr("%1\n\n%2").arg(title, body));
              });

    const QString mailFrom = a.string(info, infoPath, "scenario_mail_from");
    const QString injectsPath = JsonLocator::member(top, QStringLiteral("scenario_injects"));
    const QJsonArray rawInjects = a.array(root, top, "scenario_injects");
    if (rawInjects.size() > kMaxInjects) {
        a.error(injectsPath, tr("%1 injects; at most %2 are imported").arg(rawInjects.size()).arg(kMaxInjects));
    }
    QList<RawInject> injects;
    QStringList attack;
    a.objects(
        rawInjects.size() > kMaxInjects ? QJsonArray() : rawInjects, injectsPath,
        [&](const QJsonObject& o, const QString& p) {
            RawInject raw;
            raw.order = injects.size();
            raw.seconds = a.number(o, p, "inject_depends_duration", 0);
            const QJsonValue enabled = o.value(QLatin1String("inject_enabled"));
            raw.enabled = !enabled.isBool() || enabled.toBool();
            Inject& inj = raw.inject;
            inj.phase = phase.id;
            const QJsonObject contract = a.object(o, p, "inject_injector_contract");
            const QString contractPath = JsonLocator::member(p, QStringLiteral("inject_injector_contract"));
            QString type = contract.value(QLatin1String("convertedContent"))
                               .toObject()
                               .value(QLatin1String("config"))
                               .toObject()
                               .value(QLatin1String("type"))
                               .toString();
            if (type.isEmpty()) {
                type = a.string(contract, contractPath, "injector_contract_injector_type");
            }
            if (type.isEmpty()) {
                type = a.string(o, p, "inject_type"); // older exports
            }
            QString typeLabel = contract.value(QLatin1String("injector_contract_injector_type_name")).toString();
            if (typeLabel.isEmpty()) {
                typeLabel = type.isEmpty() ? tr("unknown") : type;
            }
            const QJsonObject content = a.object(o, p, "inject_content");
            const QString contentPath = JsonLocator::member(p, QStringLiteral("inject_content"));
            const QString title = plain(a.string(o, p, "inject_title"));
            const QString description = plain(a.string(o, p, "inject_description"));
            inj.title = clip(substitute(title.isEmpty() ? typeLabel : title), kMaxTitle);

            QString body;
            const Kind kind = kindOf(type);
            switch (kind) {
            case Kind::Email: {
                inj.channel = InjectChannel::Email;
                inj.sender = mailFrom.isEmpty() ? tr("Exercise control (e-mail)") : mailFrom;
                const QString subject = plain(a.string(content, contentPath, "subject"));
                const QString mailBody = plain(a.string(content, contentPath, "body"));
                body = subject.isEmpty() ? mailBody : tr("Subject: %1\n\n%2").arg(subject, mailBody);
                break;
            }
            case Kind::Sms:
                inj.channel = InjectChannel::Chat;
                inj.sender = tr("Text message");
                body = plain(a.string(content, contentPath, "message"));
                break;
            case Kind::Media: {
                inj.channel = InjectChannel::NewsReport;
                inj.sender = tr("Media");
                QStringList parts;
                for (const QJsonValue& id : a.array(content, contentPath, "articles")) {
                    if (articles.contains(id.toString())) {
                        parts << articles.value(id.toString());
                    }
                }
                body = parts.join(QStringLiteral("\n\n"));
                break;
            }
            case Kind::Manual:
                inj.channel = InjectChannel::Briefing;
                inj.sender = tr("Exercise control");
                body = plain(a.string(content, contentPath, "content"));
                break;
            case Kind::Chat:
                inj.channel = InjectChannel::Chat;
                inj.sender = tr("Chat");
                body = plain(a.string(content, contentPath, "message"));
                break;
            case Kind::Unknown: {
                ++result.unknownInjectTypes;
                inj.channel = InjectChannel::Ticket;
                inj.sender = typeLabel;
                QJsonObject settings = content;
                settings.remove(QLatin1String("expectations"));
                QString detail = QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
                inj.notes.remarks.append(
                    clip(tr("OpenAEV inject type \"%1\" (%2) has no tabletop equivalent; describe what it would show. "
                            "Its settings: %3")
                             .arg(type.isEmpty() ? tr("unknown") : type, typeLabel, detail),
                         kMaxText));
                break;
            }
            }
            if (body.isEmpty()) {
                body = description.isEmpty() ? inj.title : description;
            } else if (!description.isEmpty()) {
                inj.notes.readAloud = clip(substitute(description), kMaxText);
            }
            inj.content = clip(substitute(body), kMaxText);
            if (inj.content.size() == kMaxText) {
                inj.notes.remarks.append(tr("The content was shortened to %1 characters.").arg(kMaxText));
            }
            inj.sender = clip(substitute(inj.sender), kMaxTitle);

            // Audience: the inject's teams, or everyone.
            const QJsonValue allTeams = o.value(QLatin1String("inject_all_teams"));
            const QJsonArray injectTeams = a.array(o, p, "inject_teams");
            if (!allTeams.toBool()) {
                for (const QJsonValue& t : injectTeams) {
                    const QString id =
                        t.isObject() ? t.toObject().value(QLatin1String("team_id")).toString() : t.toString();
                    if (teamRole.contains(id) && !inj.audience.contains(teamRole.value(id))) {
                        inj.audience << teamRole.value(id);
                    }
                }
            }
            if (inj.audience.isEmpty()) {
                inj.audience = allRoles;
            }

            // Expectations become expected actions of the first addressed role.
            const QString expectationsPath = JsonLocator::member(contentPath, QStringLiteral("expectations"));
            a.objects(a.array(content, contentPath, "expectations"), expectationsPath,
                      [&](const QJsonObject& e, const QString& ep) {
                          ExpectedAction action;
                          const QString ename = plain(a.string(e, ep, "expectation_name"));
                          const QString edesc = plain(a.string(e, ep, "expectation_description"));
                          const QString etype = a.string(e, ep, "expectation_type");
                          QString text = ename.isEmpty() ? etype : ename;
                          if (!edesc.isEmpty()) {
                              text = tr("%1: %2").arg(text, edesc);
                          }
                          if (text.isEmpty()) {
                              text = tr("Expectation");
                          }
                          action.text = clip(substitute(text), kMaxText);
                          action.role = inj.audience.first();
                          action.objective = s.objectives.first().id;
                          const double expiry = a.number(e, ep, "expectation_expiration_time", 0);
                          action.timeLimitMinutes = int(std::min(std::ceil(expiry / 60.0), 7.0 * 24 * 60));
                          inj.expectedActions.append(action);
                      });

            // ATT&CK techniques of the contract (objects carry the external id).
            for (const QJsonValue& ap : contract.value(QLatin1String("injector_contract_attack_patterns")).toArray()) {
                if (auto id = normalizeAttackId(
                        ap.toObject().value(QLatin1String("attack_pattern_external_id")).toString())) {
                    if (!attack.contains(*id)) {
                        attack << *id;
                    }
                }
            }
            injects.append(raw);
        });
    if (injects.isEmpty() && rawInjects.isEmpty() && root.value(QLatin1String("scenario_injects")).isArray()) {
        a.error(injectsPath, tr("the scenario has no injects"));
    }

    if (!a.problems.isEmpty()) {
        ScenarioFormat::locateProblems(a.problems, bytes, name);
        QStringList lines;
        for (const auto& p : a.problems) {
            lines << p.toString();
        }
        throw Error(
            Error::Kind::BadInput,
            tr("Not a valid OpenAEV scenario export; nothing was imported:\n%1").arg(lines.join(QLatin1Char('\n'))));
    }

    // Keep the export's order among injects at the same time.
    std::stable_sort(injects.begin(), injects.end(),
                     [](const RawInject& x, const RawInject& y) { return x.seconds < y.seconds; });
    const bool anyEnabled = std::any_of(injects.begin(), injects.end(), [](const RawInject& r) { return r.enabled; });
    IdMaker injectIds;
    IdMaker actionIds;
    int number = 0;
    for (RawInject& raw : injects) {
        Inject& inj = raw.inject;
        inj.id = injectIds.make(QStringLiteral("inject-%1").arg(++number), QStringLiteral("inject"));
        if (!raw.enabled && anyEnabled) {
            inj.trigger = InjectTrigger::Manual;
            inj.offsetMinutes = 0;
            inj.notes.remarks.append(tr("Disabled in OpenAEV (planned at %1 min); release it by hand if wanted.")
                                         .arg(std::lround(raw.seconds / 60.0)));
        } else {
            inj.trigger = InjectTrigger::Scheduled;
            inj.offsetMinutes = int(std::min<double>(std::lround(raw.seconds / 60.0), 7 * 24 * 60));
        }
        for (int k = 0; k < inj.expectedActions.size(); ++k) {
            inj.expectedActions[k].id = actionIds.make(QStringLiteral("%1-expectation-%2").arg(inj.id).arg(k + 1),
                                                       QStringLiteral("expectation"));
        }
        s.injects.append(inj);
    }
    s.attackIds = attack;
    int last = 0;
    for (const auto& inj : s.injects) {
        last = std::max(last, inj.offsetMinutes);
    }
    s.durationMinutes = std::clamp(last + 30, 30, 7 * 24 * 60);
    s.references.append({tr("Imported from the OpenAEV export %1").arg(QFileInfo(fileName).fileName()), QString()});
    if (!result.unresolvedVariables.isEmpty()) {
        s.facilitatorNotes.append(tr("Variables the export did not resolve; fill them in before the exercise: %1")
                                      .arg(result.unresolvedVariables.join(QStringLiteral(", "))));
    }

    // The result must be a valid Muster scenario; anything else is a bug in this mapping
    // or an export beyond the format's limits, and is refused like a malformed file.
    const auto problems = ScenarioFormat::validate(s, name);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const auto& p : problems) {
            lines << p.message;
        }
        throw Error(
            Error::Kind::BadInput,
            tr("%1: the export cannot be turned into a valid scenario:\n%2").arg(name, lines.join(QLatin1Char('\n'))));
    }
    return result;
}

} // namespace muster::core
