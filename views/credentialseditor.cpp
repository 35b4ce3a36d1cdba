#include "credentialseditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>

namespace {

// Shows a password as dots; the edit role still holds the real text, so
// editing a cell starts from the current password.
class MaskedDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &) const override
    {
        const QString s = value.toString();
        return s.isEmpty() ? QString() : QString(qMin<qsizetype>(s.size(), 8), QChar(0x2022));
    }
};

} // namespace

CredentialsEditor::CredentialsEditor(const OptionSpec &spec, QWidget *parent)
    : OptionEditor(spec, parent), mTable(new QTableWidget(0, 2, this)), mAdd(new QToolButton(this)),
      mRemove(new QToolButton(this))
{
    mTable->setHorizontalHeaderLabels({tr("Name"), tr("Password")});
    // Names (often e-mail addresses) get the room; masked passwords need little.
    mTable->horizontalHeader()->setStretchLastSection(false);
    mTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    mTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    mTable->horizontalHeader()->resizeSection(1, fontMetrics().horizontalAdvance(tr("Password")) + 24);
    mTable->verticalHeader()->setVisible(false);
    mTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mTable->setWordWrap(false);
    mTable->setTextElideMode(Qt::ElideMiddle);
    mTable->setItemDelegateForColumn(1, new MaskedDelegate(mTable));
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    mAdd->setText(tr("Add user"));
    mRemove->setText(tr("Remove"));
    for (QToolButton *b : {mAdd, mRemove})
        b->setAutoRaise(true);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(mAdd);
    buttons->addWidget(mRemove);
    buttons->addStretch();
    addContent(mTable);
    addContent(buttons);
    setFocusProxy(mTable);
    rebuild();
    connect(mTable, &QTableWidget::cellChanged, this, &CredentialsEditor::onCellChanged);
    connect(mAdd, &QToolButton::clicked, this, &CredentialsEditor::addRow);
    connect(mRemove, &QToolButton::clicked, this, &CredentialsEditor::removeRows);
    connect(mTable, &QTableWidget::itemSelectionChanged, this,
            [this] { mRemove->setEnabled(!mTable->selectedItems().isEmpty()); });
}

void CredentialsEditor::setValue(const QJsonValue &value)
{
    if (value.toArray() == mValue && mTable->rowCount() == mValue.size())
        return;
    mValue = value.toArray();
    rebuild();
}

void CredentialsEditor::rebuild()
{
    mUpdating = true;
    mTable->setRowCount(int(mValue.size()));
    for (int row = 0; row < mValue.size(); ++row) {
        const QJsonObject o = mValue.at(row).toObject();
        auto *name = new QTableWidgetItem(o.value(QStringLiteral("name")).toString());
        const QJsonValue password = o.value(QStringLiteral("password"));
        auto *secret = new QTableWidgetItem(password.isObject() ? QString() : password.toString());
        if (password.isObject())
            secret->setToolTip(tr("Encrypted in the file; type to replace"));
        mTable->setItem(row, 0, name);
        mTable->setItem(row, 1, secret);
    }
    mTable->resizeRowsToContents();
    const int rowHeight = mValue.isEmpty() ? mTable->verticalHeader()->defaultSectionSize() : mTable->rowHeight(0);
    mTable->setFixedHeight(mTable->horizontalHeader()->sizeHint().height() + qBound(1, int(mValue.size()), 5) * rowHeight
                           + 2 * mTable->frameWidth() + 2);
    mRemove->setEnabled(false);
    mUpdating = false;
}

void CredentialsEditor::onCellChanged(int row, int column)
{
    if (mUpdating || row >= mValue.size())
        return;
    const QString text = mTable->item(row, column)->text();
    if (column == 0 && text.trimmed().isEmpty()) {
        setProblem(tr("A registry user needs a name"), mTable);
        return;
    }
    setProblem(QString(), mTable);
    QJsonArray a = mValue;
    QJsonObject o = a.at(row).toObject();
    o.insert(column == 0 ? QStringLiteral("name") : QStringLiteral("password"), column == 0 ? text.trimmed() : text);
    a.replace(row, o);
    emit valueEdited(a);
}

void CredentialsEditor::addRow()
{
    const auto taken = [this](const QString &name) {
        for (const QJsonValue &v : std::as_const(mValue)) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return true;
        }
        return false;
    };
    QString name = QStringLiteral("user");
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("user%1").arg(n);
    QJsonArray a = mValue;
    a.append(QJsonObject{{"name", name}, {"password", ""}});
    emit valueEdited(a);
    // The model answered with the new row: let the user name it.
    if (mTable->rowCount() == a.size())
        mTable->editItem(mTable->item(mTable->rowCount() - 1, 0));
}

void CredentialsEditor::removeRows()
{
    QList<int> rows;
    for (const QTableWidgetItem *item : mTable->selectedItems()) {
        if (!rows.contains(item->row()))
            rows.append(item->row());
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    QJsonArray a = mValue;
    for (int row : rows)
        a.removeAt(row);
    if (a != mValue)
        emit valueEdited(a);
}
