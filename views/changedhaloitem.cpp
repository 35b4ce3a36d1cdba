#include "changedhaloitem.h"

#include "nodepainter.h"
#include "overlayroot.h"
#include "tracepainter.h"

ChangedHaloItem::ChangedHaloItem()
{
    setZValue(0);
}

QRectF ChangedHaloItem::boundingRect() const
{
    return TracePainter::changedHaloBounds(NodePainter::cardRect());
}

void ChangedHaloItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    TracePainter::paintChangedHalo(painter, NodePainter::cardRect(), OverlayRoot::colorsOf(this));
}
