#pragma once

#include "domaintablespec.h"

#include <QWidget>

class Document;
class DomainDelegate;
class DomainFilterModel;
class DomainTableModel;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

// One tab of the domain editor: a filter, a sortable table of one RACF
// table, add and remove buttons and a line that says why an edit was refused.
class DomainTablePage : public QWidget
{
    Q_OBJECT

public:
    DomainTablePage(Document *document, DomainTableSpec spec, QWidget *parent = nullptr);

    void setDomainId(const QString &id);

    DomainTableModel *model() const { return mModel; }
    DomainFilterModel *proxy() const { return mProxy; }
    QTableView *view() const { return mView; }
    QLineEdit *filterEdit() const { return mFilter; }
    QToolButton *addButton() const { return mAdd; }
    QToolButton *removeButton() const { return mRemove; }
    QToolButton *revealButton() const { return mReveal; }
    QLabel *statusLabel() const { return mStatus; }

public slots:
    void addRow();
    void removeSelectedRows();

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void showRefusal(const QString &reason);
    void updateCount();
    void updateButtons();

    DomainTableModel *mModel;
    DomainFilterModel *mProxy;
    DomainDelegate *mDelegate;
    QTableView *mView;
    QLineEdit *mFilter;
    QLabel *mCount;
    QToolButton *mAdd;
    QToolButton *mRemove;
    QToolButton *mReveal;
    QLabel *mStatus;
};
