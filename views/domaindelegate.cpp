#include "domaindelegate.h"

#include "domaintablemodel.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>
#include <QToolTip>
#include <QValidator>

namespace {

using Kind = DomainColumn::Kind;

const char *const kIndexProperty = "domainIndex";

// Upper-cases as the user types (RACF names are upper case); the length and
// characters are checked on commit, where a refusal can say why.
class UpperCaseValidator : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString &input, int &) const override
    {
        input = input.toUpper();
        return Acceptable;
    }
};

QString placeholderFor(const DomainColumn &c)
{
    switch (c.kind) {
    case Kind::SafNameList: return QCoreApplication::translate("DomainDelegate", "GROUP1, GROUP2");
    case Kind::Permits: return QCoreApplication::translate("DomainDelegate", "PAYGRP=READ, *=NONE");
    case Kind::PassTicketKey: return QCoreApplication::translate("DomainDelegate", "16 or 64 hex digits");
    default: return {};
    }
}

} // namespace

DomainDelegate::DomainDelegate(DomainTableModel *model, QObject *parent) : QStyledItemDelegate(parent), mModel(model)
{
}

QModelIndex DomainDelegate::sourceIndex(const QModelIndex &index) const
{
    QModelIndex i = index;
    while (i.isValid() && i.model() != mModel) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(i.model());
        if (!proxy)
            return {};
        i = proxy->mapToSource(i);
    }
    return i;
}

QWidget *DomainDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const QModelIndex source = sourceIndex(index);
    if (!source.isValid())
        return nullptr;
    const DomainColumn &c = mModel->column(source.column());
    QWidget *editor = nullptr;
    if (c.kind == Kind::Flag)
        return nullptr;
    if (c.kind == Kind::Choice) {
        auto *combo = new QComboBox(parent);
        for (const QString &choice : mModel->choices(source))
            combo->addItem(choice.isEmpty() ? c.emptyChoice : choice, choice);
        // A choice is committed as soon as it is picked, like any combo box.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<DomainDelegate *>(this);
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        QTimer::singleShot(0, combo, [combo] {
            if (combo->isVisible())
                combo->showPopup();
        });
        editor = combo;
    } else {
        auto *edit = new QLineEdit(parent);
        edit->setFrame(false);
        edit->setPlaceholderText(placeholderFor(c));
        if (c.isSecret() && !mModel->secretsVisible())
            edit->setEchoMode(QLineEdit::Password);
        if (c.kind == Kind::SafName || c.kind == Kind::ProfileName || c.kind == Kind::SafNameList
            || c.kind == Kind::PassTicketKey)
            edit->setValidator(new UpperCaseValidator(edit));
        editor = edit;
    }
    editor->setProperty(kIndexProperty, QVariant::fromValue(QPersistentModelIndex(index)));
    editor->setToolTip(c.help);
    return editor;
}

void DomainDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        if (edit->text() != value || edit->text().isEmpty()) {
            edit->setText(value);
            edit->selectAll();
        }
    }
}

QVariant DomainDelegate::editorValue(QWidget *editor)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData();
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        return edit->text();
    return {};
}

void DomainDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    // The source model refuses an invalid value itself and says why.
    model->setData(index, editorValue(editor), Qt::EditRole);
}

bool DomainDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *edit = qobject_cast<QLineEdit *>(object);
    if (edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab) {
            const QModelIndex index = edit->property(kIndexProperty).value<QPersistentModelIndex>();
            QString error;
            if (!mModel->validate(sourceIndex(index), edit->text(), &error)) {
                QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())), error, edit);
                emit refused(error);
                return true;  // keep the editor open with what was typed
            }
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void DomainDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QModelIndex source = sourceIndex(index);
    if (!source.isValid())
        return;
    const DomainColumn &c = mModel->column(source.column());
    // Placeholders ("(none)", "(encrypted)") read as such, not as values.
    const bool placeholder = (c.kind == Kind::Choice && index.data(Qt::EditRole).toString().isEmpty())
                             || !(index.flags() & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable));
    if (placeholder)
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    // Fusion outlines a check box in a darker shade of Window, which vanishes
    // on a dark Base: lighten it there so unchecked boxes stay visible.
    if (c.kind == Kind::Flag && option->palette.color(QPalette::Base).lightness() < 128)
        option->palette.setColor(QPalette::Window, option->palette.color(QPalette::PlaceholderText).lighter(130));
}
