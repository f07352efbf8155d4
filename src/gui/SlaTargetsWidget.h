#pragma once

#include "core/SlaTargets.h"

#include <QWidget>

#include <memory>

class QLineEdit;

namespace Ui {
class SlaTargetsWidget;
}

namespace muster::gui {

class Session;

// The "SLA targets" section of the Settings page: per severity, how long acknowledging,
// containing and remediating may take. Each field is saved when it is left; a value that
// is not a duration is refused at the field with a message, and nothing is saved.
class SlaTargetsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaTargetsWidget)

public:
    explicit SlaTargetsWidget(Session& session, QWidget* parent = nullptr);
    ~SlaTargetsWidget() override;

    void reload();
    QLineEdit* field(core::Severity severity, core::Measure measure) const;

private:
    void commit(core::Severity severity, core::Measure measure);
    void showError(QLineEdit* edit, const QString& message);

    Session& m_session;
    std::unique_ptr<Ui::SlaTargetsWidget> m_ui;
};

} // namespace muster::gui
