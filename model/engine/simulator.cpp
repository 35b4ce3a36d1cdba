#include "simulator.h"

#include "designreview.h"
#include "hopcontext.h"
#include "origin.h"
#include "request.h"
#include "simulationstate.h"
#include "stage.h"
#include "topologydata.h"
#include "transportcheck.h"

#include <thread>

Simulator::Simulator(const TopologyData &topology, const QDateTime &clock)
    : mTopology(topology), mIndex(topology), mClock(clock)
{
    if (!mClock.isValid())
        mClock = topology.simulationTime.isValid() ? topology.simulationTime : QDateTime::currentDateTimeUtc();
    for (const Node &n : topology.nodes)
        mStages.emplace(&n, Stage::create(n));
    for (const auto &[node, stage] : mStages)
        stage->prepare(mIndex, *node);
}

Simulator::~Simulator() = default;

const QList<Finding> &Simulator::findings() const
{
    if (!mFindings)
        mFindings = DesignReview::review(mTopology, mClock);
    return *mFindings;
}

Trace Simulator::run(const Request &request) const
{
    QList<const Node *> path;
    path.reserve(request.path.size());
    for (const QString &id : request.path) {
        const Node *n = mIndex.node(id);
        if (!n) {
            Trace t;
            t.request = request.id;
            t.rejectedAt = id;
            t.findings = findings();
            return t;
        }
        path.append(n);
    }
    SimulationState state;
    state.clock = mClock;
    state.now = mClock.toSecsSinceEpoch();
    state.details = mDetails;
    Trace trace;
    for (int m = 0; m < qMax(1, request.repeat); ++m) {
        state.message = m;
        trace = runOnce(request, path, state);
    }
    trace.findings = findings();
    return trace;
}

QList<Trace> Simulator::runAll(const QList<Request> &requests) const
{
    QList<Trace> traces(requests.size());
    Trace *out = traces.data();  // detach once, before the threads write
    runEach(requests, [out](qsizetype i, Trace &&t) { out[i] = std::move(t); });
    return traces;
}

void Simulator::runEach(const QList<Request> &requests, const std::function<void(qsizetype, Trace &&)> &sink) const
{
    findings();  // computed once, before the threads share it
    const qsizetype workers = qBound<qsizetype>(1, std::thread::hardware_concurrency(), qMax<qsizetype>(1, requests.size() / 256));
    std::vector<std::thread> threads;
    threads.reserve(workers);
    for (qsizetype w = 0; w < workers; ++w) {
        threads.emplace_back([&, w] {
            // Each thread owns a contiguous slice of the requests.
            const qsizetype begin = requests.size() * w / workers;
            const qsizetype end = requests.size() * (w + 1) / workers;
            for (qsizetype i = begin; i < end; ++i)
                sink(i, run(requests.at(i)));
        });
    }
    for (std::thread &t : threads)
        t.join();
}

Trace Simulator::runOnce(const Request &request, const QList<const Node *> &path, SimulationState &state) const
{
    Trace trace;
    trace.request = request.id;
    trace.hops.reserve(path.size());
    for (int i = 0; i < path.size(); ++i) {
        Hop &hop = trace.hops.emplace_back();
        hop.node = path.at(i)->id;
        hop.kind = path.at(i)->kind;
        if (i > 0)
            hop.arrives = trace.hops.at(i - 1).leaves;
        HopContext ctx(mIndex, request, path, i, state, hop);
        if (i == 0) {
            Origin::present(ctx);
        } else {
            TransportCheck::run(ctx);
            if (!ctx.failed())
                mStages.at(path.at(i))->process(ctx);
        }
        // A client certificate ends where its TLS session ends.
        hop.leaves.remove(Identity::Certificate);
        if (ctx.authorizedSet())
            trace.authorizedUserid = ctx.authorized();
        if (ctx.failed()) {
            hop.leaves = Identity();
            trace.rejectedAt = hop.node;
            trace.failedRule = ctx.failedRule();
            return trace;
        }
    }
    trace.accepted = true;
    return trace;
}

Trace simulate(const TopologyData &topology, const Request &request, const QDateTime &clock)
{
    return Simulator(topology, clock).run(request);
}
