#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace muster::bench {

// Resident memory of this process, in MiB: current (VmRSS) and peak (VmHWM).
inline std::pair<double, double> residentMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    double rss = 0;
    double hwm = 0;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : f.readAll().split('\n')) {
            const auto value = [&line] {
                return line.simplified().split(' ').value(1).toDouble() / 1024.0;
            };
            if (line.startsWith("VmRSS:")) {
                rss = value();
            } else if (line.startsWith("VmHWM:")) {
                hwm = value();
            }
        }
    }
    return {rss, hwm};
}

// Runs `work` `runs` times and returns the median wall time in milliseconds.
inline double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

inline void report(QTextStream& out, const QString& what, double ms, double target = 0)
{
    out << QStringLiteral("%1 %2 ms").arg(what.leftJustified(48, QLatin1Char('.'))).arg(ms, 9, 'f', 1);
    if (target > 0) {
        out << QStringLiteral("   (target < %1 ms: %2)")
                   .arg(target)
                   .arg(ms < target ? QStringLiteral("ok") : QStringLiteral("MISSED"));
    }
    out << '\n';
    out.flush();
}

} // namespace muster::bench
