// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelPicker.h"

#include "ByteUnit.h"

#include <QCompleter>
#include <QEvent>
#include <QLineEdit>
#include <QStandardItemModel>

using namespace vram;

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QString sizeText(qint64 parameters)
{
    return QLocale().toString(double(parameters) / 1e9, 'f', parameters < 10'000'000'000 ? 1 : 0) + QLatin1Char('B');
}
} // namespace

ModelPicker::ModelPicker(QWidget *parent)
    : QComboBox(parent)
{
    m_items = new QStandardItemModel(this);
    setModel(m_items);
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(24);
    auto *completer = new QCompleter(m_items, this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);

    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString id = itemData(index, kIdRole).toString();
        if (!id.isEmpty())
            emit modelChosen(id);
    });
    // Typing that matches no model must not leave a half-typed name behind.
    connect(lineEdit(), &QLineEdit::editingFinished, this, &ModelPicker::restoreText);
}

void ModelPicker::setModels(const QList<ModelSpec> &models)
{
    m_models = models;
    rebuild();
}

void ModelPicker::rebuild()
{
    const QString current = currentModelId();
    const QSignalBlocker blocker(this);
    m_items->clear();
    QString family;
    for (const ModelSpec &m : m_models) {
        if (m.family != family) {
            family = m.family;
            // Imported models are grouped under one heading in the reader's language.
            auto *header = new QStandardItem(family == QLatin1String("Imported") ? tr("Imported models") : family);
            header->setFlags(Qt::NoItemFlags); // a heading, not a choice
            QFont bold = font();
            bold.setBold(true);
            header->setFont(bold);
            m_items->appendRow(header);
        }
        auto *item = new QStandardItem(m.name);
        item->setData(m.id, kIdRole);
        item->setToolTip(tr("%1 parameters, %2 layers, %3\nKV heads %4 × head dim %5, context %6 tokens")
                             .arg(formatCount(m.parameters, QLocale()))
                             .arg(m.layers)
                             .arg(attentionKindName(m.attentionKind()))
                             .arg(m.kvHeads)
                             .arg(m.headDim)
                             .arg(formatCount(m.maxContext, QLocale())));
        // Size, attention and, read from the config's expert count, whether it is a mixture of experts.
        item->setText(m.isMixtureOfExperts()
                          ? tr("%1 (%2, %3, MoE)").arg(m.name, sizeText(m.parameters), attentionKindShortName(m.attentionKind()))
                          : tr("%1 (%2, %3)").arg(m.name, sizeText(m.parameters), attentionKindShortName(m.attentionKind())));
        m_items->appendRow(item);
    }
    if (!setCurrentModelId(current) && !m_models.isEmpty())
        setCurrentModelId(m_models.first().id);
}

QString ModelPicker::currentModelId() const
{
    return itemData(currentIndex(), kIdRole).toString();
}

bool ModelPicker::setCurrentModelId(const QString &id)
{
    const int index = findData(id, kIdRole);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

void ModelPicker::restoreText()
{
    const int match = findText(lineEdit()->text(), Qt::MatchFixedString);
    if (match >= 0 && !itemData(match, kIdRole).toString().isEmpty())
        setCurrentIndex(match);
    else
        lineEdit()->setText(itemText(currentIndex()));
}

void ModelPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QComboBox::changeEvent(event);
}
