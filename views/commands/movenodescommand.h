#pragma once

#include <QHash>
#include <QPointF>
#include <QUndoCommand>

class Topology;

// Moves nodes (and z/OS image frames) in one step: pushed once when a drag
// ends, not once per mouse move. Nudges with the arrow keys are `mergeable`:
// a run of them on the same items is one undo step.
class MoveNodesCommand : public QUndoCommand
{
public:
    struct Move
    {
        QPointF from;
        QPointF to;
    };

    MoveNodesCommand(Topology *topology, QHash<QString, Move> nodeMoves, QHash<QString, Move> imageMoves,
                     bool mergeable = false, QUndoCommand *parent = nullptr);

    void undo() override { apply(false); }
    void redo() override { apply(true); }
    int id() const override { return mMergeable ? 0x5ecf03 : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(bool forward);

    Topology *mTopology;
    QHash<QString, Move> mNodes;
    QHash<QString, Move> mImages;
    bool mMergeable;
};
