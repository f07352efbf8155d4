#pragma once

#include <QFrame>
#include <QList>
#include <QStringList>

#include <functional>

class QLabel;
class QHBoxLayout;
class QToolButton;

namespace muster::gui {

// A dashboard chart in a frame: a title (with the chart's formula as its tooltip), room
// for small controls, the chart, a footnote, and an Export menu (PNG, SVG, CSV) that is
// also the chart's context menu.
class ChartCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCard)

public:
    ChartCard(const QString& title, QWidget* chart, QWidget* parent = nullptr);

    QWidget* chart() const { return m_chart; }
    QString title() const;
    void setTitle(const QString& title);
    void setFormula(const QString& formula);
    void setFootnote(const QString& text);
    QString footnote() const;
    // Adds a control (a toggle, a combo) to the right of the title.
    void addHeaderWidget(QWidget* widget);
    // The chart's data for "Save Data as CSV", made when asked for: the header row first.
    using CsvProvider = std::function<QList<QStringList>()>;
    void setCsvProvider(CsvProvider provider) { m_csv = std::move(provider); }
    QList<QStringList> csv() const { return m_csv ? m_csv() : QList<QStringList>(); }

    // Export without dialogs (used by the menu after asking for a file, and by tests).
    QString exportPng(const QString& path) const;
    QString exportSvg(const QString& path) const;
    QString exportCsv(const QString& path) const;

private:
    void exportAs(const QString& suffix);

    QWidget* m_chart;
    QLabel* m_title;
    QLabel* m_footnote;
    QHBoxLayout* m_header;
    QToolButton* m_exportButton;
    CsvProvider m_csv;
};

} // namespace muster::gui
