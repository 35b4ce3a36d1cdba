#pragma once

#include <QGraphicsItem>

// A dashed violet halo labelled "changed" round a card the last edit touched,
// so a what-if shows where the difference came from. Positioned at the card's centre.
class ChangedHaloItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 24 };

    ChangedHaloItem();
    int type() const override { return Type; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
};
