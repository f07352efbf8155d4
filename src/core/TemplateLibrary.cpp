#include "core/TemplateLibrary.h"

#include "core/Error.h"
#include "core/WorkflowResources.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace muster::core {

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([a-z_.]+)\\s*\\}\\}"));
    return re;
}

} // namespace

const QStringList& TemplateLibrary::placeholders()
{
    static const QStringList list{QStringLiteral("organisation"),
                                  QStringLiteral("incident.reference"),
                                  QStringLiteral("incident.title"),
                                  QStringLiteral("incident.summary"),
                                  QStringLiteral("incident.severity"),
                                  QStringLiteral("incident.status"),
                                  QStringLiteral("incident.detected"),
                                  QStringLiteral("commander"),
                                  QStringLiteral("communications_lead"),
                                  QStringLiteral("legal_lead"),
                                  QStringLiteral("became_aware"),
                                  QStringLiteral("next_update"),
                                  QStringLiteral("now")};
    return list;
}

MessageTemplate TemplateLibrary::parse(const QString& text, const QString& fileName, const QString& language)
{
    MessageTemplate t;
    t.language = language;
    t.sourceFile = fileName;
    t.id = fileName.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0);
    const QStringList lines = text.split(QLatin1Char('\n'));
    int i = 0;
    bool haveAudience = false;
    bool haveChannel = false;
    for (; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            break;
        }
        const QString field = line.section(QLatin1Char(':'), 0, 0).trimmed();
        const QString value = line.section(QLatin1Char(':'), 1).trimmed();
        const auto fail = [&](const QString& message) {
            throw Error(Error::Kind::BadInput, tr("%1:%2: %3").arg(fileName).arg(i + 1).arg(message));
        };
        if (!line.contains(QLatin1Char(':'))) {
            fail(tr("expected a header line \"Field: value\" or a blank line before the body"));
        }
        if (field == QLatin1String("Name")) {
            t.name = value;
        } else if (field == QLatin1String("Audience")) {
            const auto a = audiences().fromKey(value);
            if (!a) {
                fail(tr("\"%1\" is not an audience; use one of %2")
                         .arg(value, audiences().keys().join(QStringLiteral(", "))));
            }
            t.audience = *a;
            haveAudience = true;
        } else if (field == QLatin1String("Channel")) {
            const auto c = channels().fromKey(value);
            if (!c) {
                fail(tr("\"%1\" is not a channel; use one of %2")
                         .arg(value, channels().keys().join(QStringLiteral(", "))));
            }
            t.channel = *c;
            haveChannel = true;
        } else if (field == QLatin1String("Subject")) {
            t.subject = value;
        } else {
            fail(tr("unknown header \"%1\"; expected Name, Audience, Channel or Subject").arg(field));
        }
    }
    if (t.name.isEmpty() || !haveAudience || !haveChannel) {
        throw Error(Error::Kind::BadInput, tr("%1:1: the header needs Name, Audience and Channel").arg(fileName));
    }
    t.body = lines.mid(i + 1).join(QLatin1Char('\n')).trimmed();
    // Every placeholder must be known, so that a typo does not reach a reader.
    for (int n = 0; n < lines.size(); ++n) {
        auto it = placeholderPattern().globalMatch(lines.at(n));
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!placeholders().contains(name)) {
                throw Error(Error::Kind::BadInput, tr("%1:%2: unknown placeholder {{%3}}; known: %4")
                                                       .arg(fileName)
                                                       .arg(n + 1)
                                                       .arg(name, placeholders().join(QStringLiteral(", "))));
            }
        }
    }
    return t;
}

TemplateLibrary TemplateLibrary::load(const QString& directory)
{
    TemplateLibrary library;
    const QDir root(directory);
    for (const QString& language : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(root.filePath(language));
        for (const QString& f : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(f));
            const QString name = language + QLatin1Char('/') + f;
            if (!file.open(QIODevice::ReadOnly)) {
                library.m_errors.append(tr("%1: cannot read the file: %2").arg(name, file.errorString()));
                continue;
            }
            try {
                library.m_templates.append(parse(QString::fromUtf8(file.readAll()), name, language));
            } catch (const Error& e) {
                library.m_errors.append(e.message());
            }
        }
    }
    return library;
}

const TemplateLibrary& TemplateLibrary::builtIn()
{
    static const TemplateLibrary library = [] {
        initWorkflowResources();
        return load(QStringLiteral(":/templates"));
    }();
    return library;
}

QList<MessageTemplate> TemplateLibrary::templates(const QLocale& locale) const
{
    QList<MessageTemplate> out;
    QStringList ids;
    for (const auto& t : m_templates) {
        if (!ids.contains(t.id)) {
            ids.append(t.id);
        }
    }
    for (const QString& id : ids) {
        if (const auto* t = find(id, locale)) {
            out.append(*t);
        }
    }
    return out;
}

const MessageTemplate* TemplateLibrary::find(const QString& id, const QLocale& locale) const
{
    const QString language = locale.name().section(QLatin1Char('_'), 0, 0);
    const MessageTemplate* fallback = nullptr;
    for (const auto& t : m_templates) {
        if (t.id != id) {
            continue;
        }
        if (t.language == language) {
            return &t;
        }
        if (t.language == QLatin1String("en") || !fallback) {
            fallback = &t;
        }
    }
    return fallback;
}

QString TemplateLibrary::render(const QString& text, const QHash<QString, QString>& values)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const auto v = values.constFind(m.captured(1));
        out += v != values.constEnd() ? *v : m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QStringList TemplateLibrary::fillIns(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("\\[\\[(.*?)\\]\\]"),
                                       QRegularExpression::DotMatchesEverythingOption);
    QStringList out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        out.append(it.next().captured(0));
    }
    return out;
}

} // namespace muster::core
