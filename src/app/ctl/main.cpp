#include "app/AppSetup.h"
#include "app/ctl/Command.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

using namespace muster;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("musterctl", text);
}

void printHelp(QTextStream& out)
{
    out << tr("Usage: musterctl COMMAND [OPTIONS]\n\n"
              "Muster on the command line: automation and headless use.\n\nCommands:\n");
    for (const auto& c : ctl::commands()) {
        out << QStringLiteral("  %1\n      %2\n").arg(c.synopsis, c.summary);
    }
    out << tr("\nGeneral options:\n  --version   Print the version.\n  --help      Print this help.\n\n"
              "Exit codes: 0 success, 1 bad input or refused, 2 usage error.\n");
}

} // namespace

int main(int argc, char* argv[])
{
    app::setIdentity();
    // Commands that lay out documents (report, PDF exports) need fonts, so a
    // QGuiApplication; without a display (cron, a server) it runs on the offscreen
    // platform. Every other command stays a plain QCoreApplication.
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i) {
        rawArgs << QString::fromLocal8Bit(argv[i]);
    }
    std::unique_ptr<QCoreApplication> application;
    if (ctl::needsGuiApplication(rawArgs)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    app::installTranslations(*application);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);

    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        printHelp(args.isEmpty() ? err : out);
        return args.isEmpty() ? ctl::Usage : ctl::Ok;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        out << QStringLiteral("musterctl %1 (Qt %2)\n")
                   .arg(QStringLiteral(MUSTER_VERSION), QString::fromLatin1(qVersion()));
        return ctl::Ok;
    }

    // The longest command whose words start the arguments.
    const ctl::Command* match = nullptr;
    for (const auto& c : ctl::commands()) {
        if (args.size() >= c.words.size() && args.mid(0, c.words.size()) == c.words &&
            (!match || c.words.size() > match->words.size())) {
            match = &c;
        }
    }
    if (!match) {
        err << tr("musterctl: unknown command \"%1\". Run musterctl --help for the list.\n")
                   .arg(args.join(QLatin1Char(' ')));
        return ctl::Usage;
    }

    ctl::Context context(args.mid(match->words.size()), out, err);
    try {
        if (context.args.contains(QLatin1String("--help"))) {
            out << tr("Usage: musterctl %1\n%2\n").arg(match->synopsis, match->summary);
            return ctl::Ok;
        }
        const int code = match->run(context);
        out.flush();
        return code;
    } catch (const ctl::UsageError& e) {
        err << tr("musterctl %1: %2\nUsage: musterctl %3\n")
                   .arg(match->words.join(QLatin1Char(' ')), e.message, match->synopsis);
        return ctl::Usage;
    } catch (const core::Error& e) {
        out.flush();
        err << tr("musterctl: %1\n").arg(e.message());
        return ctl::BadInput;
    }
}
