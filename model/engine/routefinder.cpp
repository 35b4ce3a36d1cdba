#include "routefinder.h"

#include "nodekinds.h"
#include "topologydata.h"

#include <QCoreApplication>

#include <algorithm>
#include <deque>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("RouteFinder", text); }

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(qMin(a, b))) << 32) | quint32(qMax(a, b));
}

bool isCallout(const QString &kind)
{
    return kind == QLatin1String("sync_callout") || kind == QLatin1String("async_callout");
}

} // namespace

// How a request kind travels: where it may start, which node kinds may end
// it, which it must not pass through, and what must come just before the end.
struct RouteFinder::Rules
{
    QString start;          // required kind of the first node, or ""
    QStringList targets;    // kinds that serve the request
    QStringList blocked;    // kinds the request never passes through
    QString beforeTarget;   // required kind of the node before the end, or ""
    bool crossesRemote = false;
    QString endText;        // what the request must end at, for messages
};

RouteFinder::Rules RouteFinder::rulesFor(const QString &kind)
{
    // Callers and services are endpoints and IMS only serves: nothing passes through them.
    const QStringList endpoints{QStringLiteral("ims"), QStringLiteral("client"), QStringLiteral("external_service")};
    Rules r;
    r.blocked = endpoints;
    if (isCallout(kind)) {
        r.start = QStringLiteral("ims");
        r.targets = {QStringLiteral("external_service"), QStringLiteral("was_tmra")};
        r.blocked << QStringLiteral("odbm");
        r.endText = tr("the service that receives the callout (an external service or WAS)");
    } else if (kind == QLatin1String("msc")) {
        r.start = QStringLiteral("ims");
        r.targets = {QStringLiteral("ims")};
        r.blocked << QStringLiteral("odbm");
        r.crossesRemote = true;
        r.endText = tr("the remote IMS");
    } else if (kind == QLatin1String("db")) {
        r.targets = {QStringLiteral("ims")};
        r.blocked << QStringLiteral("otma") << QStringLiteral("mq");
        r.beforeTarget = QStringLiteral("odbm");
        r.endText = tr("IMS, through ODBM");
    } else {
        r.targets = {QStringLiteral("ims")};
        r.blocked << QStringLiteral("odbm");  // ODBM serves database calls only
        r.endText = tr("IMS");
    }
    return r;
}

RouteFinder::RouteFinder(const TopologyData &topology) : mData(topology)
{
    for (int i = 0; i < topology.nodes.size(); ++i)
        mIndex.insert(topology.nodes.at(i).id, i);
    mAdjacent.resize(topology.nodes.size());
    for (const Link &l : topology.links) {
        const int a = mIndex.value(l.from, -1), b = mIndex.value(l.to, -1);
        if (a < 0 || b < 0 || a == b)
            continue;
        mAdjacent[a].append(b);
        mAdjacent[b].append(a);
        if (l.kind == QLatin1String("rmtimscon"))
            mRemote.insert(pairKey(a, b), true);
    }
    for (QList<int> &n : mAdjacent)
        std::sort(n.begin(), n.end());
}

bool RouteFinder::linked(const QString &a, const QString &b) const
{
    const int i = mIndex.value(a, -1), j = mIndex.value(b, -1);
    return i >= 0 && j >= 0 && mAdjacent.at(i).contains(j);
}

QString RouteFinder::kindOf(const QString &id) const
{
    const int i = mIndex.value(id, -1);
    return i >= 0 ? mData.nodes.at(i).kind : QString();
}

QStringList RouteFinder::shortestRoute(const QString &from, const QString &to, const QSet<QString> &avoid) const
{
    const int start = mIndex.value(from, -1), goal = mIndex.value(to, -1);
    if (start < 0 || goal < 0)
        return {};
    QList<int> parent(mData.nodes.size(), -2);
    parent[start] = -1;
    std::deque<int> queue{start};
    while (!queue.empty() && parent.at(goal) == -2) {
        const int u = queue.front();
        queue.pop_front();
        for (int v : mAdjacent.at(u)) {
            if (parent.at(v) != -2 || avoid.contains(mData.nodes.at(v).id))
                continue;
            parent[v] = u;
            queue.push_back(v);
        }
    }
    if (parent.at(goal) == -2)
        return {};
    QStringList route;
    for (int n = goal; n >= 0; n = parent.at(n))
        route.prepend(mData.nodes.at(n).id);
    return route;
}

QString RouteFinder::startProblem(const QString &id, const QString &kind) const
{
    const Rules r = rulesFor(kind);
    if (!mIndex.contains(id))
        return tr("there is no node \"%1\"").arg(id);
    if (!r.start.isEmpty() && kindOf(id) != r.start)
        return tr("a %1 request starts at an IMS node, not at %2").arg(kind, id);
    return {};
}

QStringList RouteFinder::propose(const QString &from, const QString &kind, const QSet<QString> &avoid) const
{
    if (!startProblem(from, kind).isEmpty())
        return {};
    const Rules r = rulesFor(kind);
    // A search state is a node plus whether the route so far crossed an
    // rmtimscon link; an msc request is served only by an IMS beyond one.
    struct State { int node; bool remote; int parent; };
    QList<State> states{{mIndex.value(from), false, -1}};
    QSet<qint64> seen{qint64(states.first().node) * 2};
    const auto onRoute = [&states](int state, int node) {
        for (int s = state; s >= 0; s = states.at(s).parent) {
            if (states.at(s).node == node)
                return true;
        }
        return false;
    };
    for (int s = 0; s < states.size(); ++s) {
        const State cur = states.at(s);
        for (int v : mAdjacent.at(cur.node)) {
            const Node &n = mData.nodes.at(v);
            if (avoid.contains(n.id) || onRoute(s, v))
                continue;
            const bool remote = cur.remote || (r.crossesRemote && mRemote.contains(pairKey(cur.node, v)));
            const bool served = r.targets.contains(n.kind) && (!r.crossesRemote || remote)
                                && (r.beforeTarget.isEmpty() || mData.nodes.at(cur.node).kind == r.beforeTarget);
            if (served) {
                QStringList route{n.id};
                for (int p = s; p >= 0; p = states.at(p).parent)
                    route.prepend(mData.nodes.at(states.at(p).node).id);
                return route;
            }
            const qint64 key = qint64(v) * 2 + (remote ? 1 : 0);
            if (r.blocked.contains(n.kind) || seen.contains(key))
                continue;
            seen.insert(key);
            states.append({v, remote, s});
        }
    }
    return {};
}

bool RouteFinder::isValid(const QStringList &path, const QString &kind, QString *why) const
{
    const auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (path.isEmpty())
        return fail(tr("the path is empty"));
    QSet<QString> visited;
    for (qsizetype k = 0; k < path.size(); ++k) {
        const QString &id = path.at(k);
        if (!mIndex.contains(id))
            return fail(tr("there is no node \"%1\"").arg(id));
        if (visited.contains(id))
            return fail(tr("the path visits %1 twice; paths must not loop").arg(id));
        visited.insert(id);
        if (k > 0 && !linked(path.at(k - 1), id))
            return fail(tr("no link between %1 and %2").arg(path.at(k - 1), id));
    }
    if (const QString problem = startProblem(path.first(), kind); !problem.isEmpty())
        return fail(problem);
    return checkKind(path, kind, why);
}

bool RouteFinder::checkKind(const QStringList &path, const QString &kind, QString *why) const
{
    const auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    const Rules r = rulesFor(kind);
    const auto name = [](const QString &nodeKind) {
        const NodeKindInfo *info = NodeKinds::info(nodeKind);
        return info ? info->displayName : nodeKind;
    };
    if (path.size() < 2)
        return fail(tr("the request never leaves %1; a %2 request ends at %3").arg(path.first(), kind, r.endText));
    const QString last = path.last();
    if (!r.targets.contains(kindOf(last)))
        return fail(tr("a %1 request ends at %2; this path ends at %3 (%4)").arg(kind, r.endText, last, name(kindOf(last))));
    for (qsizetype k = 1; k + 1 < path.size(); ++k) {
        if (r.blocked.contains(kindOf(path.at(k))))
            return fail(tr("a %1 request does not pass through %2 (%3)").arg(kind, path.at(k), name(kindOf(path.at(k)))));
    }
    if (!r.beforeTarget.isEmpty() && kindOf(path.at(path.size() - 2)) != r.beforeTarget)
        return fail(tr("a %1 request reaches IMS through ODBM; %2 comes just before %3").arg(kind, path.at(path.size() - 2), last));
    if (r.crossesRemote) {
        bool remote = false;
        for (qsizetype k = 1; k < path.size() && !remote; ++k)
            remote = mRemote.contains(pairKey(mIndex.value(path.at(k - 1)), mIndex.value(path.at(k))));
        if (!remote)
            return fail(tr("an msc request crosses an rmtimscon link between two IMS Connects"));
    }
    if (why)
        why->clear();
    return true;
}
