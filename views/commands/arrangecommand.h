#pragma once

#include "graphlayout.h"

#include <QHash>
#include <QJsonValue>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QUndoCommand>

#include <array>

class DiagramScene;
class Topology;

// Puts every node and every z/OS image frame where an automatic layout placed
// them, as one undo step. Undo gives the file back exactly: a frame that
// fitted its nodes (no size stored) fits them again, and a node the file
// gave no position loses the one the layout gave it.
class ArrangeCommand : public QUndoCommand
{
public:
    // `shownAt`: where the canvas shows each node, for nodes with no stored
    // position, so undo puts them back where they were seen.
    ArrangeCommand(Topology *topology, const GraphLayout::Result &layout, const QHash<QString, QPointF> &shownAt,
                   QUndoCommand *parent = nullptr);

    // The whole diagram laid out for the canvas's card and frame sizes; null
    // when nothing would move or Graphviz failed (then *error says so).
    static ArrangeCommand *forScene(DiagramScene *scene, QString *error = nullptr);

    bool changesAnything() const;
    void undo() override { apply(false); }
    void redo() override { apply(true); }

private:
    using FrameValues = std::array<QJsonValue, 4>;  // x, y, w, h; Undefined when absent

    void apply(bool forward);

    Topology *mTopology;
    QHash<QString, QPointF> mNodesBefore;
    QSet<QString> mUnplaced;  // nodes with no stored position before
    QHash<QString, QPointF> mNodesAfter;
    QHash<QString, FrameValues> mFramesBefore;
    QHash<QString, FrameValues> mFramesAfter;
};
