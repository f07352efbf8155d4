#include "core/IntakeToken.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace muster::core {

QString IntakeToken::generate()
{
    std::array<quint32, 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray bytes(reinterpret_cast<const char*>(words.data()), sizeof(words));
    return QString::fromLatin1(bytes.toHex());
}

QString IntakeToken::hash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace muster::core
