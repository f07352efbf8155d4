#pragma once

#include "core/AttackCatalog.h"

#include <QWidget>

#include <memory>

class QAction;
class QCompleter;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace muster::gui {

class Session;

// Where an ATT&CK technique id is entered (incidents, scenarios, hunts, intel): a line
// edit that takes "T1059.001, T1566" with completion by id or name, a button (and F4)
// that opens the searchable AttackPickerDialog, and a warning mark with the reason when
// an id is malformed, not in the catalog, or revoked or deprecated by MITRE.
//
// Usable from Qt Designer (promote a QWidget); call setSession() (or setCatalog()) so
// that it follows the catalog the database uses. Until then it uses the shipped one.
class AttackTechniqueEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttackTechniqueEdit)
    Q_PROPERTY(QStringList ids READ ids WRITE setIds NOTIFY idsChanged USER true)

public:
    explicit AttackTechniqueEdit(QWidget* parent = nullptr);
    ~AttackTechniqueEdit() override;

    void setSession(Session& session);
    // Puts a technique edit where a form has a plain line edit, keeping the line
    // edit's object name, and points `lineEdit` at the new one's text field.
    static AttackTechniqueEdit* replace(QLineEdit*& lineEdit, Session& session);
    void setCatalog(std::shared_ptr<const core::AttackCatalog> catalog);

    // Well-formed ids, normalised and without duplicates (unknown or revoked ones too:
    // they are flagged, not dropped).
    QStringList ids() const;
    void setIds(const QStringList& ids);
    // Why ids are flagged, one message per id; empty when all are valid.
    QStringList problems() const;
    // False when some entry is not an ATT&CK id at all.
    bool isWellFormed() const;

    QLineEdit* lineEdit() const { return m_edit; }
    void openPicker();

signals:
    void idsChanged();

private:
    void check();
    void complete(const QString& text);
    void insertCompletion(const QString& completion);
    void rebuildCompletions();

    std::shared_ptr<const core::AttackCatalog> m_catalog;
    QLineEdit* m_edit;
    QToolButton* m_pickButton;
    QAction* m_warning;
    QCompleter* m_completer;
    QStringListModel* m_completions;
    QStringList m_problems;
    bool m_wellFormed = true;
};

} // namespace muster::gui
