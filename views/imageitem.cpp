#include "imageitem.h"

#include "canvascolors.h"
#include "diagramscene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {
constexpr qreal kGrip = 16;
constexpr qreal kBorder = 6;
}

ImageItem::ImageItem(const QString &id) : mId(id)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setZValue(0);
}

void ImageItem::setTexts(const QString &label, const QString &domain)
{
    mLabel = label.isEmpty() ? mId : label;
    mDomain = domain;
    setToolTip(QStringLiteral("%1 — RACF database %2").arg(mLabel, mDomain));
    update();
}

void ImageItem::setSize(const QSizeF &size)
{
    prepareGeometryChange();
    mSize = size.expandedTo(QSizeF(220, 140));
}

bool ImageItem::isOnGrip(const QPointF &scenePos) const
{
    const QPointF p = mapFromScene(scenePos);
    return QRectF(mSize.width() - kGrip, mSize.height() - kGrip, kGrip, kGrip).contains(p);
}

QRectF ImageItem::boundingRect() const { return frameRect().adjusted(-2, -2, 2, 2); }

QPainterPath ImageItem::shape() const
{
    // Only the title bar, the border and the grip catch the mouse, so a
    // rubber band can start inside the frame.
    QPainterPath outer, inner;
    outer.addRect(frameRect());
    inner.addRect(frameRect().adjusted(kBorder, kTitle, -kBorder, -kBorder));
    QPainterPath grip;
    grip.addRect(QRectF(mSize.width() - kGrip, mSize.height() - kGrip, kGrip, kGrip));
    return outer.subtracted(inner).united(grip);
}

void ImageItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const CanvasColors &c = static_cast<DiagramScene *>(scene())->colors();
    const bool selected = option->state & QStyle::State_Selected;
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(selected ? c.selection : c.imageBorder, selected ? 2.5 : 1.5));
    p->setBrush(c.imageFill);
    p->drawRoundedRect(frameRect(), 10, 10);
    p->setPen(Qt::NoPen);
    p->setBrush(c.imageBorder);
    QPainterPath title;
    title.addRoundedRect(QRectF(0, 0, mSize.width(), kTitle), 10, 10);
    title.addRect(QRectF(0, kTitle / 2, mSize.width(), kTitle / 2));
    p->drawPath(title.simplified());
    QFont f;
    f.setBold(true);
    f.setPointSizeF(9.5);
    p->setFont(f);
    p->setPen(Qt::white);
    const QString text = mDomain.isEmpty() ? mLabel : QStringLiteral("%1   ·   RACF %2").arg(mLabel, mDomain);
    p->drawText(QRectF(12, 0, mSize.width() - 24, kTitle), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(f).elidedText(text, Qt::ElideRight, mSize.width() - 24));
    p->setPen(QPen(c.imageBorder, 1.2));
    for (int i = 1; i <= 3; ++i) {
        const qreal d = i * 4;
        p->drawLine(QPointF(mSize.width() - d - 2, mSize.height() - 2), QPointF(mSize.width() - 2, mSize.height() - d - 2));
    }
}

QVariant ImageItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    auto *d = static_cast<DiagramScene *>(scene());
    if (change == ItemPositionChange && d) {
        const QPointF next = d->snapped(value.toPointF());
        d->imageItemMoving(this, next - pos());
        return next;
    }
    return QGraphicsItem::itemChange(change, value);
}
