#pragma once

#include "check.h"
#include "hop.h"
#include "simulationstate.h"

#include <QList>

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

    void pass(const QString &rule, const QString &detail) { add(rule, Check::Result::Pass, detail); }
    void info(const QString &rule, const QString &detail) { add(rule, Check::Result::Info, detail); }
    void skip(const QString &rule, const QString &detail) { add(rule, Check::Result::Skip, detail); }
    void bypass(const QString &rule, const QString &detail) { add(rule, Check::Result::Bypass, detail); }
    // Records a failing check; the request stops at this hop. Returns false for `return ctx.fail(...)`.
    bool fail(const QString &rule, const QString &detail);
    bool failed() const { return mFailed; }
    const QString &failedRule() const { return mFailedRule; }

    // The user ID the last access check ran under (Trace::authorizedUserid).
    void setAuthorized(const QString &userid) { mAuthorized = userid; mAuthorizedSet = true; }
    bool authorizedSet() const { return mAuthorizedSet; }
    const QString &authorized() const { return mAuthorized; }

private:
    void add(const QString &rule, Check::Result r, const QString &detail);

    bool mFailed = false;
    QString mFailedRule;
    QString mAuthorized;
    bool mAuthorizedSet = false;
};
