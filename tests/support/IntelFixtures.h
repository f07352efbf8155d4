#pragma once

#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QString>

namespace muster::test {

// The whole file, or an empty array when it cannot be read.
inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// MITRE's cut-down enterprise bundle in ../shared/data.
inline QString attackBundlePath()
{
    return sharedDataPath(QStringLiteral("mitre-attack/enterprise-attack-techniques-groups.json"));
}

inline QString stixSamplePath(const QString& name)
{
    return sharedDataPath(QStringLiteral("stix/") + name);
}

} // namespace muster::test

// Skips (never passes silently) when ../shared/data is missing.
#define MUSTER_REQUIRE_SHARED(path)                                                                                    \
    do {                                                                                                               \
        if (!QFileInfo::exists(path)) {                                                                                \
            QSKIP(qPrintable(QStringLiteral("shared test data missing: %1").arg(path)));                               \
        }                                                                                                              \
    } while (false)
