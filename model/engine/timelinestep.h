#pragma once

#include "identitybadge.h"

#include <QList>
#include <QString>

// One stop of a request's playback: the message has arrived at a hop (its
// checks are shown) or is leaving it (what it carries on).
struct TimelineStep
{
    enum class Phase { Arrive, Leave };

    Phase phase = Phase::Arrive;
    int hop = 0;         // index into Trace::hops
    QString node;
    QString link;        // Arrive: the link travelled to get here; empty at the first hop
    QList<IdentityBadge> badges;  // present elements, then those that vanished since the previous step
    bool failed = false; // Arrive at the hop where the request stops
    bool last = false;   // the final step of the timeline

    bool operator==(const TimelineStep &) const = default;
};
