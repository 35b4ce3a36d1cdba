#include "tracegeometry.h"

#include "diagramscene.h"
#include "linkitem.h"
#include "nodeitem.h"
#include "nodepainter.h"

namespace {
constexpr qreal kRestInset = 16;  // from the card's left edge

qreal length(const QList<QPointF> &poly)
{
    qreal total = 0;
    for (int i = 1; i < poly.size(); ++i)
        total += QLineF(poly.at(i - 1), poly.at(i)).length();
    return total;
}

// Walks `distance` along the polyline; `path` (optional) collects the way.
QPointF walk(const QList<QPointF> &poly, qreal distance, QPainterPath *path)
{
    if (poly.isEmpty())
        return {};
    if (path)
        path->moveTo(poly.first());
    for (int i = 1; i < poly.size(); ++i) {
        const QLineF seg(poly.at(i - 1), poly.at(i));
        if (distance <= seg.length()) {
            const QPointF p = seg.length() > 0 ? seg.pointAt(distance / seg.length()) : seg.p1();
            if (path)
                path->lineTo(p);
            return p;
        }
        distance -= seg.length();
        if (path)
            path->lineTo(seg.p2());
    }
    return poly.last();
}
} // namespace

QRectF TraceGeometry::card(const DiagramScene *scene, const QString &node)
{
    const NodeItem *item = scene->nodeItem(node);
    return item ? NodePainter::cardRect().translated(item->scenePos()) : QRectF();
}

QPointF TraceGeometry::restPoint(const DiagramScene *scene, const QString &node)
{
    const QRectF c = card(scene, node);
    return c.isNull() ? QPointF() : QPointF(c.left() + kRestInset, c.top() + 1);
}

QLineF TraceGeometry::linkLine(const DiagramScene *scene, const QString &link, const QString &fromNode)
{
    const LinkItem *item = link.isEmpty() ? nullptr : scene->linkItem(link);
    if (!item)
        return {};
    const QLineF line = item->line();
    const bool forward = item->fromItem() && item->fromItem()->nodeId() == fromNode;
    return forward ? line : QLineF(line.p2(), line.p1());
}

QList<QPointF> TraceGeometry::travel(const DiagramScene *scene, const QString &fromNode, const QString &link,
                                     const QString &toNode)
{
    QList<QPointF> poly{restPoint(scene, fromNode)};
    const QLineF line = linkLine(scene, link, fromNode);
    if (!line.isNull())
        poly << line.p1() << line.p2();
    poly << restPoint(scene, toNode);
    return poly;
}

QPointF TraceGeometry::along(const QList<QPointF> &poly, qreal t)
{
    return walk(poly, qBound(0.0, t, 1.0) * length(poly), nullptr);
}

QPainterPath TraceGeometry::partial(const QList<QPointF> &poly, qreal t)
{
    QPainterPath path;
    walk(poly, qBound(0.0, t, 1.0) * length(poly), &path);
    return path;
}

qreal TraceGeometry::linkMiddle(const QList<QPointF> &travel)
{
    const qreal total = length(travel);
    if (travel.size() != 4 || total <= 0)
        return 0.5;
    // The way across the card it leaves, then half the link.
    const qreal middle = QLineF(travel.at(0), travel.at(1)).length() + QLineF(travel.at(1), travel.at(2)).length() / 2;
    return middle / total;
}
