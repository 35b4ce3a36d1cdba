#pragma once

#include <QGraphicsItem>
#include <QPainterPath>

// A z/OS image: a frame that holds nodes. It is moved by its title bar (its
// nodes move with it) and resized by the grip in its lower right corner.
class ImageItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    static constexpr qreal kTitle = 28;
    static constexpr qreal kMargin = 24;  // between the frame and the cards it holds

    explicit ImageItem(const QString &id);

    int type() const override { return Type; }
    const QString &imageId() const { return mId; }
    void setTexts(const QString &label, const QString &domain);
    QString titleText() const { return mTitle; }
    void setSize(const QSizeF &size);
    QSizeF size() const { return mSize; }
    QRectF frameRect() const { return {QPointF(0, 0), mSize}; }
    bool isOnGrip(const QPointF &scenePos) const;
    bool isOnTitle(const QPointF &scenePos) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void updateCache();

    QString mId;
    QString mLabel;
    QString mDomain;
    QString mTitle;         // elided to the frame's width
    QPainterPath mTitleBar;
    QPainterPath mShape;
    QSizeF mSize{400, 300};
};
