#include "gui/DirectoryImport.h"

#include "core/Clock.h"
#include "core/DirectoryCsv.h"
#include "core/Error.h"
#include "gui/Session.h"
#include "storage/DirectoryImporter.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace muster::gui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::gui::DirectoryImport", text);
}

} // namespace

void importDirectoryCsv(QWidget* parent, Session& session, bool people)
{
    const QString folderKey = QStringLiteral("import/lastFolder");
    const QString columns =
        (people ? core::DirectoryCsv::peopleColumns() : core::DirectoryCsv::assetColumns()).join(QStringLiteral(", "));
    const QString path =
        QFileDialog::getOpenFileName(parent, people ? tr("Import People") : tr("Import Assets"),
                                     QSettings().value(folderKey).toString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
    storage::DirectoryImporter importer(session.database());
    const qint64 now = core::SystemClock::instance().nowMs();
    const auto run = [&](bool skipBad) {
        return people ? importer.importPeople(path, skipBad, now) : importer.importAssets(path, skipBad, now);
    };
    try {
        const auto result = run(false);
        QMessageBox::information(
            parent, tr("Import Finished"),
            tr("%1: %2 added, %3 updated.").arg(QFileInfo(path).fileName()).arg(result.added).arg(result.updated));
    } catch (const core::Error& e) {
        QMessageBox box(QMessageBox::Warning, tr("Nothing Imported"), e.message(), QMessageBox::NoButton, parent);
        box.setInformativeText(tr("Expected columns: %1.").arg(columns));
        QPushButton* skip = nullptr;
        if (e.kind() == core::Error::Kind::BadInput && e.message().contains(QLatin1String(", line "))) {
            skip = box.addButton(tr("Import the Good Rows"), QMessageBox::AcceptRole);
        }
        box.addButton(QMessageBox::Close);
        box.exec();
        if (skip && box.clickedButton() == skip) {
            try {
                const auto result = run(true);
                QMessageBox::information(parent, tr("Import Finished"),
                                         tr("%1: %2 added, %3 updated, %4 rows skipped.")
                                             .arg(QFileInfo(path).fileName())
                                             .arg(result.added)
                                             .arg(result.updated)
                                             .arg(result.skipped.size()));
            } catch (const core::Error& again) {
                QMessageBox::warning(parent, tr("Nothing Imported"), again.message());
            }
        }
    }
}

} // namespace muster::gui
