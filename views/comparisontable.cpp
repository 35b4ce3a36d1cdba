#include "comparisontable.h"

#include "canvascolors.h"
#include "checkglyph.h"
#include "identitytext.h"
#include "rulecatalog.h"
#include "topologydata.h"
#include "tracecomparison.h"
#include "tracepainter.h"

#include <QCoreApplication>
#include <QHeaderView>

namespace {

QString outcome(const Trace &t, const TraceComparison &c)
{
    if (t.accepted) {
        return t.authorizedUserid.isEmpty() ? QCoreApplication::translate("ComparisonTable", "Accepted")
                                            : QCoreApplication::translate("ComparisonTable", "Accepted as %1").arg(t.authorizedUserid);
    }
    return QCoreApplication::translate("ComparisonTable", "Rejected at %1 by %2").arg(c.nodeName(t.rejectedAt), t.failedRule);
}

QString checkText(const Check *c)
{
    if (!c)
        return QCoreApplication::translate("ComparisonTable", "not run");
    return c->detail.isEmpty() ? CheckGlyph::word(c->result)
                               : QStringLiteral("%1: %2").arg(CheckGlyph::word(c->result), c->detail);
}

// The n-th check of `rule` in `checks`, as TraceComparison pairs them.
const Check *nthCheck(const QList<Check> &checks, const QString &rule, int n)
{
    for (const Check &c : checks) {
        if (c.rule == rule && n-- == 0)
            return &c;
    }
    return nullptr;
}

} // namespace

ComparisonTable::ComparisonTable(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTextElideMode(Qt::ElideRight);
    // The two requests share the width equally; the hop names take what they need.
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(ItemColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(FirstColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(SecondColumn, QHeaderView::Stretch);
}

void ComparisonTable::setComparison(const TraceComparison &c, const TopologyData *topology, const QString &firstTitle,
                                    const QString &secondTitle)
{
    clear();
    setHeaderLabels({tr("Hop"), firstTitle, secondTitle});
    const Trace &a = c.before();
    const Trace &b = c.after();
    const QString oa = outcome(a, c), ob = outcome(b, c);
    QTreeWidgetItem *top = addRow(nullptr, tr("Outcome"), oa, ob, oa != ob);
    top->setIcon(FirstColumn, CheckGlyph::icon(a.accepted ? Check::Result::Pass : Check::Result::Fail, palette()));
    top->setIcon(SecondColumn, CheckGlyph::icon(b.accepted ? Check::Result::Pass : Check::Result::Fail, palette()));
    QFont bold = top->font(ItemColumn);
    bold.setBold(true);
    for (int col = 0; col < 3; ++col)
        top->setFont(col, bold);

    for (const HopDifference &h : c.hops()) {
        const Hop *ha = h.beforeIndex >= 0 ? &a.hops.at(h.beforeIndex) : nullptr;
        const Hop *hb = h.afterIndex >= 0 ? &b.hops.at(h.afterIndex) : nullptr;
        const QString notReached = tr("not reached");
        QTreeWidgetItem *hopRow = addRow(nullptr, c.nodeName(h.node), ha ? tr("reached") : notReached,
                                         hb ? tr("reached") : notReached, !ha || !hb);
        if (const Node *n = topology ? topology->node(h.node) : nullptr)
            hopRow->setToolTip(ItemColumn, tr("%1 (node %2)").arg(c.nodeName(h.node), n->id));
        addRow(hopRow, tr("Arrives"), ha ? IdentityText::summary(ha->arrives) : QString(),
               hb ? IdentityText::summary(hb->arrives) : QString(), ha && hb ? !h.arrives.isEmpty() : false);
        addChecks(hopRow, ha ? ha->checks : QList<Check>(), hb ? hb->checks : QList<Check>(), ha, hb);
        addRow(hopRow, tr("Leaves"), ha ? IdentityText::summary(ha->leaves) : QString(),
               hb ? IdentityText::summary(hb->leaves) : QString(), ha && hb ? !h.leaves.isEmpty() : false);
    }
    expandAll();
    resizeColumnToContents(ItemColumn);
    setColumnWidth(ItemColumn, qMin(columnWidth(ItemColumn), fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22));
}

// One row per rule run at either side, in the order of the first trace, then the second's extras.
void ComparisonTable::addChecks(QTreeWidgetItem *hopRow, const QList<Check> &first, const QList<Check> &second,
                                bool hasFirst, bool hasSecond)
{
    QList<QPair<QString, int>> rules;  // rule and its occurrence at this hop
    for (const QList<Check> *list : {&first, &second}) {
        QHash<QString, int> seen;
        for (const Check &check : *list) {
            const QPair<QString, int> key(check.rule, seen[check.rule]++);
            if (!rules.contains(key))
                rules.append(key);
        }
    }
    for (const auto &[rule, n] : rules) {
        const Check *ca = nthCheck(first, rule, n);
        const Check *cb = nthCheck(second, rule, n);
        const bool differs = hasFirst && hasSecond && (!ca || !cb || ca->result != cb->result || ca->detail != cb->detail);
        QTreeWidgetItem *row = addRow(hopRow, rule, hasFirst ? checkText(ca) : QString(), hasSecond ? checkText(cb) : QString(),
                                      differs);
        if (ca)
            row->setIcon(FirstColumn, CheckGlyph::icon(ca->result, palette()));
        if (cb)
            row->setIcon(SecondColumn, CheckGlyph::icon(cb->result, palette()));
        if (const RuleInfo *info = RuleCatalog::find(rule))
            row->setToolTip(ItemColumn, info->title);
    }
}

QTreeWidgetItem *ComparisonTable::addRow(QTreeWidgetItem *parent, const QString &item, const QString &first,
                                         const QString &second, bool differs)
{
    auto *row = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    row->setText(ItemColumn, item);
    row->setText(FirstColumn, first);
    row->setText(SecondColumn, second);
    row->setToolTip(FirstColumn, first);
    row->setToolTip(SecondColumn, second);
    if (differs)
        mark(row);
    return row;
}

void ComparisonTable::mark(QTreeWidgetItem *row)
{
    QColor tint = TracePainter::changedColor(CanvasColors::from(palette()));
    tint.setAlpha(CanvasColors::isDark(palette()) ? 70 : 50);
    row->setData(ItemColumn, Qt::UserRole, true);
    for (int col : {FirstColumn, SecondColumn}) {
        row->setText(col, differsMarker() + row->text(col));
        row->setBackground(col, tint);
    }
}

int ComparisonTable::differingRows() const
{
    int n = 0;
    for (QTreeWidgetItemIterator it(const_cast<ComparisonTable *>(this)); *it; ++it)
        n += (*it)->data(ItemColumn, Qt::UserRole).toBool() ? 1 : 0;
    return n;
}
