#pragma once

#include <QGraphicsItem>

// A z/OS image: a frame that holds nodes. It is moved by its title bar (its
// nodes move with it) and resized by the grip in its lower right corner.
class ImageItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    static constexpr qreal kTitle = 28;

    explicit ImageItem(const QString &id);

    int type() const override { return Type; }
    const QString &imageId() const { return mId; }
    void setTexts(const QString &label, const QString &domain);
    void setSize(const QSizeF &size);
    QSizeF size() const { return mSize; }
    QRectF frameRect() const { return {QPointF(0, 0), mSize}; }
    bool isOnGrip(const QPointF &scenePos) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QString mId;
    QString mLabel;
    QString mDomain;
    QSizeF mSize{400, 300};
};
