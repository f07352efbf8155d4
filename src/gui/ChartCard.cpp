#include "gui/ChartCard.h"

#include "gui/ChartExport.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace muster::gui {

namespace {
const QString kExportDirKey = QStringLiteral("dashboard/exportDir");
}

ChartCard::ChartCard(const QString& title, QWidget* chart, QWidget* parent)
    : QFrame(parent)
    , m_chart(chart)
    , m_title(new QLabel(title, this))
    , m_footnote(new QLabel(this))
    , m_header(new QHBoxLayout)
    , m_exportButton(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("chartCard"));
    QFont f = m_title->font();
    f.setWeight(QFont::DemiBold);
    m_title->setFont(f);
    m_footnote->setWordWrap(true);
    QFont small = m_footnote->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_footnote->setFont(small);
    m_footnote->setForegroundRole(QPalette::PlaceholderText);
    m_footnote->hide();

    auto* menu = new QMenu(this);
    menu->addAction(tr("Save Chart as &PNG…"), this, [this] { exportAs(QStringLiteral("png")); });
    menu->addAction(tr("Save Chart as &SVG…"), this, [this] { exportAs(QStringLiteral("svg")); });
    menu->addAction(tr("Save Data as &CSV…"), this, [this] { exportAs(QStringLiteral("csv")); });
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Save this chart as an image or its data as CSV"));
    m_exportButton->setAccessibleName(tr("Export %1").arg(title));
    m_exportButton->setMenu(menu);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setAutoRaise(true);

    chart->setParent(this);
    chart->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(chart, &QWidget::customContextMenuRequested, this,
            [this, menu](const QPoint& pos) { menu->popup(m_chart->mapToGlobal(pos)); });

    m_header->addWidget(m_title);
    m_header->addStretch();
    m_header->addWidget(m_exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    layout->addLayout(m_header);
    layout->addWidget(chart, 1);
    layout->addWidget(m_footnote);
}

QString ChartCard::title() const
{
    return m_title->text();
}

void ChartCard::setTitle(const QString& title)
{
    m_title->setText(title);
}

void ChartCard::setFormula(const QString& formula)
{
    m_title->setToolTip(formula);
    m_chart->setWhatsThis(formula);
}

void ChartCard::setFootnote(const QString& text)
{
    m_footnote->setText(text);
    m_footnote->setVisible(!text.isEmpty());
}

QString ChartCard::footnote() const
{
    return m_footnote->text();
}

void ChartCard::addHeaderWidget(QWidget* widget)
{
    m_header->insertWidget(m_header->count() - 1, widget);
}

QString ChartCard::exportPng(const QString& path) const
{
    return ChartExport::savePng(m_chart, path);
}

QString ChartCard::exportSvg(const QString& path) const
{
    return ChartExport::saveSvg(m_chart, path, m_title->text());
}

QString ChartCard::exportCsv(const QString& path) const
{
    return ChartExport::saveCsv(csv(), path);
}

void ChartCard::exportAs(const QString& suffix)
{
    QSettings settings;
    const QString dir =
        settings.value(kExportDirKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    QString name = m_title->text().toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    const QString filter = suffix == QLatin1String("png")   ? tr("PNG images (*.png)")
                           : suffix == QLatin1String("svg") ? tr("SVG drawings (*.svg)")
                                                            : tr("CSV files (*.csv)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(m_title->text()),
                                                QDir(dir).filePath(name + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + suffix;
    }
    settings.setValue(kExportDirKey, QFileInfo(path).absolutePath());
    const QString error = suffix == QLatin1String("png")   ? exportPng(path)
                          : suffix == QLatin1String("svg") ? exportSvg(path)
                                                           : exportCsv(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Failed"), error);
    }
}

} // namespace muster::gui
