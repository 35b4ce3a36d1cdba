#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

struct Node;
struct TopologyData;

// Routes for requests over the links of a topology. Links carry a request
// either way (FORMAT.md "Links"), so the graph is undirected; searches are
// breadth-first and, among routes of equal length, prefer the neighbour that
// comes first in the document's node order, so a proposal never changes
// between runs.
class RouteFinder
{
public:
    explicit RouteFinder(const TopologyData &topology);

    // Fewest hops from `from` to `to`, both included; empty when unreachable.
    // Nodes in `avoid` are never visited (the start excepted).
    QStringList shortestRoute(const QString &from, const QString &to, const QSet<QString> &avoid = {}) const;
    // The shortest route from `from` to the nearest node that serves a request
    // of `kind` (IMS for transaction, command, db and msc; the receiving
    // service for callouts), respecting how that kind travels. Empty if none.
    QStringList propose(const QString &from, const QString &kind, const QSet<QString> &avoid = {}) const;
    // Whether the engine can play `path` as a request of `kind`; `why` says what is wrong.
    bool isValid(const QStringList &path, const QString &kind, QString *why = nullptr) const;
    // Why `id` cannot be the first node of a `kind` request; empty when it can.
    QString startProblem(const QString &id, const QString &kind) const;

    bool linked(const QString &a, const QString &b) const;
    QString kindOf(const QString &id) const;

private:
    struct Rules;
    static Rules rulesFor(const QString &kind);
    bool checkKind(const QStringList &path, const QString &kind, QString *why) const;

    const TopologyData &mData;
    QHash<QString, int> mIndex;           // node id -> position in the document
    QList<QList<int>> mAdjacent;          // sorted by node position
    QHash<quint64, bool> mRemote;         // node pair -> joined by an rmtimscon link
};
