#pragma once

#include "canvastool.h"

#include <QHash>
#include <QPointF>
#include <QSizeF>
#include <QString>

class ImageItem;

// Selects, moves and resizes. A move becomes one undo step when the mouse is
// released, together with any change of z/OS image the nodes were dropped in.
class SelectTool : public CanvasTool
{
public:
    using CanvasTool::CanvasTool;

    bool mousePress(QGraphicsSceneMouseEvent *event) override;
    bool mouseMove(QGraphicsSceneMouseEvent *event) override;
    bool mouseRelease(QGraphicsSceneMouseEvent *event) override;
    void reset() override;

private:
    void rememberPositions();
    void commitMove();

    QHash<QString, QPointF> mNodeStart;
    QHash<QString, QPointF> mImageStart;
    ImageItem *mResizing = nullptr;
    QSizeF mResizeStart;
    QPointF mPressPos;
};
