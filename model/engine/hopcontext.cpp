#include "hopcontext.h"

#include "node.h"
#include "request.h"
#include "topologyindex.h"

HopContext::HopContext(const TopologyIndex &topology_, const Request &request_, const QList<const Node *> &path_,
                       int index_, SimulationState &state_, Hop &hop_)
    : topology(topology_), request(request_), path(path_), index(index_), state(state_), hop(hop_)
{
}

const Node *HopContext::nextOfKind(const QString &kind) const
{
    for (int i = index + 1; i < path.size(); ++i) {
        if (path.at(i)->kind == kind)
            return path.at(i);
    }
    return nullptr;
}

const Node *HopContext::previousOfKind(const QString &kind) const
{
    for (int i = index - 1; i >= 0; --i) {
        if (path.at(i)->kind == kind)
            return path.at(i);
    }
    return nullptr;
}

const SecurityDomain *HopContext::domain() const { return topology.domainOf(node()); }
const SecurityDomain *HopContext::domainOf(const Node &n) const { return topology.domainOf(n); }

const Link *HopContext::linkTo(const Node *other) const
{
    return other ? topology.link(&node(), other) : nullptr;
}

const Certificate *HopContext::certificate(const QString &id) const { return topology.certificate(id); }

bool HopContext::isCallout() const
{
    return request.kind == QLatin1String("sync_callout") || request.kind == QLatin1String("async_callout");
}

bool HopContext::isDatabase() const { return request.kind == QLatin1String("db"); }
bool HopContext::isCommand() const { return request.kind == QLatin1String("command"); }

void HopContext::markFailed(const QString &rule)
{
    if (!mFailed) {
        mFailed = true;
        mFailedRule = rule;
    }
}
