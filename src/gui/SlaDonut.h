#pragma once

#include "core/SlaTargets.h"

#include <QChartView>

class QGraphicsTextItem;

namespace muster::gui {

// The SLA outcomes of one measure as a donut: met, breached, overdue (not reached and
// past the target). The share breached is written in the middle. Pending incidents
// (not decided yet) are left out of the donut and of the share. A click on a slice
// emits sliceClicked with its outcome.
class SlaDonut final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaDonut)

public:
    explicit SlaDonut(QWidget* parent = nullptr);

    void setData(const core::SlaCounts& counts);
    void restyle() { setData(m_counts); }
    QString centreText() const;

signals:
    void sliceClicked(core::SlaTargets::Outcome outcome);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void placeCentre();

    core::SlaCounts m_counts;
    QGraphicsTextItem* m_centre;
    QString m_centreText;
};

} // namespace muster::gui
