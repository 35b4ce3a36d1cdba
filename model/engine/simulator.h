#pragma once

#include "finding.h"
#include "topologyindex.h"
#include "trace.h"

#include <QDateTime>

#include <functional>
#include <memory>
#include <unordered_map>

class Stage;
struct Request;
struct TopologyData;

// Plays requests through a topology. Building a Simulator compiles every
// node's options once; run() is then a pure function of the request and the
// clock, so the same file always gives the same trace.
class Simulator
{
public:
    // An invalid clock means the file's simulationTime, or else the current time.
    explicit Simulator(const TopologyData &topology, const QDateTime &clock = {});
    ~Simulator();

    Trace run(const Request &request) const;
    // Every request, spread over the machine's cores; traces in request order.
    QList<Trace> runAll(const QList<Request> &requests) const;
    // The same, handing each trace to `sink(index, trace)` (called from worker
    // threads) instead of keeping them all: for throughput and large batches.
    void runEach(const QList<Request> &requests, const std::function<void(qsizetype, Trace &&)> &sink) const;
    const QList<Finding> &findings() const;
    QDateTime clock() const { return mClock; }

    // Lean mode, for callers that need only outcomes (access matrix, bulk
    // runs): with setDetails(false) every check keeps its rule and result but
    // an empty detail, which saves formatting text for each check. Accepted,
    // rejectedAt, failedRule, authorizedUserid, the identities and findings
    // are the same either way. Default: true (full, human-readable traces).
    // Set it before running: run() and runEach() read it on every call.
    void setDetails(bool on) { mDetails = on; }
    bool details() const { return mDetails; }

private:
    Trace runOnce(const Request &request, const QList<const Node *> &path, struct SimulationState &state) const;

    const TopologyData &mTopology;
    TopologyIndex mIndex;
    QDateTime mClock;
    bool mDetails = true;
    std::unordered_map<const Node *, std::unique_ptr<Stage>> mStages;
    mutable std::optional<QList<Finding>> mFindings;
};

// One request, one call: compiles the topology, then simulates.
Trace simulate(const TopologyData &topology, const Request &request, const QDateTime &clock = {});
