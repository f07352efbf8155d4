#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class TaxiiImportDialog;
}

namespace muster::gui {

class Session;

// Imports a TAXII 2.1 collection: connect (discovery and collections), choose a
// collection, download page by page with progress and Cancel, then import in one
// transaction. The password is asked for each time and never stored.
class TaxiiImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaxiiImportDialog)

public:
    explicit TaxiiImportDialog(Session& session, QWidget* parent = nullptr);
    ~TaxiiImportDialog() override;

private:
    void connectToServer();
    void import();

    Session& m_session;
    std::unique_ptr<Ui::TaxiiImportDialog> m_ui;
    QUrl m_apiRoot;
};

} // namespace muster::gui
