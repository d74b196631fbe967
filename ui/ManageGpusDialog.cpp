// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManageGpusDialog.h"

#include "ByteUnit.h"
#include "GpuEditDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace vram;

ManageGpusDialog::ManageGpusDialog(GpuLibrary *library, const Catalog &builtIn, const PriceSettings &prices,
                                   QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_builtIn(builtIn)
{
    setWindowTitle(tr("GPUs and prices"));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->addItem(tr("US dollars (USD)"), currencyCode(Currency::USD));
    m_currency->addItem(tr("Chinese yuan (CNY)"), currencyCode(Currency::CNY));
    m_currency->setCurrentIndex(prices.currency == Currency::CNY ? 1 : 0);
    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("rateSpin"));
    m_rate->setRange(0.0001, double(PriceSettings::kMaxRatePpm) / 1e6);
    m_rate->setDecimals(4);
    m_rate->setPrefix(QStringLiteral("1 USD = "));
    m_rate->setSuffix(QStringLiteral(" CNY"));
    m_rate->setValue(double(prices.cnyPerUsdPpm) / 1e6);
    m_rate->setToolTip(tr("Catalogue prices are in US dollars; set today's rate to see them in yuan."));

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("gpuTable"));
    m_table->setHorizontalHeaderLabels({tr("GPU"), tr("Memory"), tr("Price an hour"), tr("Price source")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addUserGpu"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editUserGpu"));
    m_price = new QPushButton(tr("Set &price…"), this);
    m_price->setObjectName(QStringLiteral("setGpuPrice"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeUserGpu"));
    auto *import = new QPushButton(tr("&Import file…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton *b : {add, m_edit, m_price, m_remove, import})
        buttons->addButton(b, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(add, &QPushButton::clicked, this, &ManageGpusDialog::addGpu);
    connect(m_edit, &QPushButton::clicked, this, &ManageGpusDialog::editSelected);
    connect(m_price, &QPushButton::clicked, this, &ManageGpusDialog::setPriceOfSelected);
    connect(m_remove, &QPushButton::clicked, this, &ManageGpusDialog::removeSelected);
    connect(import, &QPushButton::clicked, this, &ManageGpusDialog::chooseFile);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ManageGpusDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this] { isUserGpu(selectedId()) ? editSelected() : setPriceOfSelected(); });
    // The table shows prices in the chosen currency.
    connect(m_currency, &QComboBox::currentIndexChanged, this, &ManageGpusDialog::refresh);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &ManageGpusDialog::refresh);

    auto *form = new QFormLayout;
    form->addRow(tr("Currency:"), m_currency);
    form->addRow(tr("Rate:"), m_rate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    refresh();
    resize(820, 480);
}

PriceSettings ManageGpusDialog::prices() const
{
    PriceSettings p;
    p.currency = currencyFromCode(m_currency->currentData().toString()).value_or(Currency::USD);
    p.cnyPerUsdPpm = std::llround(m_rate->value() * 1e6);
    return p;
}

void ManageGpusDialog::refresh()
{
    const QString selected = selectedId();
    m_rate->setEnabled(prices().currency == Currency::CNY);
    Catalog all = m_builtIn;
    m_library->applyTo(all);
    const QLocale locale;
    m_table->setRowCount(0);
    for (const GpuSpec &g : all.gpus()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString name = g.displayName();
        if (g.unifiedMemory)
            name = tr("%1 (unified memory)").arg(name);
        if (g.userDefined)
            name = tr("%1 (yours)").arg(name);
        const QStringList cells{name, formatBytes(g.memoryBytes, ByteUnit::GiB, locale),
                                g.priceCentsPerHour > 0 ? prices().format(g.priceCentsPerHour, locale) : tr("none"),
                                g.priceSource};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, g.id);
            item->setToolTip(column == 1 ? g.source : cells.at(column));
            m_table->setItem(row, column, item);
        }
        if (g.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

QString ManageGpusDialog::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

bool ManageGpusDialog::isUserGpu(const QString &id) const
{
    for (const GpuSpec &g : m_library->gpus())
        if (g.id == id)
            return true;
    return false;
}

void ManageGpusDialog::updateButtons()
{
    const QString id = selectedId();
    m_edit->setEnabled(isUserGpu(id));
    m_remove->setEnabled(isUserGpu(id) || m_library->priceOverrides().contains(id));
    m_price->setEnabled(!id.isEmpty());
}

bool ManageGpusDialog::save()
{
    QString error;
    if (m_library->save(&error))
        return true;
    QMessageBox::warning(this, tr("GPUs and prices"), error);
    return false;
}

void ManageGpusDialog::addGpu()
{
    GpuEditDialog dialog(GpuSpec{}, prices(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    GpuSpec gpu = dialog.gpu();
    // A second card of the same name gets its own id.
    const QString base = gpu.id;
    for (int n = 2; m_builtIn.gpu(gpu.id) || isUserGpu(gpu.id); ++n)
        gpu.id = QStringLiteral("%1-%2").arg(base).arg(n);
    QString error;
    if (!m_library->put(gpu, m_builtIn, &error)) {
        QMessageBox::warning(this, tr("GPUs and prices"), error);
        return;
    }
    if (save())
        refresh();
}

void ManageGpusDialog::editSelected()
{
    const QString id = selectedId();
    for (const GpuSpec &g : m_library->gpus()) {
        if (g.id != id)
            continue;
        GpuEditDialog dialog(g, prices(), this);
        QString error;
        if (dialog.exec() == QDialog::Accepted && m_library->put(dialog.gpu(), m_builtIn, &error) && save())
            refresh();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("GPUs and prices"), error);
        return;
    }
}

void ManageGpusDialog::setPriceOfSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    Catalog all = m_builtIn;
    m_library->applyTo(all);
    const GpuSpec *gpu = all.gpu(id);
    const PriceSettings p = prices();
    bool ok = false;
    const double value = QInputDialog::getDouble(
        this, tr("Price of %1").arg(gpu->displayName()),
        tr("What you pay for one GPU an hour, in %1 (0: no price):").arg(currencyCode(p.currency)),
        double(p.toDisplayCents(gpu->priceCentsPerHour)) / 100.0, 0, double(GpuSpec::kMaxPriceCents) / 100.0, 2, &ok);
    if (!ok)
        return;
    const qint64 usdCents = p.toUsdCents(std::llround(value * 100));
    if (isUserGpu(id)) {
        GpuSpec mine = *gpu;
        mine.priceCentsPerHour = usdCents;
        mine.priceSource = usdCents > 0 ? tr("your price") : QString();
        QString error;
        m_library->put(mine, m_builtIn, &error);
    } else {
        m_library->setPrice(id, usdCents);
    }
    if (save())
        refresh();
}

void ManageGpusDialog::removeSelected()
{
    // A user GPU goes; for a catalogue kind only the user's price goes, back to the catalogue's.
    const QString id = selectedId();
    if (!isUserGpu(id)) {
        m_library->setPrice(id, 0);
    } else if (!m_library->remove(id)) {
        return;
    }
    if (save())
        refresh();
}

bool ManageGpusDialog::importFile(const QString &path, QString *error)
{
    const auto gpus = GpuLibrary::readFile(path, error);
    bool ok = gpus.has_value();
    for (const GpuSpec &g : gpus.value_or(QList<GpuSpec>()))
        ok = ok && m_library->put(g, m_builtIn, error);
    if (!ok) {
        QString ignored;
        m_library->load(&ignored); // nothing of a refused file stays
        return false;
    }
    if (!m_library->save(error))
        return false;
    refresh();
    return true;
}

void ManageGpusDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import GPUs"), QString(), tr("GPU lists (*.json)"));
    QString error;
    if (!path.isEmpty() && !importFile(path, &error))
        QMessageBox::warning(this, tr("GPUs and prices"), error);
}
