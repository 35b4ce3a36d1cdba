#pragma once

#include <QHash>
#include <QPointF>
#include <QUndoCommand>

class Topology;

// Moves nodes (and z/OS image frames) in one step: pushed once when a drag
// ends, not once per mouse move.
class MoveNodesCommand : public QUndoCommand
{
public:
    struct Move
    {
        QPointF from;
        QPointF to;
    };

    MoveNodesCommand(Topology *topology, QHash<QString, Move> nodeMoves, QHash<QString, Move> imageMoves,
                     QUndoCommand *parent = nullptr);

    void undo() override { apply(false); }
    void redo() override { apply(true); }

private:
    void apply(bool forward);

    Topology *mTopology;
    QHash<QString, Move> mNodes;
    QHash<QString, Move> mImages;
};
