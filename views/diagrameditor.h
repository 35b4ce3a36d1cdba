#pragma once

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QString>

class DiagramScene;
class QUndoStack;
class Topology;

// Turns finished canvas gestures into undo commands: add a node, connect two
// nodes, move (with the change of z/OS image a move implies, and frames
// grown to hold what was dropped into them), resize a frame. Each gesture is
// one undo step.
class DiagramEditor
{
public:
    explicit DiagramEditor(DiagramScene *scene) : mScene(scene) {}

    void addNode(const QString &kind, const QPointF &scenePos);
    void connectNodes(const QString &from, const QString &to);
    void commitMove(const QHash<QString, QPointF> &nodeStart, const QHash<QString, QPointF> &nodeEnd,
                    const QHash<QString, QPointF> &imageStart, const QHash<QString, QPointF> &imageEnd, bool dragged);
    void commitImageResize(const QString &id, const QSizeF &from, const QSizeF &to);
    void moveSelection(const QPointF &delta);

private:
    Topology *topology() const;
    QUndoStack *stack() const;
    // Frames with a stored size that must grow to hold their nodes, given
    // where nodes and frames will be and which image each node will be in.
    QHash<QString, QRectF> framesToGrow(const QSet<QString> &imageIds, const QHash<QString, QPointF> &nodePos,
                                        const QHash<QString, QString> &nodeImage,
                                        const QHash<QString, QPointF> &framePos) const;
    void pushFrameGeometry(const QString &id, const QRectF &rect);

    DiagramScene *mScene;
};
