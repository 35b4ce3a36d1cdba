#include "movenodescommand.h"

#include "topology.h"

#include <QCoreApplication>

MoveNodesCommand::MoveNodesCommand(Topology *topology, QHash<QString, Move> nodeMoves, QHash<QString, Move> imageMoves,
                                   bool mergeable, QUndoCommand *parent)
    : QUndoCommand(parent), mTopology(topology), mNodes(std::move(nodeMoves)), mImages(std::move(imageMoves)),
      mMergeable(mergeable)
{
    const qsizetype n = mNodes.size() + mImages.size();
    setText(n == 1 ? QCoreApplication::translate("MoveNodesCommand", "Move")
                   : QCoreApplication::translate("MoveNodesCommand", "Move %n items", nullptr, int(n)));
}

bool MoveNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveNodesCommand *>(other);
    auto sameKeys = [](const QHash<QString, Move> &a, const QHash<QString, Move> &b) {
        if (a.size() != b.size())
            return false;
        for (auto it = a.constBegin(); it != a.constEnd(); ++it)
            if (!b.contains(it.key()))
                return false;
        return true;
    };
    if (o->mTopology != mTopology || !sameKeys(o->mNodes, mNodes) || !sameKeys(o->mImages, mImages))
        return false;
    for (auto it = mNodes.begin(); it != mNodes.end(); ++it)
        it->to = o->mNodes.value(it.key()).to;
    for (auto it = mImages.begin(); it != mImages.end(); ++it)
        it->to = o->mImages.value(it.key()).to;
    return true;
}

void MoveNodesCommand::apply(bool forward)
{
    for (auto it = mImages.constBegin(); it != mImages.constEnd(); ++it) {
        const QPointF p = forward ? it->to : it->from;
        mTopology->setImageAttribute(it.key(), QStringLiteral("x"), qRound(p.x()));
        mTopology->setImageAttribute(it.key(), QStringLiteral("y"), qRound(p.y()));
    }
    for (auto it = mNodes.constBegin(); it != mNodes.constEnd(); ++it)
        mTopology->setNodePosition(it.key(), forward ? it->to : it->from);
}
