#include "gui/PlotNavigator.h"

#include <QKeyEvent>
#include <qcustomplot.h>

namespace muster::gui {

PlotNavigator::PlotNavigator(QCustomPlot* plot, Qt::Orientations orientations, std::function<void()> reset)
    : QObject(plot)
    , m_plot(plot)
    , m_orientations(orientations)
    , m_reset(std::move(reset))
{
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->setFocusPolicy(Qt::StrongFocus);
    plot->setNoAntialiasingOnDrag(true);
    const auto rects = plot->axisRects();
    for (QCPAxisRect* rect : rects) {
        rect->setRangeDrag(orientations);
        rect->setRangeZoom(orientations);
    }
    plot->installEventFilter(this);
}

void PlotNavigator::zoom(double factor)
{
    const auto rects = m_plot->axisRects();
    for (QCPAxisRect* rect : rects) {
        if (m_orientations & Qt::Horizontal) {
            rect->axis(QCPAxis::atBottom)->scaleRange(factor);
        }
        if (m_orientations & Qt::Vertical) {
            rect->axis(QCPAxis::atLeft)->scaleRange(factor);
        }
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotNavigator::pan(double dx, double dy)
{
    const auto rects = m_plot->axisRects();
    for (QCPAxisRect* rect : rects) {
        QCPAxis* x = rect->axis(QCPAxis::atBottom);
        QCPAxis* y = rect->axis(QCPAxis::atLeft);
        if (dx != 0 && (m_orientations & Qt::Horizontal)) {
            x->moveRange(x->range().size() * dx);
        }
        if (dy != 0 && (m_orientations & Qt::Vertical)) {
            if (y->scaleType() == QCPAxis::stLogarithmic) {
                const double factor = std::pow(y->range().upper / y->range().lower, dy);
                y->setRange(y->range().lower * factor, y->range().upper * factor);
            } else {
                y->moveRange(y->range().size() * dy);
            }
        }
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool PlotNavigator::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_plot || event->type() != QEvent::KeyPress) {
        return QObject::eventFilter(watched, event);
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    switch (key->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(0.8);
        return true;
    case Qt::Key_Minus:
        zoom(1.25);
        return true;
    case Qt::Key_Left:
        pan(-0.1, 0);
        return true;
    case Qt::Key_Right:
        pan(0.1, 0);
        return true;
    case Qt::Key_Up:
        pan(0, 0.1);
        return true;
    case Qt::Key_Down:
        pan(0, -0.1);
        return true;
    case Qt::Key_0:
    case Qt::Key_Home:
        if (m_reset) {
            m_reset();
        }
        return true;
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace muster::gui
