#include "domaintablepage.h"

#include "domaindelegate.h"
#include "domainfiltermodel.h"
#include "domaintablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QToolButton>

namespace {

int defaultWidth(const DomainColumn &c, int charWidth)
{
    using Kind = DomainColumn::Kind;
    switch (c.kind) {
    case Kind::SafName: return 12 * charWidth;
    case Kind::Secret: return 12 * charWidth;
    case Kind::Flag: return int(c.title.size() + 4) * charWidth;
    case Kind::Choice: return 14 * charWidth;
    case Kind::PassTicketKey: return 18 * charWidth;
    case Kind::ProfileName: return 24 * charWidth;
    default: return 30 * charWidth;
    }
}

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

DomainTablePage::DomainTablePage(Document *document, DomainTableSpec spec, QWidget *parent)
    : QWidget(parent), mModel(new DomainTableModel(document, std::move(spec), this)),
      mProxy(new DomainFilterModel(mModel, this)), mDelegate(new DomainDelegate(mModel, this)), mView(new QTableView(this)),
      mFilter(new QLineEdit(this)), mCount(new QLabel(this)), mStatus(new QLabel(this))
{
    const DomainTableSpec &s = mModel->spec();
    mFilter->setPlaceholderText(tr("Filter %1").arg(s.nouns));
    mFilter->setClearButtonEnabled(true);
    connect(mFilter, &QLineEdit::textChanged, mProxy, &DomainFilterModel::setFilterText);

    mAdd = toolButton(tr("Add"), tr("Add a %1 and edit its name").arg(s.noun), this);
    mRemove = toolButton(tr("Remove"), tr("Remove the selected %1 (Delete)").arg(s.nouns), this);
    mReveal = toolButton(tr("Show secrets"), tr("Show passwords and keys in clear"), this);
    mReveal->setCheckable(true);
    mReveal->setIcon(QIcon(QStringLiteral(":/icons/lock.svg")));
    mReveal->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mReveal->setVisible(mModel->hasSecrets());
    connect(mReveal, &QToolButton::toggled, this, [this](bool on) {
        mReveal->setIcon(QIcon(on ? QStringLiteral(":/icons/lock-open.svg") : QStringLiteral(":/icons/lock.svg")));
        mModel->setSecretsVisible(on);
    });
    connect(mAdd, &QToolButton::clicked, this, &DomainTablePage::addRow);
    connect(mRemove, &QToolButton::clicked, this, &DomainTablePage::removeSelectedRows);

    mView->setModel(mProxy);
    mView->setItemDelegate(mDelegate);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed);
    mView->setAlternatingRowColors(true);
    mView->setWordWrap(false);
    mView->verticalHeader()->hide();
    // Fixed row heights keep 100,000 rows cheap to lay out and scroll.
    mView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    mView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = mView->horizontalHeader();
    // The last column takes the spare width when it holds text; a stretched
    // check box or combo column would only push its content far away.
    using Kind = DomainColumn::Kind;
    const Kind last = s.columns.constLast().kind;
    header->setStretchLastSection(last == Kind::Text || last == Kind::Permits || last == Kind::SafName);
    header->setSortIndicatorClearable(true);  // a third click goes back to file order
    header->setSortIndicator(-1, Qt::AscendingOrder);
    mView->setSortingEnabled(true);
    for (int c = 0; c < s.columns.size(); ++c) {
        // Room for the title and the sort arrow at least.
        const int title = header->fontMetrics().horizontalAdvance(s.columns.at(c).title) + 32;
        mView->setColumnWidth(c, qMax(title, defaultWidth(s.columns.at(c), fontMetrics().averageCharWidth())));
    }
    mView->installEventFilter(this);

    mStatus->setWordWrap(true);
    mStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mStatus->hide();
    connect(mModel, &DomainTableModel::refused, this, &DomainTablePage::showRefusal);
    connect(mDelegate, &DomainDelegate::refused, this, &DomainTablePage::showRefusal);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(mFilter, 1);
    bar->addWidget(mCount);
    bar->addWidget(mReveal);
    bar->addWidget(mAdd);
    bar->addWidget(mRemove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(mView, 1);
    layout->addWidget(mStatus);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(mProxy, signal, this, &DomainTablePage::updateCount);
        connect(mProxy, signal, this, &DomainTablePage::updateButtons);
        connect(mModel, signal, mStatus, &QLabel::hide);
    }
    connect(mProxy, &QAbstractItemModel::modelReset, this, &DomainTablePage::updateCount);
    connect(mProxy, &QAbstractItemModel::layoutChanged, this, &DomainTablePage::updateCount);
    connect(mModel, &QAbstractItemModel::dataChanged, mStatus, &QLabel::hide);
    connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DomainTablePage::updateButtons);
    connect(mModel, &QAbstractItemModel::modelReset, this, &DomainTablePage::updateButtons);
    updateCount();
    updateButtons();
}

void DomainTablePage::setDomainId(const QString &id)
{
    mModel->setDomainId(id);
}

void DomainTablePage::updateCount()
{
    const QLocale locale;
    const int total = mModel->rowCount(), shown = mProxy->rowCount();
    mCount->setText(shown == total ? tr("%1 %2").arg(locale.toString(total), total == 1 ? mModel->spec().noun : mModel->spec().nouns)
                                   : tr("%1 of %2").arg(locale.toString(shown), locale.toString(total)));
}

void DomainTablePage::updateButtons()
{
    mAdd->setEnabled(mModel->domain() != nullptr);
    mRemove->setEnabled(mView->selectionModel()->hasSelection());
}

void DomainTablePage::showRefusal(const QString &reason)
{
    // Red that reads on light and dark windows alike.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    mStatus->setStyleSheet(QStringLiteral("color: %1").arg(dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b00020")));
    mStatus->setText(reason);
    mStatus->setToolTip(reason);
    mStatus->show();
}

void DomainTablePage::addRow()
{
    // A new row hidden by the filter could not be edited: show everything.
    if (!mFilter->text().isEmpty())
        mFilter->clear();
    int row = -1;
    if (const QString why = mModel->addRow(&row); !why.isEmpty()) {
        showRefusal(why);
        return;
    }
    const QModelIndex index = mProxy->mapFromSource(mModel->index(row, 0));
    mView->setFocus();
    mView->setCurrentIndex(index);
    mView->scrollTo(index);
    mView->edit(index);
}

void DomainTablePage::removeSelectedRows()
{
    QList<int> rows;
    int firstProxyRow = -1;
    for (const QModelIndex &index : mView->selectionModel()->selectedRows()) {
        rows.append(mProxy->mapToSource(index).row());
        firstProxyRow = firstProxyRow < 0 ? index.row() : qMin(firstProxyRow, index.row());
    }
    if (rows.isEmpty())
        return;
    if (const QString why = mModel->removeRows(rows); !why.isEmpty()) {
        showRefusal(why);
        return;
    }
    // Keep the keyboard where it was: on the row that moved up into the gap.
    const int next = qMin(firstProxyRow, mProxy->rowCount() - 1);
    if (next >= 0)
        mView->setCurrentIndex(mProxy->index(next, 0));
}

bool DomainTablePage::eventFilter(QObject *object, QEvent *event)
{
    // Delete and Backspace remove rows here, not the canvas selection the
    // main window's Delete action would remove.
    if (object == mView && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                removeSelectedRows();
            return true;
        }
        if (event->type() == QEvent::ShortcutOverride
            && (key->matches(QKeySequence::SelectAll) || key->matches(QKeySequence::Copy))) {
            event->accept();  // the table's own select all and copy
            return false;
        }
    }
    return QWidget::eventFilter(object, event);
}
