#pragma once

#include "core/IntelItem.h"

#include <QDialog>

#include <memory>

namespace Ui {
class IntelItemDialog;
}

namespace muster::gui {

class Session;

// Enters or edits an intel item: for indicators the values to match (one per line,
// kind guessed, checked as you type), and for every item its source, confidence,
// first and last seen, validity, TLP marking and ATT&CK techniques.
class IntelItemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntelItemDialog)

public:
    IntelItemDialog(Session& session, const core::IntelItem& item, QWidget* parent = nullptr);
    ~IntelItemDialog() override;

    void accept() override;
    // The item as the form describes it; empty optional when a field is invalid.
    std::optional<core::IntelItem> formItem(QString* error = nullptr) const;

private:
    void updateKind();
    void checkValues();

    Session& m_session;
    std::unique_ptr<Ui::IntelItemDialog> m_ui;
    core::IntelItem m_item;
};

} // namespace muster::gui
