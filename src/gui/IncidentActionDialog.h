#pragma once

#include <QDateTime>
#include <QDialog>
#include <QVariant>

#include <functional>
#include <memory>

namespace Ui {
class IncidentActionDialog;
}

namespace muster::gui {

// A small dialog for one incident action (change status, escalate, add a note, set the
// detection time): an optional choice, an optional time and a text. The action runs on
// OK; when it is refused, the message shows in the dialog, which stays open.
class IncidentActionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentActionDialog)

public:
    explicit IncidentActionDialog(QWidget* parent = nullptr);
    ~IncidentActionDialog() override;

    void setIntro(const QString& text);
    void setChoices(const QString& caption, const QList<std::pair<QString, QVariant>>& choices);
    void setWhen(const QString& caption, const QDateTime& value); // shows the time field
    void setText(const QString& caption, const QString& placeholder, bool required);
    void setAction(std::function<void(IncidentActionDialog&)> action) { m_action = std::move(action); }

    QVariant choice() const;
    QDateTime when() const;
    QString text() const;

    void accept() override;

private:
    std::unique_ptr<Ui::IncidentActionDialog> m_ui;
    std::function<void(IncidentActionDialog&)> m_action;
    bool m_textRequired = false;
};

} // namespace muster::gui
