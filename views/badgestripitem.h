#pragma once

#include "identitybadge.h"

#include <QGraphicsItem>
#include <QList>

// The identity the message carries, as a row of pills beside the token. Its
// position is the row's bottom-left corner; long rows wrap upwards.
class BadgeStripItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 21 };

    BadgeStripItem();
    int type() const override { return Type; }
    void setBadges(const QList<IdentityBadge> &badges);
    const QList<IdentityBadge> &badges() const { return mBadges; }
    // How far the changes since the previous stop have run (0..1).
    void setTransition(qreal t);
    qreal transition() const { return mT; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<IdentityBadge> mBadges;
    QList<QRectF> mRects;
    QRectF mBounds;
    qreal mT = 1.0;
};
