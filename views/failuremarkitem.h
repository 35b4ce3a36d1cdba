#pragma once

#include <QGraphicsItem>

// Where a request was refused: a red ring round the card and a tag naming
// the rule ("Rejected: OTMA-02"). Its position is the card's centre.
class FailureMarkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 23 };

    explicit FailureMarkItem(const QString &text);
    int type() const override { return Type; }
    QString text() const { return mText; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString mText;
    QRectF mBounds;
};
