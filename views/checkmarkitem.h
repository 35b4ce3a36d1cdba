#pragma once

#include "check.h"

#include <QGraphicsItem>
#include <QList>

// The checks met at one hop, listed under its card: glyph and "RULE result"
// per line. Its position is the list's top centre.
class CheckMarkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 22 };

    CheckMarkItem();
    int type() const override { return Type; }
    void setChecks(const QList<Check> &checks);
    const QList<Check> &checks() const { return mChecks; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<Check> mChecks;
    QRectF mBounds;
};
