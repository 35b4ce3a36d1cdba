#include "traceeventfilter.h"

#include "traceeventmodel.h"

TraceEventFilter::TraceEventFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void TraceEventFilter::setResult(const QString &result)
{
    if (result == mResult)
        return;
    mResult = result;
    invalidate();
}

void TraceEventFilter::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == mText)
        return;
    mText = t;
    invalidate();
}

bool TraceEventFilter::matchesText(const QModelIndex &sourceIndex) const
{
    return mText.isEmpty()
        || sourceIndex.data(TraceEventModel::SearchRole).toString().contains(mText, Qt::CaseInsensitive);
}

bool TraceEventFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (sourceParent.isValid())
        return acceptsCheck(index, sourceParent);
    // A hop on its own merits, or for one of its checks.
    if (mResult.isEmpty() && matchesText(index))
        return true;
    for (int c = 0; c < sourceModel()->rowCount(index); ++c) {
        if (acceptsCheck(sourceModel()->index(c, 0, index), index))
            return true;
    }
    return false;
}

bool TraceEventFilter::acceptsCheck(const QModelIndex &check, const QModelIndex &hop) const
{
    if (!mResult.isEmpty() && check.data(TraceEventModel::ResultRole).toString() != mResult)
        return false;
    return matchesText(check) || (!mText.isEmpty() && matchesText(hop));
}
