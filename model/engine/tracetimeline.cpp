#include "tracetimeline.h"

namespace {

// The hop where the request stops: the last hop at the node it was rejected at.
int rejectionHop(const Trace &trace)
{
    if (trace.accepted || trace.rejectedAt.isEmpty())
        return -1;
    for (int i = int(trace.hops.size()) - 1; i >= 0; --i) {
        if (trace.hops.at(i).node == trace.rejectedAt)
            return i;
    }
    return -1;
}

bool anyFailed(const Hop &hop)
{
    for (const Check &c : hop.checks) {
        if (c.result == Check::Result::Fail)
            return true;
    }
    return false;
}

} // namespace

TraceTimeline::TraceTimeline(const Trace &trace) : mTrace(trace)
{
    const int stop = rejectionHop(trace);
    const int count = stop >= 0 ? stop + 1 : int(trace.hops.size());
    Identity before;
    for (int i = 0; i < count; ++i) {
        const Hop &hop = trace.hops.at(i);
        TimelineStep arrive;
        arrive.phase = TimelineStep::Phase::Arrive;
        arrive.hop = i;
        arrive.node = hop.node;
        arrive.link = hop.link;
        arrive.badges = badges(hop.arrives, before);
        arrive.failed = i == stop || anyFailed(hop);
        mSteps.append(arrive);
        before = hop.arrives;
        // Nothing leaves the hop that refused the request, nor the end of the path when it carries nothing on.
        if (i == stop || (i == count - 1 && hop.leaves.isEmpty()))
            continue;
        TimelineStep leave;
        leave.phase = TimelineStep::Phase::Leave;
        leave.hop = i;
        leave.node = hop.node;
        leave.badges = badges(hop.leaves, hop.arrives);
        mSteps.append(leave);
        before = hop.leaves;
    }
    if (!mSteps.isEmpty())
        mSteps.last().last = true;
}

int TraceTimeline::stepOf(const QString &node, TimelineStep::Phase phase) const
{
    for (int i = 0; i < mSteps.size(); ++i) {
        if (mSteps.at(i).node == node && mSteps.at(i).phase == phase)
            return i;
    }
    return -1;
}

QList<const Check *> TraceTimeline::checksUpTo(int step) const
{
    QList<const Check *> checks;
    if (step < 0 || step >= mSteps.size())
        return checks;
    const int lastHop = mSteps.at(step).hop;
    for (int i = 0; i <= lastHop; ++i) {
        for (const Check &c : mTrace.hops.at(i).checks)
            checks.append(&c);
    }
    return checks;
}

QList<IdentityBadge> TraceTimeline::badges(const Identity &now, const Identity &before)
{
    QList<IdentityBadge> present;
    QList<IdentityBadge> vanished;
    for (int e = 0; e < Identity::ElementCount; ++e) {
        const auto element = Identity::Element(e);
        IdentityBadge b;
        b.element = element;
        if (now.has(element)) {
            b.value = now.value(element);
            if (!before.has(element)) {
                b.change = IdentityBadge::Change::Appeared;
            } else if (before.value(element) != b.value) {
                b.change = IdentityBadge::Change::Changed;
                b.previous = before.value(element);
            }
            present.append(b);
        } else if (before.has(element)) {
            b.change = IdentityBadge::Change::Vanished;
            b.previous = before.value(element);
            vanished.append(b);
        }
    }
    return present + vanished;
}
