#pragma once

#include <QGraphicsItem>
#include <QPainterPath>

// The links the request has travelled so far, drawn as a broad translucent
// band under the cards so the way it came stays visible.
class TrailItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 25 };

    TrailItem();
    int type() const override { return Type; }
    void setPath(const QPainterPath &path);
    const QPainterPath &path() const { return mPath; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath mPath;
    QRectF mBounds;
};
