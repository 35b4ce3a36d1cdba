#include "nodeitem.h"

#include "canvascolors.h"
#include "diagramscene.h"
#include "nodepainter.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {
constexpr qreal kEdge = 9;  // width of the rim that starts a link
}

NodeItem::NodeItem(const QString &id, const NodeVisual &visual) : mId(id), mVisual(visual)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges | ItemIsFocusable);
    setCacheMode(DeviceCoordinateCache);
    setAcceptHoverEvents(true);
    setZValue(2);
    setToolTip(QStringLiteral("%1 (%2)").arg(visual.label, visual.product));
}

DiagramScene *NodeItem::diagram() const { return static_cast<DiagramScene *>(scene()); }

void NodeItem::setVisual(const NodeVisual &visual)
{
    const int errors = mVisual.errors, warnings = mVisual.warnings;
    mVisual = visual;
    mVisual.errors = errors;
    mVisual.warnings = warnings;
    setToolTip(QStringLiteral("%1 (%2)").arg(visual.label, visual.product));
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
}

bool NodeItem::isOnEdge(const QPointF &scenePos) const
{
    const QPointF p = mapFromScene(scenePos);
    const QRectF card = NodePainter::cardRect();
    return card.contains(p) && !card.adjusted(kEdge, kEdge, -kEdge, -kEdge).contains(p);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && diagram())
        return diagram()->snapped(value.toPointF());
    if (change == ItemPositionHasChanged && diagram())
        diagram()->nodeItemMoved(this);
    return QGraphicsItem::itemChange(change, value);
}
