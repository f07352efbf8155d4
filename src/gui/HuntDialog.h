#pragma once

#include "core/Hunt.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HuntDialog;
}

namespace muster::gui {

class Session;

// Proposes or edits a hunt: title, hypothesis, ATT&CK techniques (with the picker and
// its warnings), the intel that motivated it, data sources, tagged queries, time box
// and owner. The caller stores the result (HuntsTab, through an undoable command).
class HuntDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HuntDialog)

public:
    HuntDialog(Session& session, const core::Hunt& hunt, QWidget* parent = nullptr);
    ~HuntDialog() override;

    core::Hunt hunt() const;
    void accept() override;

private:
    void addQuery(core::QueryLanguage language, const QString& text);
    void updateWarnings();

    Session& m_session;
    std::unique_ptr<Ui::HuntDialog> m_ui;
    core::Hunt m_hunt;
};

} // namespace muster::gui
