#include "tracecomparison.h"

#include "comparisonsummary.h"
#include "topologydata.h"

namespace {

QList<ElementDifference> compareIdentity(const Identity &before, const Identity &after)
{
    QList<ElementDifference> out;
    for (int i = 0; i < Identity::ElementCount; ++i) {
        const auto e = Identity::Element(i);
        const bool had = before.has(e);
        const bool has = after.has(e);
        if (!had && !has)
            continue;
        if (had && has && before.value(e) == after.value(e))
            continue;
        ElementDifference d;
        d.element = e;
        d.change = !had ? ElementDifference::Change::Added
                        : (!has ? ElementDifference::Change::Removed : ElementDifference::Change::Changed);
        d.before = before.value(e);
        d.after = after.value(e);
        out.append(d);
    }
    return out;
}

// Pairs checks by rule ID; a rule that runs twice at a hop pairs in order.
QList<CheckDifference> compareChecks(const QList<Check> &before, const QList<Check> &after)
{
    QList<CheckDifference> out;
    QList<bool> used(after.size(), false);
    for (const Check &b : before) {
        qsizetype match = -1;
        for (qsizetype j = 0; j < after.size() && match < 0; ++j) {
            if (!used.at(j) && after.at(j).rule == b.rule)
                match = j;
        }
        if (match < 0) {
            out.append({b.rule, CheckDifference::Change::Removed, b, {}});
            continue;
        }
        used[match] = true;
        const Check &a = after.at(match);
        if (a.result != b.result)
            out.append({b.rule, CheckDifference::Change::ResultChanged, b, a});
        else if (a.detail != b.detail)
            out.append({b.rule, CheckDifference::Change::DetailChanged, b, a});
    }
    for (qsizetype j = 0; j < after.size(); ++j) {
        if (!used.at(j))
            out.append({after.at(j).rule, CheckDifference::Change::Added, {}, after.at(j)});
    }
    return out;
}

int indexOf(const QList<Hop> &hops, const QString &node, int from)
{
    for (int i = from; i < hops.size(); ++i) {
        if (hops.at(i).node == node)
            return i;
    }
    return -1;
}

} // namespace

TraceComparison::TraceComparison(const Trace &before, const Trace &after, const TopologyData *topology)
    : mBefore(before), mAfter(after)
{
    if (topology) {
        for (const Node &n : topology->nodes)
            mNames.insert(n.id, n.label.isEmpty() ? n.id : n.label);
    }
    align();
}

// Walks both paths together; a node met in one path that the other path
// still reaches later waits for it, anything else is Added or Removed.
void TraceComparison::align()
{
    const QList<Hop> &b = mBefore.hops;
    const QList<Hop> &a = mAfter.hops;
    int i = 0;
    int j = 0;
    while (i < b.size() || j < a.size()) {
        if (i < b.size() && j < a.size() && b.at(i).node == a.at(j).node) {
            mHops.append(compareHop(i++, j++));
        } else if (i < b.size() && (j >= a.size() || indexOf(a, b.at(i).node, j) < 0)) {
            mHops.append(compareHop(i++, -1));
        } else {
            mHops.append(compareHop(-1, j++));
        }
    }
}

HopDifference TraceComparison::compareHop(int beforeIndex, int afterIndex) const
{
    HopDifference d;
    d.beforeIndex = beforeIndex;
    d.afterIndex = afterIndex;
    if (afterIndex < 0) {
        d.node = mBefore.hops.at(beforeIndex).node;
        d.change = HopDifference::Change::Removed;
    } else if (beforeIndex < 0) {
        d.node = mAfter.hops.at(afterIndex).node;
        d.change = HopDifference::Change::Added;
    } else {
        const Hop &b = mBefore.hops.at(beforeIndex);
        const Hop &a = mAfter.hops.at(afterIndex);
        d.node = a.node;
        d.arrives = compareIdentity(b.arrives, a.arrives);
        d.leaves = compareIdentity(b.leaves, a.leaves);
        d.checks = compareChecks(b.checks, a.checks);
    }
    const bool stopsBefore = !mBefore.accepted && mBefore.rejectedAt == d.node;
    const bool stopsAfter = !mAfter.accepted && mAfter.rejectedAt == d.node;
    d.outcomeChanged = stopsBefore != stopsAfter || (stopsBefore && mBefore.failedRule != mAfter.failedRule);
    if (d.change == HopDifference::Change::Same
        && (d.outcomeChanged || !d.arrives.isEmpty() || !d.leaves.isEmpty() || !d.checks.isEmpty()))
        d.change = HopDifference::Change::Changed;
    return d;
}

bool TraceComparison::identical() const
{
    if (outcomeChanged())
        return false;
    for (const HopDifference &h : mHops) {
        if (h.isChanged())
            return false;
    }
    return true;
}

bool TraceComparison::outcomeChanged() const
{
    return mBefore.accepted != mAfter.accepted || mBefore.rejectedAt != mAfter.rejectedAt
        || mBefore.failedRule != mAfter.failedRule || mBefore.authorizedUserid != mAfter.authorizedUserid;
}

const HopDifference *TraceComparison::hop(const QString &node) const
{
    for (const HopDifference &h : mHops) {
        if (h.node == node)
            return &h;
    }
    return nullptr;
}

QSet<QString> TraceComparison::changedNodes() const
{
    QSet<QString> out;
    for (const HopDifference &h : mHops) {
        if (h.isChanged())
            out.insert(h.node);
    }
    return out;
}

QString TraceComparison::summary() const
{
    return ComparisonSummary(*this).text();
}

QStringList TraceComparison::consequences() const
{
    return ComparisonSummary(*this).phrases();
}

QString TraceComparison::nodeName(const QString &node) const
{
    return mNames.value(node, node);
}
