#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace muster::core {

// MITRE ATT&CK technique ids: T1234 or sub-technique T1234.001.
bool isValidAttackId(const QString& id);
// Normalises case and whitespace; returns nullopt when the id is malformed.
std::optional<QString> normalizeAttackId(const QString& id);
// Splits a comma- or space-separated list; names the first malformed id in `error`.
std::optional<QStringList> parseAttackIds(const QString& text, QString* error);

} // namespace muster::core
