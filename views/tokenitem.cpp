#include "tokenitem.h"

#include "overlayroot.h"
#include "tracepainter.h"

TokenItem::TokenItem()
{
    setZValue(3);
}

void TokenItem::setFailed(bool failed)
{
    if (failed == mFailed)
        return;
    mFailed = failed;
    update();
}

QRectF TokenItem::boundingRect() const
{
    const qreal r = TracePainter::kTokenRadius + 6;
    return {-r, -r, 2 * r, 2 * r};
}

void TokenItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    TracePainter::paintToken(painter, QPointF(0, 0), OverlayRoot::colorsOf(this), mFailed);
}
