#include "nodeitem.h"

#include "canvascolors.h"
#include "diagramscene.h"
#include "nodepainter.h"

#include <QCursor>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsView>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {
constexpr qreal kEdge = 9;         // width of the rim that starts a link, in scene units at 100%
constexpr qreal kMinEdgePixels = 6;  // ... and never thinner than this on screen
}

NodeItem::NodeItem(const QString &id, const NodeVisual &visual) : mId(id), mVisual(visual)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges | ItemIsFocusable);
    setCacheMode(DeviceCoordinateCache);
    setAcceptHoverEvents(true);
    setZValue(2);
    setToolTip(visual.toolTip());
}

DiagramScene *NodeItem::diagram() const { return static_cast<DiagramScene *>(scene()); }

void NodeItem::setVisual(const NodeVisual &visual)
{
    const int errors = mVisual.errors, warnings = mVisual.warnings;
    mVisual = visual;
    mVisual.errors = errors;
    mVisual.warnings = warnings;
    setToolTip(visual.toolTip());
    update();
}

void NodeItem::setFindings(int errors, int warnings)
{
    if (mVisual.errors == errors && mVisual.warnings == warnings)
        return;
    mVisual.errors = errors;
    mVisual.warnings = warnings;
    update();
}

void NodeItem::setHighlighted(bool on)
{
    if (mHighlighted == on)
        return;
    mHighlighted = on;
    update();
}

QRectF NodeItem::boundingRect() const { return NodePainter::bounds().adjusted(-4, -4, 4, 4); }

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(NodePainter::cardRect(), 8, 8);
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const CanvasColors &colors = diagram()->colors();
    if (mHighlighted) {
        painter->setPen(QPen(colors.warning, 4));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(NodePainter::cardRect().adjusted(-5, -5, 5, 5), 11, 11);
    }
    NodePainter::paint(painter, mVisual, colors, option->state & QStyle::State_Selected);
    if (mRimHovered || mLinkTarget) {
        // A halo on the rim says "drag from here to connect".
        painter->setPen(QPen(colors.selection, 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(NodePainter::cardRect().adjusted(1.5, 1.5, -1.5, -1.5), 7, 7);
    }
}

bool NodeItem::isOnEdge(const QPointF &scenePos, qreal viewScale) const
{
    const QPointF p = mapFromScene(scenePos);
    const QRectF card = NodePainter::cardRect();
    const qreal edge = qMin(qMax(kEdge, kMinEdgePixels / qMax(viewScale, 0.01)), card.height() / 3);
    return card.contains(p) && !card.adjusted(edge, edge, -edge, -edge).contains(p);
}

void NodeItem::setRimHovered(bool on)
{
    if (mRimHovered == on)
        return;
    mRimHovered = on;
    if (on)
        setCursor(Qt::CrossCursor);
    else
        unsetCursor();
    update();
}

void NodeItem::setLinkTarget(bool on)
{
    if (mLinkTarget == on)
        return;
    mLinkTarget = on;
    update();
}

void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    qreal scale = 1.0;
    if (auto *view = event->widget() ? qobject_cast<QGraphicsView *>(event->widget()->parentWidget()) : nullptr)
        scale = view->transform().m11();
    setRimHovered(isOnEdge(event->scenePos(), scale));
    QGraphicsItem::hoverMoveEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    setRimHovered(false);
    QGraphicsItem::hoverLeaveEvent(event);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && diagram())
        return diagram()->snapped(value.toPointF());
    if (change == ItemPositionHasChanged && diagram())
        diagram()->nodeItemMoved(this);
    return QGraphicsItem::itemChange(change, value);
}
