#include "namelisteditor.h"

#include "optioneditorvalidator.h"

#include <QGridLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>

NameListEditor::NameListEditor(const OptionSpec &spec, QWidget *parent)
    : OptionEditor(spec, parent), mList(new QListWidget(this)), mEntry(new QLineEdit(this)),
      mAdd(new QToolButton(this)), mRemove(new QToolButton(this))
{
    const bool saf = spec.type == OptionSpec::Type::NameList;
    if (saf)
        mEntry->setValidator(OptionEditorValidator::upperCaseValidator(mEntry));
    mEntry->setPlaceholderText(saf ? tr("Add a name, then Enter") : tr("Add an entry, then Enter"));
    mList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mList->installEventFilter(this);
    mAdd->setText(QStringLiteral("+"));
    mAdd->setToolTip(tr("Add the entry"));
    mRemove->setText(QStringLiteral("\u2212"));
    mRemove->setToolTip(tr("Remove the selected entries (Delete)"));
    for (QToolButton *b : {mAdd, mRemove}) {
        b->setAutoRaise(true);
        b->setFixedWidth(24);
    }
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);
    grid->addWidget(mList, 0, 0, 1, 2);
    grid->addWidget(mRemove, 0, 2, Qt::AlignTop);
    grid->addWidget(mEntry, 1, 0, 1, 2);
    grid->addWidget(mAdd, 1, 2);
    addContent(grid);
    setFocusProxy(mEntry);
    updateList();
    connect(mEntry, &QLineEdit::returnPressed, this, &NameListEditor::addEntry);
    connect(mEntry, &QLineEdit::textEdited, this, [this] { setProblem(QString(), mEntry); });
    connect(mAdd, &QToolButton::clicked, this, &NameListEditor::addEntry);
    connect(mRemove, &QToolButton::clicked, this, &NameListEditor::removeSelected);
    connect(mList, &QListWidget::itemSelectionChanged, this,
            [this] { mRemove->setEnabled(!mList->selectedItems().isEmpty()); });
}

void NameListEditor::setValue(const QJsonValue &value)
{
    QStringList names;
    for (const QJsonValue &v : value.toArray())
        names.append(v.toString());
    if (names == mNames && mList->count() == names.size())
        return;
    mNames = names;
    updateList();
}

void NameListEditor::updateList()
{
    mList->clear();
    mList->addItems(mNames);
    const int rowHeight = mList->sizeHintForRow(0) > 0 ? mList->sizeHintForRow(0) : fontMetrics().height() + 4;
    mList->setFixedHeight(qBound(1, int(mNames.size()), 4) * rowHeight + 2 * mList->frameWidth() + 2);
    mRemove->setEnabled(false);
    // An empty list is just the entry field: an empty box says nothing.
    mList->setVisible(!mNames.isEmpty());
    mRemove->setVisible(!mNames.isEmpty());
}

void NameListEditor::addEntry()
{
    const QString text = mEntry->text().trimmed();
    if (text.isEmpty())
        return;
    QJsonValue normalized;
    const QString reason = OptionEditorValidator::check(OptionEditorValidator::itemSpec(mSpec), text, &normalized);
    if (!reason.isEmpty()) {
        setProblem(reason, mEntry);
        return;
    }
    if (mNames.contains(normalized.toString())) {
        setProblem(tr("%1 is already in the list").arg(normalized.toString()), mEntry);
        return;
    }
    setProblem(QString(), mEntry);
    mEntry->clear();
    QStringList names = mNames;
    names.append(normalized.toString());
    emit valueEdited(QJsonArray::fromStringList(names));
}

void NameListEditor::removeSelected()
{
    QStringList names = mNames;
    for (const QListWidgetItem *item : mList->selectedItems())
        names.removeAll(item->text());
    if (names != mNames)
        emit valueEdited(QJsonArray::fromStringList(names));
}

bool NameListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mList && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return OptionEditor::eventFilter(watched, event);
}
