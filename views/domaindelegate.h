#pragma once

#include <QStyledItemDelegate>

class DomainTableModel;

// Editors for the cells of a domain table, chosen by the column's kind: line
// edits (SAF names upper-cased as typed, secrets masked), combo boxes for
// UACC and other choices. Enter with an invalid value keeps the editor open
// and says why in a tooltip, so what was typed is not lost.
class DomainDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    DomainDelegate(DomainTableModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

signals:
    void refused(const QString &reason);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QModelIndex sourceIndex(const QModelIndex &index) const;
    static QVariant editorValue(QWidget *editor);

    DomainTableModel *mModel;
};
