#pragma once

#include "timelinestep.h"
#include "trace.h"

#include <QList>

// A trace as the player shows it: for every hop an Arrive stop (identity as
// it arrives, the hop's checks), then a Leave stop (identity as it goes on),
// except at the hop where the request fails or ends. Step numbers are the
// ones `secflow export --step N`, lessons and the player use. A pure
// function of the trace: the view never recomputes security.
class TraceTimeline
{
public:
    TraceTimeline() = default;
    explicit TraceTimeline(const Trace &trace);

    const Trace &trace() const { return mTrace; }
    bool isEmpty() const { return mSteps.isEmpty(); }
    int stepCount() const { return int(mSteps.size()); }
    const TimelineStep &step(int index) const { return mSteps.at(index); }
    const QList<TimelineStep> &steps() const { return mSteps; }

    // The step of this node and phase, or -1.
    int stepOf(const QString &node, TimelineStep::Phase phase = TimelineStep::Phase::Arrive) const;
    // Checks already met at `step`: those of every hop arrived at so far.
    QList<const Check *> checksUpTo(int step) const;

    // The badges for an identity, compared with the one before (empty: none before).
    static QList<IdentityBadge> badges(const Identity &now, const Identity &before);

private:
    Trace mTrace;
    QList<TimelineStep> mSteps;
};
