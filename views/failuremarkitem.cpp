#include "failuremarkitem.h"

#include "nodepainter.h"
#include "overlayroot.h"
#include "tracepainter.h"

FailureMarkItem::FailureMarkItem(const QString &text) : mText(text)
{
    const QRectF card = NodePainter::cardRect();
    mBounds = card.adjusted(-12, -12, 12, 12) | TracePainter::failureTagRect(card, text).adjusted(-2, -2, 2, 2);
    setZValue(0);
}

QRectF FailureMarkItem::boundingRect() const
{
    return mBounds;
}

void FailureMarkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    TracePainter::paintFailure(painter, NodePainter::cardRect(), mText, OverlayRoot::colorsOf(this));
}
