#include "gui/KpiTile.h"

#include "gui/ChartTheme.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace muster::gui {

KpiTile::KpiTile(const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_detail(new QLabel(this))
    , m_change(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(caption);
    setMinimumWidth(200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    QFont captionFont = m_caption->font();
    captionFont.setWeight(QFont::DemiBold);
    m_caption->setFont(captionFont);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.1);
    valueFont.setWeight(QFont::DemiBold);
    m_value->setFont(valueFont);
    m_detail->setWordWrap(true);
    m_change->setWordWrap(true);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addWidget(m_change);
}

void KpiTile::setValue(const QString& value)
{
    m_value->setText(value);
    setAccessibleDescription(QStringLiteral("%1. %2. %3").arg(value, m_detail->text(), m_change->text()));
}

void KpiTile::setDetail(const QString& detail)
{
    m_detail->setText(detail);
}

void KpiTile::setChange(const QString& text, Trend trend)
{
    m_change->setText(text);
    m_trend = trend;
    applyChangeColor();
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::detail() const
{
    return m_detail->text();
}

QString KpiTile::change() const
{
    return m_change->text();
}

void KpiTile::applyChangeColor()
{
    QPalette p = m_change->palette();
    const QColor color = m_trend == Trend::Better  ? ChartTheme::good()
                         : m_trend == Trend::Worse ? ChartTheme::bad()
                                                   : ChartTheme::mutedText();
    p.setColor(QPalette::WindowText, color);
    m_change->setPalette(p);
}

void KpiTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit activated();
    }
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiTile::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyChangeColor();
    }
    QFrame::changeEvent(event);
}

} // namespace muster::gui
