#pragma once

#include "finding.h"

#include <QDateTime>
#include <QList>

struct TopologyData;

// The design review (ADV-01..ADV-14): weaknesses visible in the topology and
// its configuration, found without running a request.
namespace DesignReview {
QList<Finding> review(const TopologyData &topology, const QDateTime &clock);
} // namespace DesignReview
