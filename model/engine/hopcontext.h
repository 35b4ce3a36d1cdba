#pragma once

#include "check.h"
#include "hop.h"
#include "simulationstate.h"

#include <QList>

#include <type_traits>

struct Certificate;
struct Link;
struct Node;
struct Request;
class SecurityDomain;
class TopologyIndex;

// Everything a stage needs to decide one hop, and where it writes its checks.
class HopContext
{
public:
    HopContext(const TopologyIndex &topology, const Request &request, const QList<const Node *> &path,
               int index, SimulationState &state, Hop &hop);

    const TopologyIndex &topology;
    const Request &request;
    const QList<const Node *> &path;
    const int index;
    SimulationState &state;
    Hop &hop;

    const Node &node() const { return *path.at(index); }
    const Node *previous() const { return index > 0 ? path.at(index - 1) : nullptr; }
    const Node *next() const { return index + 1 < path.size() ? path.at(index + 1) : nullptr; }
    const Node *nextOfKind(const QString &kind) const;
    const Node *previousOfKind(const QString &kind) const;
    const SecurityDomain *domain() const;
    const SecurityDomain *domainOf(const Node &n) const;
    const Link *linkTo(const Node *other) const;
    const Certificate *certificate(const QString &id) const;

    const Identity &in() const { return hop.arrives; }
    Identity &out() { return hop.leaves; }

    bool isCallout() const;
    bool isDatabase() const;
    bool isCommand() const;

    // `detail` is a QString or a callable returning one. A callable runs only
    // when the simulator keeps details (Simulator::setDetails): a lean run
    // records each check's rule and result but formats no text.
    template<typename D> void pass(const QString &rule, D &&detail) { add(rule, Check::Result::Pass, detail); }
    template<typename D> void info(const QString &rule, D &&detail) { add(rule, Check::Result::Info, detail); }
    template<typename D> void skip(const QString &rule, D &&detail) { add(rule, Check::Result::Skip, detail); }
    template<typename D> void bypass(const QString &rule, D &&detail) { add(rule, Check::Result::Bypass, detail); }
    // Records a failing check; the request stops at this hop. Returns false for `return ctx.fail(...)`.
    template<typename D> bool fail(const QString &rule, D &&detail)
    {
        add(rule, Check::Result::Fail, detail);
        markFailed(rule);
        return false;
    }
    bool details() const { return state.details; }
    bool failed() const { return mFailed; }
    const QString &failedRule() const { return mFailedRule; }

    // The user ID the last access check ran under (Trace::authorizedUserid).
    void setAuthorized(const QString &userid) { mAuthorized = userid; mAuthorizedSet = true; }
    bool authorizedSet() const { return mAuthorizedSet; }
    const QString &authorized() const { return mAuthorized; }

private:
    template<typename D> void add(const QString &rule, Check::Result r, const D &detail)
    {
        if (hop.checks.isEmpty())
            hop.checks.reserve(4);  // most hops record one to four checks: one allocation
        if (!state.details)
            hop.checks.append({rule, r, QString()});
        else if constexpr (std::is_invocable_v<const D &>)
            hop.checks.append({rule, r, QString(detail())});
        else
            hop.checks.append({rule, r, QString(detail)});
    }
    void markFailed(const QString &rule);

    bool mFailed = false;
    QString mFailedRule;
    QString mAuthorized;
    bool mAuthorizedSet = false;
};
