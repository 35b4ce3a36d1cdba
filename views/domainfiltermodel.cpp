#include "domainfiltermodel.h"

#include "domaintablemodel.h"

DomainFilterModel::DomainFilterModel(DomainTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), mSource(source)
{
    setSourceModel(source);
    setSortRole(DomainTableModel::SortRole);
}

void DomainFilterModel::setFilterText(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle == mNeedle)
        return;
    mNeedle = needle;
    invalidateFilter();
}

bool DomainFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return sourceParent.isValid() ? false : mNeedle.isEmpty() || mSource->rowMatches(sourceRow, mNeedle);
}

bool DomainFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = mSource->sortKey(left.row(), left.column());
    const QVariant b = mSource->sortKey(right.row(), right.column());
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
}
