#pragma once

class DiagramScene;
class QGraphicsSceneMouseEvent;

// A canvas gesture (select and move, connect, ...). The scene forwards mouse
// events to the active tool; a tool returns false to leave an event to the
// scene's default handling.
class CanvasTool
{
public:
    explicit CanvasTool(DiagramScene *scene) : mScene(scene) {}
    virtual ~CanvasTool() = default;

    virtual bool mousePress(QGraphicsSceneMouseEvent *event) = 0;
    virtual bool mouseMove(QGraphicsSceneMouseEvent *event) = 0;
    virtual bool mouseRelease(QGraphicsSceneMouseEvent *event) = 0;
    // Drops a gesture in progress (the scene is about to be rebuilt, or Escape).
    virtual void reset() {}

protected:
    DiagramScene *mScene;
};
