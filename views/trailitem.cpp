#include "trailitem.h"

#include "overlayroot.h"
#include "tracepainter.h"

#include <QPainter>

namespace {
constexpr qreal kWidth = 7;
}

TrailItem::TrailItem() = default;

void TrailItem::setPath(const QPainterPath &path)
{
    if (path == mPath)
        return;
    prepareGeometryChange();
    mPath = path;
    mBounds = path.boundingRect().adjusted(-kWidth, -kWidth, kWidth, kWidth);
    update();
}

QRectF TrailItem::boundingRect() const
{
    return mBounds;
}

void TrailItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    QColor c = TracePainter::tokenColor(OverlayRoot::colorsOf(this));
    c.setAlpha(90);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(c, kWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(mPath);
}
