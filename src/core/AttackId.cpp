#include "core/AttackId.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace muster::core {

namespace {
const QRegularExpression& attackIdPattern()
{
    static const QRegularExpression re(QStringLiteral("^T\\d{4}(\\.\\d{3})?$"));
    return re;
}
} // namespace

bool isValidAttackId(const QString& id)
{
    return attackIdPattern().match(id).hasMatch();
}

std::optional<QString> normalizeAttackId(const QString& id)
{
    const QString t = id.trimmed().toUpper();
    if (isValidAttackId(t)) {
        return t;
    }
    return std::nullopt;
}

std::optional<QStringList> parseAttackIds(const QString& text, QString* error)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList out;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        auto id = normalizeAttackId(part);
        if (!id) {
            if (error) {
                *error = QCoreApplication::translate(
                             "muster::core::AttackId",
                             "\"%1\" is not an ATT&CK technique id; use the form T1234 or T1234.001.")
                             .arg(part);
            }
            return std::nullopt;
        }
        if (!out.contains(*id)) {
            out.append(*id);
        }
    }
    return out;
}

} // namespace muster::core
