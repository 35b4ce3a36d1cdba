#include "findingsmodel.h"

#include "nodekinds.h"
#include "rulecatalog.h"
#include "severityglyph.h"
#include "topologydata.h"

namespace {

QString whereTip(const Finding &f, const TopologyData *t)
{
    if (!t)
        return FindingsModel::targetOf(f);
    if (const Node *n = f.node.isEmpty() ? nullptr : t->node(f.node)) {
        const NodeKindInfo *info = NodeKinds::info(n->kind);
        const QString product = info ? info->displayName : n->kind;
        const QString label = n->label.isEmpty() ? n->id : n->label;
        QString tip = QStringLiteral("%1 (%2, %3)").arg(label, product, n->id);
        if (!f.link.isEmpty())
            tip += QLatin1Char('\n') + FindingsModel::tr("Link %1").arg(f.link);
        return tip;
    }
    if (const Link *l = f.link.isEmpty() ? nullptr : t->link(f.link))
        return FindingsModel::tr("Link %1, from %2 to %3").arg(l->id, l->from, l->to);
    return FindingsModel::targetOf(f);
}

} // namespace

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingsModel::setFindings(const QList<Finding> &findings, const TopologyData *topology)
{
    beginResetModel();
    mFindings = findings;
    mWhereTips.clear();
    for (const Finding &f : mFindings)
        mWhereTips.append(whereTip(f, topology));
    endResetModel();
}

QString FindingsModel::keyOf(const Finding &f)
{
    return f.rule + QLatin1Char('\x1f') + f.node + QLatin1Char('\x1f') + f.link + QLatin1Char('\x1f') + f.message;
}

int FindingsModel::rowOfKey(const QString &key) const
{
    for (int i = 0; i < mFindings.size(); ++i) {
        if (keyOf(mFindings.at(i)) == key)
            return i;
    }
    return -1;
}

void FindingsModel::setDark(bool dark)
{
    if (mDark == dark || mFindings.isEmpty()) {
        mDark = dark;
        return;
    }
    mDark = dark;
    emit dataChanged(index(0, SeverityColumn), index(rowCount() - 1, SeverityColumn), {Qt::DecorationRole});
}

int FindingsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(mFindings.size()); }

int FindingsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString FindingsModel::ruleTooltip(const QString &rule) const
{
    const RuleInfo *info = RuleCatalog::find(rule);
    if (!info)
        return rule;
    return QStringLiteral("<p><b>%1: %2</b></p><p>%3</p>")
        .arg(info->id.toHtmlEscaped(), info->title.toHtmlEscaped(), info->explanation.toHtmlEscaped());
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mFindings.size())
        return {};
    const Finding &f = mFindings.at(index.row());
    const SeverityGlyph::Severity severity = SeverityGlyph::fromString(f.severity);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return SeverityGlyph::word(severity);
        case RuleColumn: return f.rule;
        case WhereColumn: return targetOf(f);
        case MessageColumn: return f.message;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return SeverityGlyph::icon(severity, mDark);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RuleColumn: return ruleTooltip(f.rule);
        case WhereColumn: return mWhereTips.value(index.row());
        default: return QStringLiteral("<p>%1</p>").arg(f.message.toHtmlEscaped());
        }
    case SortRole:
        if (index.column() == SeverityColumn)
            return SeverityGlyph::rank(severity);
        return data(index, Qt::DisplayRole);
    case TargetRole: return targetOf(f);
    case KeyRole: return keyOf(f);
    case SeverityRole: return f.severity;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case RuleColumn: return tr("Rule");
    case WhereColumn: return tr("Node or link");
    case MessageColumn: return tr("Finding");
    }
    return {};
}
