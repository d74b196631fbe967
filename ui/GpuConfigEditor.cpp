// SPDX-License-Identifier: GPL-3.0-or-later
#include "GpuConfigEditor.h"
#include "ChartPalette.h"
#include "GpuRowDelegate.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace vram;

GpuConfigEditor::GpuConfigEditor(QWidget *parent)
    : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("gpuList"));
    m_list->setMaximumHeight(120);
    // Rows are edited where they stand: double-click or F2 gives a count and a kind.
    m_rowDelegate = new GpuRowDelegate(
        m_gpus, [this](int row) { return m_configs.value(row); },
        [this](int row, const GpuConfig &config) {
            if (row < 0 || row >= m_configs.size() || m_configs.at(row) == config)
                return;
            m_configs[row] = config;
            // The list is rebuilt after the editor has closed, not under it.
            QTimer::singleShot(0, this, [this] {
                refreshList();
                emit configsChanged();
            });
        },
        this);
    m_list->setItemDelegate(m_rowDelegate);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("gpuKindCombo"));
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("gpuCountSpin"));
    m_count->setRange(1, kMaxGpuCount);
    m_count->setPrefix(QStringLiteral("× "));
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addGpuButton"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeGpuButton"));
    m_mix = new QPushButton(this);
    m_mix->setObjectName(QStringLiteral("mixGpuButton"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_count);
    row->addWidget(m_kind, 1);
    row->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(row);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_mix);
    rowButtons->addWidget(m_remove);
    layout->addLayout(rowButtons);

    connect(m_add, &QPushButton::clicked, this, &GpuConfigEditor::addCurrent);
    connect(m_remove, &QPushButton::clicked, this, &GpuConfigEditor::removeSelected);
    connect(m_mix, &QPushButton::clicked, this, &GpuConfigEditor::mixIntoSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        m_remove->setEnabled(!m_list->selectedItems().isEmpty());
        m_mix->setEnabled(!m_list->selectedItems().isEmpty());
    });
    // Selecting a row plans the estimate for it.
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_configs.size() || row == m_planned)
            return;
        m_planned = row;
        for (int r = 0; r < m_list->count(); ++r)
            showItem(r);
        emit configsChanged();
    });
    retranslate();
}

void GpuConfigEditor::setGpus(const QList<GpuSpec> &gpus)
{
    m_gpus = gpus;
    m_rowDelegate->setGpus(gpus);
    m_kind->clear();
    for (const GpuSpec &g : gpus)
        m_kind->addItem(g.displayName(), g.id);
    m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("h100-80gb")));
}

void GpuConfigEditor::setConfigs(const QList<GpuConfig> &configs)
{
    m_configs = configs.mid(0, kMaxConfigs);
    refreshList();
}

void GpuConfigEditor::setPlannedRow(int row, bool marked)
{
    m_planned = std::clamp(row, 0, std::max(0, int(m_configs.size()) - 1));
    m_markPlanned = marked;
    for (int r = 0; r < m_list->count(); ++r)
        showItem(r);
}

void GpuConfigEditor::setUnit(ByteUnit unit)
{
    m_unit = unit;
    refreshList();
}

void GpuConfigEditor::addCurrent()
{
    const qsizetype index = m_kind->currentIndex();
    if (index < 0 || index >= m_gpus.size() || m_configs.size() >= kMaxConfigs)
        return;
    const GpuConfig config{m_gpus.at(index), m_count->value()};
    if (m_configs.contains(config))
        return;
    m_configs.append(config);
    refreshList();
    emit configsChanged();
}

void GpuConfigEditor::mixIntoSelected()
{
    const int row = m_list->currentRow();
    const qsizetype index = m_kind->currentIndex();
    if (row < 0 || row >= m_configs.size() || index < 0 || index >= m_gpus.size())
        return;
    GpuConfig &config = m_configs[row];
    const GpuSpec &kind = m_gpus.at(index);
    if (config.deviceCount() + m_count->value() > kMaxGpuCount || config.more.size() >= 15)
        return;
    if (config.gpu.id == kind.id && config.more.isEmpty())
        config.count += m_count->value(); // the same kind: just more of it
    else
        config.more.append({kind, m_count->value()});
    refreshList();
    m_list->setCurrentRow(row);
    emit configsChanged();
}

void GpuConfigEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_configs.size())
        return;
    m_configs.removeAt(row);
    if (m_planned >= row && m_planned > 0)
        --m_planned; // the same configuration stays planned, or the one before the removed one
    refreshList();
    emit configsChanged();
}

void GpuConfigEditor::setFits(const QList<FitResult> &fits)
{
    m_fits = fits;
    // Texts in place: rebuilding the list on every slider step would lose the selection.
    for (int row = 0; row < m_list->count(); ++row)
        showItem(row);
}

void GpuConfigEditor::showItem(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (const QString text = itemText(row); item->text() != text)
        item->setText(text);
    // The answer panel's colours: green fits, red does not.
    const bool known = row < m_fits.size() && m_fits.at(row).valid;
    const QBrush brush = !known ? palette().text() : QBrush(m_fits.at(row).fits ? chartpalette::fits() : chartpalette::over());
    if (item->foreground() != brush)
        item->setForeground(brush);
}

QString GpuConfigEditor::itemText(qsizetype row) const
{
    const GpuConfig &c = m_configs.at(row);
    const QLocale locale;
    const FitResult *fit = row < m_fits.size() && m_fits.at(row).valid && m_fits.at(row).config == c ? &m_fits.at(row) : nullptr;
    const QString mark = m_markPlanned && row == m_planned ? QStringLiteral("▸ ") : QString();
    if (!fit)
        return mark + tr("%1 — %2").arg(c.label(), formatBytes(c.capacityBytes(), m_unit, locale));
    // The capacity the method may fill (vLLM's budget), as the line shows it.
    return mark + (fit->fits ? tr("✓ %1 — %2 · %3 free").arg(fit->capacityLabel, formatBytes(fit->capacity, m_unit, locale),
                                                   formatBytes(fit->headroom, m_unit, locale))
                     : tr("✗ %1 — %2 · %3 short").arg(fit->capacityLabel, formatBytes(fit->capacity, m_unit, locale),
                                                    formatBytes(-fit->headroom, m_unit, locale)));
}

void GpuConfigEditor::refreshList()
{
    // Rebuilding is not the user choosing a row.
    const QSignalBlocker blocker(m_list);
    m_planned = std::clamp(m_planned, 0, std::max(0, int(m_configs.size()) - 1));
    m_list->clear();
    for (qsizetype row = 0; row < m_configs.size(); ++row) {
        m_list->addItem(QString());
        m_list->item(int(row))->setFlags(m_list->item(int(row))->flags() | Qt::ItemIsEditable);
        showItem(int(row));
    }
    m_add->setEnabled(m_configs.size() < kMaxConfigs);
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    m_mix->setEnabled(!m_list->selectedItems().isEmpty());
}

void GpuConfigEditor::retranslate()
{
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add this GPU configuration as a capacity line"));
    m_remove->setText(tr("Remove selected"));
    m_mix->setText(tr("Add to selected"));
    m_mix->setToolTip(tr("Add this count and kind to the selected row: GPUs of several kinds in one machine, "
                         "which llama.cpp splits the model over"));
    m_count->setToolTip(tr("Number of GPUs; their memory is pooled"));
    m_kind->setToolTip(tr("GPU kind, with the memory its driver reports"));
    m_list->setToolTip(tr("Double-click a row, or press F2, to change its count or kind"));
    for (int i = 0; i < m_kind->count() && i < m_gpus.size(); ++i)
        m_kind->setItemText(i, m_gpus.at(i).displayName()); // some kinds have a local name (昇腾)
    refreshList();
}

void GpuConfigEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
