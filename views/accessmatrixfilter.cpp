#include "accessmatrixfilter.h"

#include "accessmatrixmodel.h"

AccessMatrixFilter::AccessMatrixFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

void AccessMatrixFilter::setSourceModel(QAbstractItemModel *model)
{
    disconnect(mResetConnection);
    // Connected before the base class connects, so the column cache is
    // dropped before the proxy re-filters the new result's rows.
    if (model)
        mResetConnection = connect(model, &QAbstractItemModel::modelReset, this, [this] { mColumnsFor = nullptr; });
    mColumnsFor = nullptr;
    QSortFilterProxyModel::setSourceModel(model);
}

void AccessMatrixFilter::setUserText(const QString &text)
{
    if (text == mUserText)
        return;
    mUserText = text;
    invalidateFilter();
}

void AccessMatrixFilter::setResourceText(const QString &text)
{
    if (text == mResourceText)
        return;
    mResourceText = text;
    mColumnsFor = nullptr;
    invalidateFilter();
}

void AccessMatrixFilter::setShow(Show show)
{
    if (show == mShow)
        return;
    mShow = show;
    invalidateFilter();
}

const std::vector<int> &AccessMatrixFilter::shownColumns() const
{
    const auto *m = qobject_cast<const AccessMatrixModel *>(sourceModel());
    const void *result = m ? m->result() : nullptr;
    if (mColumnsFor != result || !result) {
        mColumns.clear();
        for (int c = 0; m && c < m->columnCount(); ++c) {
            if (filterAcceptsColumn(c, {}))
                mColumns.push_back(c);
        }
        mColumnsFor = result;
    }
    return mColumns;
}

bool AccessMatrixFilter::filterAcceptsColumn(int sourceColumn, const QModelIndex &) const
{
    if (mResourceText.isEmpty())
        return true;
    return sourceModel()->headerData(sourceColumn, Qt::Horizontal).toString().contains(mResourceText, Qt::CaseInsensitive);
}

bool AccessMatrixFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *m = qobject_cast<const AccessMatrixModel *>(sourceModel());
    if (!m || !m->result())
        return true;
    const AccessMatrixResult &r = *m->result();
    if (!mUserText.isEmpty() && !r.users.at(sourceRow).contains(mUserText, Qt::CaseInsensitive))
        return false;
    if (mShow == Show::All)
        return true;
    const AccessCell::State wanted = mShow == Show::WithAllowed ? AccessCell::State::Allowed : AccessCell::State::Denied;
    for (int c : shownColumns()) {
        if (r.cell(sourceRow, c).state == wanted)
            return true;
    }
    return false;
}

// The proxy never sorts, so view order is source order.
QList<qsizetype> AccessMatrixFilter::sourceRows() const
{
    QList<qsizetype> rows;
    for (int r = 0; sourceModel() && r < sourceModel()->rowCount(); ++r) {
        if (filterAcceptsRow(r, {}))
            rows.append(r);
    }
    return rows;
}

QList<qsizetype> AccessMatrixFilter::sourceColumns() const
{
    const std::vector<int> &shown = shownColumns();
    return QList<qsizetype>(shown.begin(), shown.end());
}
