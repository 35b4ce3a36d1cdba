#pragma once

#include <QLineF>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>

class DiagramScene;

// Where playback marks sit on the canvas, read from the cards and links of
// a scene: shared by the overlay and the exporters.
namespace TraceGeometry {
QRectF card(const DiagramScene *scene, const QString &node);  // empty when the node has no card
// Where the token rests at a node: on the card's top-left edge, clear of its text.
QPointF restPoint(const DiagramScene *scene, const QString &node);
// The link's line as travelled from `fromNode` (rim to rim); null if it has no item.
QLineF linkLine(const DiagramScene *scene, const QString &link, const QString &fromNode);
// From the rest point at one node along the link to the rest point at the next.
QList<QPointF> travel(const DiagramScene *scene, const QString &fromNode, const QString &link, const QString &toNode);
QPointF along(const QList<QPointF> &polyline, qreal t);  // t of the length, 0..1
QPainterPath partial(const QList<QPointF> &polyline, qreal t);
// The t of a travel() at which the token is halfway along the link itself (0.5 without a link).
qreal linkMiddle(const QList<QPointF> &travel);
} // namespace TraceGeometry
