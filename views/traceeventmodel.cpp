#include "traceeventmodel.h"

#include "canvascolors.h"
#include "checkglyph.h"
#include "identitytext.h"
#include "nodeicons.h"
#include "nodekinds.h"
#include "rulecatalog.h"
#include "topologydata.h"
#include "tracepainter.h"

#include <QColor>
#include <QFont>

namespace {

// internalId of a check row: its hop + 1; hop rows have 0.
constexpr quintptr kHopRow = 0;

// The what-if halo's colour, faint enough to keep the text readable.
QColor changedTint(const QPalette &palette)
{
    QColor c = TracePainter::changedColor(CanvasColors::from(palette));
    c.setAlpha(CanvasColors::isDark(palette) ? 70 : 50);
    return c;
}

} // namespace

TraceEventModel::TraceEventModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void TraceEventModel::setTrace(const Trace &trace, const TopologyData *topology)
{
    beginResetModel();
    mTrace = trace;
    mHasTrace = true;
    mComparison.reset();
    mCurrentHop = -1;
    mLabels.clear();
    mKinds.clear();
    if (topology) {
        for (const Node &n : topology->nodes) {
            mLabels.insert(n.id, n.label.isEmpty() ? n.id : n.label);
            const NodeKindInfo *info = NodeKinds::info(n.kind);
            mKinds.insert(n.id, info ? info->displayName : n.kind);
        }
    }
    endResetModel();
}

void TraceEventModel::clear()
{
    beginResetModel();
    mTrace = {};
    mHasTrace = false;
    mComparison.reset();
    mCurrentHop = -1;
    endResetModel();
}

void TraceEventModel::setComparison(const TraceComparison *comparison)
{
    beginResetModel();
    if (comparison)
        mComparison = *comparison;
    else
        mComparison.reset();
    endResetModel();
}

void TraceEventModel::setCurrentHop(int hop)
{
    if (hop == mCurrentHop)
        return;
    const int old = mCurrentHop;
    mCurrentHop = hop;
    for (int h : {old, hop}) {
        if (h >= 0 && h < mTrace.hops.size())
            emit dataChanged(hopIndex(h, 0), hopIndex(h, ColumnCount - 1), {Qt::FontRole});
    }
}

void TraceEventModel::setPalette(const QPalette &palette)
{
    beginResetModel();
    mPalette = palette;
    endResetModel();
}

QString TraceEventModel::kindName(int hop) const
{
    const Hop &h = mTrace.hops.at(hop);
    return mKinds.value(h.node, h.kind);
}

QModelIndex TraceEventModel::hopIndex(int hop, int column) const
{
    return hop >= 0 && hop < mTrace.hops.size() ? createIndex(hop, column, kHopRow) : QModelIndex();
}

QModelIndex TraceEventModel::checkIndex(int hop, int check, int column) const
{
    if (hop < 0 || hop >= mTrace.hops.size() || check < 0 || check >= mTrace.hops.at(hop).checks.size())
        return {};
    return createIndex(check, column, quintptr(hop) + 1);
}

QModelIndex TraceEventModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return hopIndex(row, column);
    if (parent.internalId() == kHopRow)
        return checkIndex(parent.row(), row, column);
    return {};
}

QModelIndex TraceEventModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kHopRow)
        return {};
    return hopIndex(int(child.internalId() - 1), 0);
}

int TraceEventModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(mTrace.hops.size());
    if (parent.internalId() == kHopRow && parent.column() == 0)
        return int(mTrace.hops.at(parent.row()).checks.size());
    return 0;
}

int TraceEventModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant TraceEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EventColumn: return tr("Hop / check");
    case ResultColumn: return tr("Result");
    case DetailColumn: return tr("Detail");
    case ChangeColumn: return tr("What-if");
    }
    return {};
}

QVariant TraceEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kHopRow)
        return hopData(index.row(), index.column(), role);
    return checkData(int(index.internalId() - 1), index.row(), index.column(), role);
}

QVariant TraceEventModel::hopData(int h, int column, int role) const
{
    const Hop &hop = mTrace.hops.at(h);
    const bool stopsHere = !mTrace.accepted && mTrace.rejectedAt == hop.node;
    const bool changed = mComparison && mComparison->hop(hop.node) && mComparison->hop(hop.node)->isChanged();
    switch (role) {
    case NodeRole: return hop.node;
    case HopRole: return h;
    case CheckRole: return -1;
    case ResultRole: return QString();
    case ChangedRole: return changed;
    case SearchRole: return QStringList{nodeLabel(hop.node), hop.node, kindName(h)}.join(QLatin1Char('\n'));
    case Qt::FontRole: {
        if (h != mCurrentHop)
            return {};
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::BackgroundRole: return changed ? QVariant(changedTint(mPalette)) : QVariant();
    case Qt::DecorationRole:
        if (column == EventColumn)
            return NodeIcons::icon(hop.kind);
        if (column == ResultColumn && stopsHere)
            return CheckGlyph::icon(Check::Result::Fail, mPalette);
        if (column == ResultColumn && mTrace.accepted && h == mTrace.hops.size() - 1)
            return CheckGlyph::icon(Check::Result::Pass, mPalette);
        return {};
    case Qt::ToolTipRole:
        if (column == EventColumn)
            return tr("%1 (%2, node %3)").arg(nodeLabel(hop.node), kindName(h), hop.node);
        return column == ChangeColumn ? QVariant(hopChangeTip(h)) : QVariant();
    case Qt::DisplayRole:
        switch (column) {
        case EventColumn: return nodeLabel(hop.node);
        case ResultColumn:
            if (stopsHere)
                return tr("Rejected here");
            return mTrace.accepted && h == mTrace.hops.size() - 1 ? tr("Accepted") : QString();
        case DetailColumn: return tr("%1 · arrives: %2").arg(kindName(h), IdentityText::summary(hop.arrives));
        case ChangeColumn: return hopChangeText(h);
        }
    }
    return {};
}

QString TraceEventModel::hopChangeText(int h) const
{
    const HopDifference *d = mComparison ? mComparison->hop(mTrace.hops.at(h).node) : nullptr;
    if (!d || !d->isChanged())
        return {};
    return d->change == HopDifference::Change::Added ? tr("now reached") : tr("changed");
}

// Checks that ran here before the edit and no longer do have no row: name them.
QString TraceEventModel::hopChangeTip(int h) const
{
    const HopDifference *d = mComparison ? mComparison->hop(mTrace.hops.at(h).node) : nullptr;
    QStringList gone;
    for (const CheckDifference &c : d ? d->checks : QList<CheckDifference>()) {
        if (c.change == CheckDifference::Change::Removed)
            gone.append(tr("%1 (was %2)").arg(c.rule, CheckGlyph::word(c.before.result).toLower()));
    }
    return gone.isEmpty() ? QString() : tr("No longer run here: %1").arg(gone.join(QStringLiteral(", ")));
}

const CheckDifference *TraceEventModel::checkDifference(int h, int c) const
{
    const HopDifference *d = mComparison ? mComparison->hop(mTrace.hops.at(h).node) : nullptr;
    if (!d)
        return nullptr;
    const Check &check = mTrace.hops.at(h).checks.at(c);
    // The comparison pairs repeated rules in order: count this rule's earlier runs.
    int nth = 0;
    for (int i = 0; i < c; ++i)
        nth += mTrace.hops.at(h).checks.at(i).rule == check.rule ? 1 : 0;
    if (d->change == HopDifference::Change::Added)
        return nullptr;
    for (const CheckDifference &cd : d->checks) {
        if (cd.rule != check.rule || cd.change == CheckDifference::Change::Removed)
            continue;
        if (cd.after.detail == check.detail && cd.after.result == check.result && nth-- == 0)
            return &cd;
    }
    return nullptr;
}

QVariant TraceEventModel::checkData(int h, int c, int column, int role) const
{
    const Check &check = mTrace.hops.at(h).checks.at(c);
    const CheckDifference *diff = checkDifference(h, c);
    switch (role) {
    case NodeRole: return mTrace.hops.at(h).node;
    case HopRole: return h;
    case CheckRole: return c;
    case ResultRole: return Check::resultName(check.result);
    case ChangedRole: return diff != nullptr;
    case SearchRole: {
        const RuleInfo *info = RuleCatalog::find(check.rule);
        return QStringList{check.rule, info ? info->title : QString(), CheckGlyph::word(check.result), check.detail}
            .join(QLatin1Char('\n'));
    }
    case Qt::BackgroundRole: return diff ? QVariant(changedTint(mPalette)) : QVariant();
    case Qt::DecorationRole:
        return column == ResultColumn ? QVariant(CheckGlyph::icon(check.result, mPalette)) : QVariant();
    case Qt::ToolTipRole:
        if (column == EventColumn) {
            const RuleInfo *info = RuleCatalog::find(check.rule);
            return info ? info->title : QVariant();
        }
        return column == DetailColumn ? QVariant(check.detail) : QVariant();
    case Qt::DisplayRole:
        switch (column) {
        case EventColumn: return check.rule;
        case ResultColumn: return CheckGlyph::word(check.result);
        case DetailColumn: return check.detail;
        case ChangeColumn:
            if (!diff)
                return {};
            if (diff->change == CheckDifference::Change::Added)
                return tr("new check");
            if (diff->change == CheckDifference::Change::DetailChanged)
                return tr("other reason");
            return tr("was %1").arg(CheckGlyph::word(diff->before.result).toLower());
        }
    }
    return {};
}
