#include "movenodescommand.h"

#include "topology.h"

#include <QCoreApplication>

MoveNodesCommand::MoveNodesCommand(Topology *topology, QHash<QString, Move> nodeMoves, QHash<QString, Move> imageMoves,
                                   QUndoCommand *parent)
    : QUndoCommand(parent), mTopology(topology), mNodes(std::move(nodeMoves)), mImages(std::move(imageMoves))
{
    const qsizetype n = mNodes.size() + mImages.size();
    setText(n == 1 ? QCoreApplication::translate("MoveNodesCommand", "Move")
                   : QCoreApplication::translate("MoveNodesCommand", "Move %n items", nullptr, int(n)));
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
