#include "app/ctl/WorkflowCli.h"

#include "core/Error.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QDateTime>
#include <QTimeZone>

namespace muster::ctl::workflow {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("muster::ctl::WorkflowCli", text);
}
} // namespace

QCommandLineOption actorOption()
{
    return QCommandLineOption(QStringLiteral("as"), tr("Act as PERSON (e-mail or name in the directory)."),
                              tr("PERSON"));
}

core::Actor actor(const QCommandLineParser& parser, const storage::Database& db)
{
    const QString who = parser.value(actorOption());
    if (who.isEmpty()) {
        const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        return core::Actor{QString(), login.isEmpty() ? tr("musterctl") : login};
    }
    const auto person = storage::PeopleRepository(db).findByEmailOrName(who);
    if (!person) {
        throw core::Error(
            core::Error::Kind::BadInput,
            tr("--as: nobody called \"%1\" in the directory; use an e-mail address or the exact name.").arg(who));
    }
    return core::Actor{person->id, person->name};
}

QCommandLineOption roleOption()
{
    return QCommandLineOption(QStringLiteral("role"), tr("Approve for ROLE: legal, hr, communications, executive."),
                              tr("ROLE"));
}

core::ApprovalRole approvalRole(const QCommandLineParser& parser)
{
    const auto r = core::approvalRoles().fromKey(parser.value(roleOption()));
    if (!r) {
        throw UsageError{tr("--role is one of %1").arg(core::approvalRoles().keys().join(QStringLiteral(", ")))};
    }
    return *r;
}

qint64 parseTime(const QString& text, const QString& option, qint64 now)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0) {
        return now;
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        dt = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    if (!dt.isValid()) {
        throw core::Error(core::Error::Kind::BadInput,
                          tr("%1: \"%2\" is not a time; write for example 2026-03-01T09:30Z, "
                             "2026-03-01T10:30+01:00 or now.")
                              .arg(option, t));
    }
    return dt.toMSecsSinceEpoch();
}

QJsonValue isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

QJsonValue isoUtc(const std::optional<qint64>& ms)
{
    return ms ? isoUtc(*ms) : QJsonValue();
}

} // namespace muster::ctl::workflow
