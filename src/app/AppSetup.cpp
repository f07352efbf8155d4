#include "app/AppSetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace muster::app {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Muster"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("muster.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("muster"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MUSTER_VERSION));
}

void installTranslations(QCoreApplication& app)
{
    const QString forced = qEnvironmentVariable("MUSTER_LANG");
    const QLocale locale = forced.isEmpty() ? QLocale::system() : QLocale(forced);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    auto* muster = new QTranslator(&app);
    if (muster->load(locale, QStringLiteral("muster"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(muster);
    }
}

} // namespace muster::app
