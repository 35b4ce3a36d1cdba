#pragma once

#include "nodevisual.h"

#include <QGraphicsItem>

class DiagramScene;

// A node on the canvas. It holds the node's id and a display copy made by
// NodeVisual; the model stays the authority. Its rim starts a link: the
// cursor turns into a cross-hair there and the rim lights up.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    NodeItem(const QString &id, const NodeVisual &visual);

    int type() const override { return Type; }
    const QString &nodeId() const { return mId; }
    void setVisual(const NodeVisual &visual);
    const NodeVisual &visual() const { return mVisual; }
    void setFindings(int errors, int warnings);
    void setHighlighted(bool on);
    bool isHighlighted() const { return mHighlighted; }
    bool isRimHovered() const { return mRimHovered; }
    // The node a link being drawn would end at: lit like a hovered rim.
    void setLinkTarget(bool on);
    bool isLinkTarget() const { return mLinkTarget; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Whether a scene point lies on the card's rim, where dragging draws a
    // link. `viewScale` widens the rim when zoomed out so it stays grabbable.
    bool isOnEdge(const QPointF &scenePos, qreal viewScale = 1.0) const;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    DiagramScene *diagram() const;
    void setRimHovered(bool on);

    QString mId;
    NodeVisual mVisual;
    bool mHighlighted = false;
    bool mRimHovered = false;
    bool mLinkTarget = false;
};
