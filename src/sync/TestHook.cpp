#include "sync/TestHook.h"

#include <QFile>
#include <QHash>
#include <QThread>

#include <csignal>

namespace muster::sync {

void TestHook::reached(const char* point)
{
    static const QString spec = qEnvironmentVariable("MUSTER_SYNC_TEST_HOOK");
    if (spec.isEmpty()) {
        return;
    }
    static QHash<QString, int> counts;
    const QString name = QString::fromLatin1(point);
    const int count = ++counts[name];
    // "<point>:<n>=<action>"
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    const QString where = spec.left(eq);
    const QString action = spec.mid(eq + 1);
    const qsizetype colon = where.indexOf(QLatin1Char(':'));
    const QString hookPoint = colon < 0 ? where : where.left(colon);
    const int hookCount = colon < 0 ? 1 : where.mid(colon + 1).toInt();
    if (hookPoint != name || hookCount != count) {
        return;
    }
    if (action == QLatin1String("kill")) {
        std::raise(SIGKILL);
    }
    if (action == QLatin1String("pause")) {
        const QString file = qEnvironmentVariable("MUSTER_SYNC_TEST_HOOK_FILE");
        QFile marker(file);
        if (marker.open(QIODevice::WriteOnly)) {
            marker.write(point);
            marker.close();
        }
        while (QFile::exists(file)) {
            QThread::msleep(20);
        }
    }
}

} // namespace muster::sync
