#pragma once

#include <QGraphicsItem>

// The request travelling along its path: a disc with a person, red with a
// cross once the request has been refused.
class TokenItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 20 };

    TokenItem();
    int type() const override { return Type; }
    void setFailed(bool failed);
    bool isFailed() const { return mFailed; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    bool mFailed = false;
};
