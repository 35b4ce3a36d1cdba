#pragma once

#include "finding.h"

#include <QDateTime>
#include <QList>

struct TopologyData;

// The design review (ADV-01..ADV-14): weaknesses visible in the topology and
// its configuration, found without running a request. Only what a client
// sends is read from the document's requests, since a client node has no
// options for it: its passwords (ADV-01) and PassTickets (ADV-03, ADV-04).
// `clock` decides certificate expiry (ADV-13) and nothing else. Severity:
// "error" for what will certainly fail, "warning" for a weakness, "info" for
// advice.
namespace DesignReview {
QList<Finding> review(const TopologyData &topology, const QDateTime &clock);
} // namespace DesignReview
