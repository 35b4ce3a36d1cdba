#include "imageitem.h"

#include "canvascolors.h"
#include "diagramscene.h"

#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {
constexpr qreal kGrip = 16;
constexpr qreal kBorder = 6;

const QFont &titleFont()
{
    static const QFont f = [] {
        QFont font;
        font.setBold(true);
        font.setPointSizeF(9.5);
        return font;
    }();
    return f;
}
} // namespace

ImageItem::ImageItem(const QString &id) : mId(id)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(0);
    updateCache();
}

void ImageItem::setTexts(const QString &label, const QString &domain)
{
    mLabel = label.isEmpty() ? mId : label;
    mDomain = domain;
    setToolTip(mDomain.isEmpty() ? mLabel : QStringLiteral("%1 — RACF database %2").arg(mLabel, mDomain));
    updateCache();
    update();
}

void ImageItem::setSize(const QSizeF &size)
{
    const QSizeF next = size.expandedTo(QSizeF(220, 140));
    if (next == mSize)
        return;
    prepareGeometryChange();
    mSize = next;
    updateCache();
}

void ImageItem::updateCache()
{
    const QString text = mDomain.isEmpty() ? mLabel : QStringLiteral("%1   ·   RACF %2").arg(mLabel, mDomain);
    mTitle = QFontMetricsF(titleFont()).elidedText(text, Qt::ElideRight, mSize.width() - 24);
    // The bar's rounded top and square bottom overlap; winding fill keeps the overlap filled.
    QPainterPath title;
    title.setFillRule(Qt::WindingFill);
    title.addRoundedRect(QRectF(0, 0, mSize.width(), kTitle), 10, 10);
    title.addRect(QRectF(0, kTitle / 2, mSize.width(), kTitle / 2));
    mTitleBar = title.simplified();
    // Only the title bar, the border and the grip catch the mouse, so a
    // rubber band can start inside the frame.
    QPainterPath outer, inner, grip;
    outer.addRect(frameRect());
    inner.addRect(frameRect().adjusted(kBorder, kTitle, -kBorder, -kBorder));
    grip.addRect(QRectF(mSize.width() - kGrip, mSize.height() - kGrip, kGrip, kGrip));
    mShape = outer.subtracted(inner).united(grip);
}

bool ImageItem::isOnGrip(const QPointF &scenePos) const
{
    const QPointF p = mapFromScene(scenePos);
    return QRectF(mSize.width() - kGrip, mSize.height() - kGrip, kGrip, kGrip).contains(p);
}

bool ImageItem::isOnTitle(const QPointF &scenePos) const
{
    return QRectF(0, 0, mSize.width(), kTitle).contains(mapFromScene(scenePos));
}

QRectF ImageItem::boundingRect() const { return frameRect().adjusted(-2, -2, 2, 2); }

QPainterPath ImageItem::shape() const { return mShape; }

void ImageItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const CanvasColors &c = static_cast<DiagramScene *>(scene())->colors();
    const bool selected = option->state & QStyle::State_Selected;
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(selected ? c.selection : c.imageBorder, selected ? 2.5 : 1.5));
    p->setBrush(c.imageFill);
    p->drawRoundedRect(frameRect(), 10, 10);
    p->setPen(Qt::NoPen);
    p->setBrush(selected ? c.selection : c.imageBorder);
    p->drawPath(mTitleBar);
    p->setFont(titleFont());
    p->setPen(c.imageTitle);
    p->drawText(QRectF(12, 0, mSize.width() - 24, kTitle), Qt::AlignLeft | Qt::AlignVCenter, mTitle);
    p->setPen(QPen(c.imageBorder, 1.2));
    for (int i = 1; i <= 3; ++i) {
        const qreal d = i * 4;
        p->drawLine(QPointF(mSize.width() - d - 2, mSize.height() - 2), QPointF(mSize.width() - 2, mSize.height() - d - 2));
    }
}

void ImageItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    if (isOnGrip(event->scenePos()))
        setCursor(Qt::SizeFDiagCursor);
    else if (isOnTitle(event->scenePos()))
        setCursor(Qt::SizeAllCursor);
    else
        unsetCursor();
    QGraphicsItem::hoverMoveEvent(event);
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
