#include "framegeometry.h"

#include "imageitem.h"
#include "nodepainter.h"

QRectF FrameGeometry::around(const QList<QPointF> &cardCentres)
{
    QRectF box;
    for (const QPointF &c : cardCentres)
        box |= NodePainter::bounds().translated(c);
    if (box.isNull())
        return {};
    constexpr qreal m = ImageItem::kMargin;
    return box.adjusted(-m, -m - ImageItem::kTitle, m, m);
}

QRectF FrameGeometry::grownToHold(const QRectF &frame, const QList<QPointF> &cardCentres)
{
    const QRectF need = around(cardCentres);
    if (need.isNull() || frame.contains(need))
        return frame;
    const QRectF grown = frame | need;
    // Whole numbers: the file stores them so.
    return QRectF(QPointF(std::floor(grown.left()), std::floor(grown.top())),
                  QPointF(std::ceil(grown.right()), std::ceil(grown.bottom())));
}
