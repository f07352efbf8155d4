#pragma once

#include "core/AttackCatalog.h"
#include "core/Coverage.h"

#include <QAbstractTableModel>

namespace muster::gui {

// The ATT&CK matrix: one column per tactic, one row per technique of the longest
// tactic; a cell is a technique with the sources that cover it (SourcesRole, drawn by
// CoverageDelegate). Empty cells below a tactic's last technique have no data.
class CoverageMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageMatrixModel)

public:
    enum Role
    {
        TechniqueIdRole = Qt::UserRole + 1,
        SourcesRole, // QVariantList of CoverageSource as int, strongest first
        EvidenceCountRole,
    };

    explicit CoverageMatrixModel(QObject* parent = nullptr);
    void setCoverage(const core::AttackCatalog& catalog, const core::Coverage& coverage, bool coveredOnly = false);
    int coveredCount() const { return m_covered; }
    int techniqueCount() const { return m_techniques; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        QString id;
        QString name;
        QVariantList sources;
        int evidence = 0;
        QString tooltip;
    };
    QList<QString> m_tactics;
    QList<QList<Cell>> m_columns;
    int m_rows = 0;
    int m_covered = 0;
    int m_techniques = 0;
};

} // namespace muster::gui
