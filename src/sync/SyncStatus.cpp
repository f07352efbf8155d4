#include "sync/SyncStatus.h"

#include <QDateTime>
#include <QLocale>

namespace muster::sync {

QString SyncStatus::text() const
{
    const QLocale locale;
    switch (state) {
    case State::LocalOnly:
        return tr("Local only");
    case State::Synced:
        return tr("Synced at %1")
            .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(lastSyncAt).time(), QLocale::ShortFormat));
    case State::Syncing:
        if (total <= 0) { // not counted yet
            return tr("Syncing %1 of …").arg(locale.toString(done));
        }
        return tr("Syncing %1 of %2").arg(locale.toString(done), locale.toString(total));
    case State::Offline:
        return tr("Offline — %n change(s) waiting", nullptr, pendingChanges);
    case State::Error:
        return tr("Error (click for details)");
    }
    return {};
}

} // namespace muster::sync
