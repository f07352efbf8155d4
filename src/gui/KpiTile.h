#pragma once

#include <QFrame>

class QLabel;

namespace muster::gui {

// A key figure on the dashboard: a caption, the value in large type, a line of detail
// and the change against the previous period, coloured by whether it is better or worse.
// Clicking it (or Enter when focused) emits activated().
class KpiTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTile)

public:
    enum class Trend
    {
        Better,
        Worse,
        Neutral,
    };

    explicit KpiTile(const QString& caption, QWidget* parent = nullptr);

    void setValue(const QString& value);
    void setDetail(const QString& detail);
    void setChange(const QString& text, Trend trend);
    QString value() const;
    QString detail() const;
    QString change() const;

signals:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyChangeColor();

    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_detail;
    QLabel* m_change;
    Trend m_trend = Trend::Neutral;
};

} // namespace muster::gui
