#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QPointF>

// A request path drawn over the canvas while it is being picked or proposed:
// a ring around each node's card with its position in the path (1, 2, 3...)
// and a wide stroke along the links between them. A picked path is solid, a
// proposal dashed, so colour is not the only difference. It takes no mouse
// events: clicks reach the nodes beneath.
class PathOverlayItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 20 };
    enum class Style { Picked, Proposed };

    PathOverlayItem();

    int type() const override { return Type; }
    QRectF boundingRect() const override { return mBounds; }
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // `centres`: the node centres in path order.
    void setRoute(const QList<QPointF> &centres, Style style, const QColor &color, const QColor &badgeText);
    Style style() const { return mStyle; }
    int count() const { return int(mCentres.size()); }

private:
    QList<QPointF> mCentres;
    Style mStyle = Style::Picked;
    QColor mColor;
    QColor mBadgeText;
    QRectF mBounds;
};
