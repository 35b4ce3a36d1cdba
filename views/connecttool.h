#pragma once

#include "canvastool.h"

class NodeItem;
class QGraphicsLineItem;

// Draws a new link by dragging from a node's rim to another node.
class ConnectTool : public CanvasTool
{
public:
    using CanvasTool::CanvasTool;
    ~ConnectTool() override;

    bool mousePress(QGraphicsSceneMouseEvent *event) override;
    bool mouseMove(QGraphicsSceneMouseEvent *event) override;
    bool mouseRelease(QGraphicsSceneMouseEvent *event) override;
    void reset() override;
    bool isActive() const { return mFrom != nullptr; }

private:
    NodeItem *mFrom = nullptr;
    NodeItem *mTarget = nullptr;
    QGraphicsLineItem *mRubber = nullptr;
};
