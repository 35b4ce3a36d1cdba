#pragma once

#include "hopdifference.h"
#include "trace.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

struct TopologyData;

// What differs between two traces: the same request before and after a change
// of the topology (the what-if), or two requests side by side. Hops are aligned
// by node; per hop the identity that arrives and leaves and every check are
// compared. A pure function of the two traces.
class TraceComparison
{
public:
    // `topology` only names the nodes in summary(); without it node IDs are used.
    TraceComparison(const Trace &before, const Trace &after, const TopologyData *topology = nullptr);

    const Trace &before() const { return mBefore; }
    const Trace &after() const { return mAfter; }

    bool identical() const;
    bool outcomeChanged() const;
    // Every node of either trace in path order, changed or not.
    QList<HopDifference> hops() const { return mHops; }
    const HopDifference *hop(const QString &node) const;
    QSet<QString> changedNodes() const;
    // One line in plain words saying what follows from the difference,
    // e.g. "request now accepted; ...", or "no change to this request".
    QString summary() const;
    // Every consequence summary() draws from, most important first.
    QStringList consequences() const;

    // The node's label in the topology given, or its ID.
    QString nodeName(const QString &node) const;

private:
    void align();
    HopDifference compareHop(int beforeIndex, int afterIndex) const;

    Trace mBefore;
    Trace mAfter;
    QHash<QString, QString> mNames;
    QList<HopDifference> mHops;
};
