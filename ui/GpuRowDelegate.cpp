// SPDX-License-Identifier: GPL-3.0-or-later
#include "GpuRowDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSpinBox>

using namespace vram;

GpuRowDelegate::GpuRowDelegate(QList<GpuSpec> gpus, Read read, Write write, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_gpus(std::move(gpus))
    , m_read(std::move(read))
    , m_write(std::move(write))
{
}

QWidget *GpuRowDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QWidget(parent);
    editor->setAutoFillBackground(true);
    auto *count = new QSpinBox(editor);
    count->setObjectName(QStringLiteral("rowCountSpin"));
    count->setRange(1, kMaxGpuCount);
    count->setPrefix(QStringLiteral("× "));
    auto *kind = new QComboBox(editor);
    kind->setObjectName(QStringLiteral("rowKindCombo"));
    for (const GpuSpec &g : m_gpus)
        kind->addItem(g.displayName(), g.id);
    auto *layout = new QHBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(count);
    layout->addWidget(kind, 1);
    editor->setFocusProxy(count);
    return editor;
}

void GpuRowDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const GpuConfig config = m_read(index.row());
    editor->findChild<QSpinBox *>()->setValue(config.count);
    auto *kind = editor->findChild<QComboBox *>();
    kind->setCurrentIndex(kind->findData(config.gpu.id));
}

void GpuRowDelegate::setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const
{
    const auto *kind = editor->findChild<QComboBox *>();
    const qsizetype at = kind->currentIndex();
    if (at < 0 || at >= m_gpus.size())
        return;
    // The first kind is edited in place; further kinds of a mixed row stay.
    GpuConfig config = m_read(index.row());
    config.gpu = m_gpus.at(at);
    config.count = editor->findChild<QSpinBox *>()->value();
    m_write(index.row(), config);
}

void GpuRowDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // The row is one line of text; the spin box and combo need their own height.
    QRect r = option.rect;
    r.setHeight(std::max(r.height(), editor->sizeHint().height()));
    editor->setGeometry(r);
}
