#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

// The geometry of a z/OS image frame around the node cards it holds.
namespace FrameGeometry {
// The snug frame for cards centred at `cardCentres`, title bar included.
QRectF around(const QList<QPointF> &cardCentres);
// `frame` grown just enough to hold those cards; `frame` itself when it already does.
QRectF grownToHold(const QRectF &frame, const QList<QPointF> &cardCentres);
} // namespace FrameGeometry
