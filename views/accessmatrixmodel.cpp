#include "accessmatrixmodel.h"

#include "rulecatalog.h"

#include <QColor>

AccessMatrixModel::AccessMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void AccessMatrixModel::setResult(std::shared_ptr<const AccessMatrixResult> result)
{
    beginResetModel();
    mResult = std::move(result);
    endResetModel();
}

void AccessMatrixModel::setDark(bool dark)
{
    if (dark == mDark)
        return;
    mDark = dark;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole, Qt::ForegroundRole});
}

int AccessMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !mResult ? 0 : int(mResult->users.size());
}

int AccessMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !mResult ? 0 : int(mResult->resources.size());
}

QVariant AccessMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!mResult || !index.isValid())
        return {};
    const AccessCell &c = mResult->cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (c.state == AccessCell::State::Allowed)
            return tr("✓ allowed");
        if (c.state == AccessCell::State::Denied)
            return tr("✗ %1").arg(mResult->failedRule(c));
        return tr("– not run");
    case Qt::ToolTipRole:
        return toolTip(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        // Soft tints that keep the palette's text readable in both themes.
        if (c.state == AccessCell::State::Allowed)
            return mDark ? QColor(0x1d, 0x3f, 0x27) : QColor(0xdc, 0xf3, 0xe0);
        if (c.state == AccessCell::State::Denied)
            return mDark ? QColor(0x4a, 0x24, 0x26) : QColor(0xfb, 0xe3, 0xe3);
        return {};
    case Qt::ForegroundRole:
        if (c.state == AccessCell::State::Allowed)
            return mDark ? QColor(0xb6, 0xf0, 0xc2) : QColor(0x15, 0x5d, 0x27);
        if (c.state == AccessCell::State::Denied)
            return mDark ? QColor(0xff, 0xc9, 0xc9) : QColor(0x9b, 0x1c, 0x1c);
        return {};
    case StateRole:
        return int(c.state);
    default:
        return {};
    }
}

QString AccessMatrixModel::toolTip(int row, int column) const
{
    const AccessCell &c = mResult->cell(row, column);
    const QString pair = tr("%1 → %2").arg(mResult->users.at(row), mResult->resources.at(column));
    if (c.state == AccessCell::State::Allowed)
        return tr("%1: allowed, the request is accepted").arg(pair);
    if (c.state == AccessCell::State::Pending)
        return tr("%1: not computed (the run was cancelled)").arg(pair);
    const QString rule = mResult->failedRule(c);
    const RuleInfo *info = RuleCatalog::find(rule);
    return tr("%1: denied at %2 by %3%4")
        .arg(pair, mResult->rejectedAt(c), rule.isEmpty() ? tr("(no rule)") : rule,
             info ? QStringLiteral(" — ") + info->title : QString());
}

QVariant AccessMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!mResult || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList &names = orientation == Qt::Horizontal ? mResult->resources : mResult->users;
    return names.value(section);
}
