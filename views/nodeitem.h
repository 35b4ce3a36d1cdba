#pragma once

#include "nodevisual.h"

#include <QGraphicsItem>

class DiagramScene;

// A node on the canvas. It holds the node's id and a display copy made by
// NodeVisual; the model stays the authority.
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

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Whether a scene point lies on the card's rim, where dragging draws a link.
    bool isOnEdge(const QPointF &scenePos) const;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    DiagramScene *diagram() const;

    QString mId;
    NodeVisual mVisual;
    bool mHighlighted = false;
};
