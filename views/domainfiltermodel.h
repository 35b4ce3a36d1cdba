#pragma once

#include <QSortFilterProxyModel>

class DomainTableModel;

// Filters a domain table on a case-insensitive text found in any column and
// sorts it, asking the table model directly rather than through QVariant
// data() calls per cell, so that 100,000 users filter between keystrokes.
class DomainFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DomainFilterModel(DomainTableModel *source, QObject *parent = nullptr);

    QString filterText() const { return mNeedle; }
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    DomainTableModel *mSource;
    QString mNeedle;
};
