#include "diagramscene.h"

#include "commands/changevaluecommand.h"
#include "commands/itemscommands.h"
#include "commands/movenodescommand.h"
#include "connecttool.h"
#include "document.h"
#include "imageitem.h"
#include "linkitem.h"
#include "nodeitem.h"
#include "nodekinds.h"
#include "nodepainter.h"
#include "selecttool.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>

namespace {
constexpr qreal kImageMargin = 24;
}

DiagramScene::DiagramScene(Document *document, QObject *parent)
    : QGraphicsScene(parent), mDocument(document), mColors(CanvasColors::from(QApplication::palette())),
      mSelectTool(std::make_unique<SelectTool>(this)), mConnectTool(std::make_unique<ConnectTool>(this))
{
    setItemIndexMethod(BspTreeIndex);
    Topology *t = document->topology();
    connect(t, &Topology::resetDone, this, &DiagramScene::rebuild);
    connect(t, &Topology::nodeAdded, this, &DiagramScene::onNodeAdded);
    connect(t, &Topology::nodeAboutToBeRemoved, this, &DiagramScene::onNodeAboutToBeRemoved);
    connect(t, &Topology::nodeChanged, this, &DiagramScene::onNodeChanged);
    connect(t, &Topology::linkAdded, this, &DiagramScene::onLinkAdded);
    connect(t, &Topology::linkAboutToBeRemoved, this, &DiagramScene::onLinkAboutToBeRemoved);
    connect(t, &Topology::linkChanged, this, &DiagramScene::onLinkChanged);
    connect(t, &Topology::imageAdded, this, &DiagramScene::onImageAdded);
    connect(t, &Topology::imageAboutToBeRemoved, this, &DiagramScene::onImageAboutToBeRemoved);
    connect(t, &Topology::imageChanged, this, &DiagramScene::onImageChanged);
    connect(t, &Topology::domainChanged, this, [this] {
        for (const ZosImage &img : mDocument->topology()->data().images)
            onImageChanged(img.id);
    });
    rebuild();
}

DiagramScene::~DiagramScene() = default;

void DiagramScene::setColors(const CanvasColors &colors)
{
    mColors = colors;
    for (NodeItem *n : std::as_const(mNodes))
        n->update();
    update();
}

QPointF DiagramScene::snapped(const QPointF &p) const
{
    if (!mSnap)
        return p;
    return {std::round(p.x() / kGrid) * kGrid, std::round(p.y() / kGrid) * kGrid};
}

void DiagramScene::rebuild()
{
    mSyncing = true;
    clear();
    mNodes.clear();
    mLinks.clear();
    mImages.clear();
    mLinksOfNode.clear();
    const TopologyData &d = mDocument->topology()->data();
    for (const Node &n : d.nodes)
        onNodeAdded(n.id);
    for (const Link &l : d.links)
        onLinkAdded(l.id);
    for (const ZosImage &img : d.images)
        onImageAdded(img.id);
    mSyncing = false;
}

QPointF DiagramScene::positionOf(const Node &node) const
{
    if (node.view.contains(QStringLiteral("x")) && node.view.contains(QStringLiteral("y")))
        return {node.view.value(QStringLiteral("x")).toDouble(), node.view.value(QStringLiteral("y")).toDouble()};
    // No position in the file: a grid in document order keeps every node visible.
    const int i = mDocument->topology()->nodeIndex(node.id);
    return {double((i % 6) * 220), double((i / 6) * 140)};
}

void DiagramScene::onNodeAdded(const QString &id)
{
    const Node *n = mDocument->topology()->data().node(id);
    if (!n || mNodes.contains(id))
        return;
    auto *item = new NodeItem(id, NodeVisual::of(*n));
    const bool wasSyncing = std::exchange(mSyncing, true);
    item->setPos(positionOf(*n));
    mSyncing = wasSyncing;
    addItem(item);
    mNodes.insert(id, item);
}

void DiagramScene::onNodeAboutToBeRemoved(const QString &id)
{
    for (LinkItem *l : mLinksOfNode.values(id))
        onLinkAboutToBeRemoved(l->linkId());
    delete mNodes.take(id);
}

void DiagramScene::onNodeChanged(const QString &id, const QString &key)
{
    NodeItem *item = mNodes.value(id);
    const Node *n = mDocument->topology()->data().node(id);
    if (!item || !n)
        return;
    if (key == QLatin1String("position")) {
        const bool wasSyncing = std::exchange(mSyncing, true);
        item->setPos(positionOf(*n));
        mSyncing = wasSyncing;
        return;
    }
    item->setVisual(NodeVisual::of(*n));
}

void DiagramScene::onLinkAdded(const QString &id)
{
    const Link *l = mDocument->topology()->data().link(id);
    NodeItem *from = l ? mNodes.value(l->from) : nullptr;
    NodeItem *to = l ? mNodes.value(l->to) : nullptr;
    if (!from || !to || mLinks.contains(id))
        return;
    auto *item = new LinkItem(id, from, to);
    item->setAttributes(l->transport, l->persistent, l->kind);
    addItem(item);
    mLinks.insert(id, item);
    mLinksOfNode.insert(l->from, item);
    mLinksOfNode.insert(l->to, item);
}

void DiagramScene::onLinkAboutToBeRemoved(const QString &id)
{
    LinkItem *item = mLinks.take(id);
    if (!item)
        return;
    mLinksOfNode.remove(item->fromItem()->nodeId(), item);
    mLinksOfNode.remove(item->toItem()->nodeId(), item);
    delete item;
}

void DiagramScene::onLinkChanged(const QString &id)
{
    const Link *l = mDocument->topology()->data().link(id);
    if (LinkItem *item = mLinks.value(id); item && l)
        item->setAttributes(l->transport, l->persistent, l->kind);
}

void DiagramScene::placeImage(ImageItem *item)
{
    const TopologyData &d = mDocument->topology()->data();
    const ZosImage *img = d.image(item->imageId());
    const QJsonObject &v = img->view;
    if (v.contains(QStringLiteral("w")) && v.contains(QStringLiteral("h"))) {
        item->setPos(v.value(QStringLiteral("x")).toDouble(), v.value(QStringLiteral("y")).toDouble());
        item->setSize({v.value(QStringLiteral("w")).toDouble(), v.value(QStringLiteral("h")).toDouble()});
        return;
    }
    // No stored frame: wrap the image's nodes.
    QRectF box;
    for (const Node &n : d.nodes) {
        if (n.image == img->id)
            box |= NodePainter::cardRect().translated(positionOf(n));
    }
    if (box.isNull())
        box = QRectF(0, 0, 400, 240);
    box.adjust(-kImageMargin, -kImageMargin - ImageItem::kTitle, kImageMargin, kImageMargin);
    item->setPos(box.topLeft());
    item->setSize(box.size());
}

void DiagramScene::onImageAdded(const QString &id)
{
    const ZosImage *img = mDocument->topology()->data().image(id);
    if (!img || mImages.contains(id))
        return;
    auto *item = new ImageItem(id);
    item->setTexts(img->label, img->domain);
    const bool wasSyncing = std::exchange(mSyncing, true);
    addItem(item);
    mImages.insert(id, item);
    placeImage(item);
    mSyncing = wasSyncing;
}

void DiagramScene::onImageAboutToBeRemoved(const QString &id)
{
    delete mImages.take(id);
}

void DiagramScene::onImageChanged(const QString &id)
{
    ImageItem *item = mImages.value(id);
    const ZosImage *img = mDocument->topology()->data().image(id);
    if (!item || !img)
        return;
    item->setTexts(img->label, img->domain);
    const bool wasSyncing = std::exchange(mSyncing, true);
    placeImage(item);
    mSyncing = wasSyncing;
}

void DiagramScene::nodeItemMoved(NodeItem *item)
{
    for (LinkItem *l : mLinksOfNode.values(item->nodeId()))
        l->adjust();
}

void DiagramScene::imageItemMoving(ImageItem *item, const QPointF &delta)
{
    if (mSyncing || delta.isNull())
        return;
    // Nodes inside the frame travel with it (unless the user drags them too).
    const bool wasSnapping = std::exchange(mSnap, false);
    for (const Node &n : mDocument->topology()->data().nodes) {
        NodeItem *ni = mNodes.value(n.id);
        if (n.image == item->imageId() && ni && !ni->isSelected())
            ni->setPos(ni->pos() + delta);
    }
    mSnap = wasSnapping;
}

NodeItem *DiagramScene::nodeItemAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (auto *n = qgraphicsitem_cast<NodeItem *>(item))
            return n;
    }
    return nullptr;
}

ImageItem *DiagramScene::imageItemAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (auto *i = qgraphicsitem_cast<ImageItem *>(item))
            return i;
    }
    return nullptr;
}

QString DiagramScene::imageAt(const QPointF &scenePos) const
{
    for (ImageItem *i : mImages) {
        if (i->sceneBoundingRect().contains(scenePos))
            return i->imageId();
    }
    return {};
}

QStringList DiagramScene::selectedNodeIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *n = qgraphicsitem_cast<NodeItem *>(item))
            ids.append(n->nodeId());
    }
    return ids;
}

QStringList DiagramScene::selectedLinkIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *l = qgraphicsitem_cast<LinkItem *>(item))
            ids.append(l->linkId());
    }
    return ids;
}

QStringList DiagramScene::selectedImageIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *i = qgraphicsitem_cast<ImageItem *>(item))
            ids.append(i->imageId());
    }
    return ids;
}

void DiagramScene::selectOnly(const QString &id)
{
    clearSelection();
    QGraphicsItem *item = mNodes.value(id);
    if (!item)
        item = mLinks.value(id);
    if (!item)
        item = mImages.value(id);
    if (item)
        item->setSelected(true);
}

void DiagramScene::setHighlighted(const QString &id)
{
    for (auto it = mNodes.constBegin(); it != mNodes.constEnd(); ++it)
        (*it)->setHighlighted(it.key() == id);
    for (auto it = mLinks.constBegin(); it != mLinks.constEnd(); ++it)
        (*it)->setHighlighted(it.key() == id);
}

void DiagramScene::setFindings(const QList<Finding> &findings)
{
    QHash<QString, QPair<int, int>> counts;
    for (const Finding &f : findings) {
        auto &c = counts[f.node.isEmpty() ? f.link : f.node];
        (f.severity == QLatin1String("error") ? c.first : c.second)++;
    }
    for (auto it = mNodes.constBegin(); it != mNodes.constEnd(); ++it)
        (*it)->setFindings(counts.value(it.key()).first, counts.value(it.key()).second);
    for (auto it = mLinks.constBegin(); it != mLinks.constEnd(); ++it)
        (*it)->setFindings(counts.value(it.key()).first, counts.value(it.key()).second);
}

void DiagramScene::addNode(const QString &kind, const QPointF &scenePos)
{
    const NodeKindInfo *info = NodeKinds::info(kind);
    if (!info)
        return;
    Topology *t = mDocument->topology();
    Node n;
    n.kind = kind;
    n.id = t->uniqueId(kind == QLatin1String("ims_connect") ? QStringLiteral("icon") : kind);
    n.label = info->displayName;
    n.image = imageAt(scenePos);
    const QPointF p = snapped(scenePos);
    n.view = {{"x", qRound(p.x())}, {"y", qRound(p.y())}};
    ItemsSnapshot items;
    items.nodes.append({int(t->data().nodes.size()), n});
    mDocument->undoStack()->push(new InsertItemsCommand(t, items, tr("Add %1").arg(info->displayName)));
    selectOnly(n.id);
}

void DiagramScene::connectNodes(const QString &from, const QString &to)
{
    Topology *t = mDocument->topology();
    if (t->data().linkBetween(from, to))
        return;
    Link l;
    l.id = t->uniqueId(QStringLiteral("link"));
    l.from = from;
    l.to = to;
    const Node *a = t->data().node(from);
    const Node *b = t->data().node(to);
    if (a && b && a->kind == QLatin1String("ims_connect") && b->kind == QLatin1String("ims_connect"))
        l.kind = QStringLiteral("rmtimscon");
    ItemsSnapshot items;
    items.links.append({int(t->data().links.size()), l});
    mDocument->undoStack()->push(new InsertItemsCommand(t, items, tr("Connect %1 to %2").arg(from, to)));
    selectOnly(l.id);
}

void DiagramScene::commitMove(const QHash<QString, QPointF> &nodeStart, const QHash<QString, QPointF> &nodeEnd,
                              const QHash<QString, QPointF> &imageStart, const QHash<QString, QPointF> &imageEnd)
{
    QHash<QString, MoveNodesCommand::Move> nodes, images;
    for (auto it = nodeEnd.constBegin(); it != nodeEnd.constEnd(); ++it)
        nodes.insert(it.key(), {nodeStart.value(it.key()), *it});
    for (auto it = imageEnd.constBegin(); it != imageEnd.constEnd(); ++it)
        images.insert(it.key(), {imageStart.value(it.key()), *it});
    Topology *t = mDocument->topology();
    QUndoStack *stack = mDocument->undoStack();
    stack->beginMacro(tr("Move"));
    // Image frames keep their size; store it so the frame does not re-fit later.
    for (auto it = images.constBegin(); it != images.constEnd(); ++it) {
        if (ImageItem *item = mImages.value(it.key())) {
            stack->push(new ChangeValueCommand(t, ChangeValueCommand::Target::ImageAttribute, it.key(), QStringLiteral("w"), qRound(item->size().width())));
            stack->push(new ChangeValueCommand(t, ChangeValueCommand::Target::ImageAttribute, it.key(), QStringLiteral("h"), qRound(item->size().height())));
        }
    }
    stack->push(new MoveNodesCommand(t, nodes, images));
    // A node dragged (not carried by its frame) into or out of a frame changes image.
    for (auto it = nodes.constBegin(); it != nodes.constEnd(); ++it) {
        NodeItem *item = mNodes.value(it.key());
        const Node *n = t->data().node(it.key());
        if (!item || !n || !item->isSelected())
            continue;
        const QString image = imageAt(item->scenePos());
        if (image != n->image)
            stack->push(new ChangeValueCommand(t, ChangeValueCommand::Target::NodeImage, it.key(), QString(), image));
    }
    stack->endMacro();
}

void DiagramScene::commitImageResize(const QString &id, const QSizeF &from, const QSizeF &to)
{
    if (from == to)
        return;
    Topology *t = mDocument->topology();
    QUndoStack *stack = mDocument->undoStack();
    ImageItem *item = mImages.value(id);
    stack->beginMacro(tr("Resize %1").arg(id));
    stack->push(new ChangeValueCommand(t, ChangeValueCommand::Target::ImageAttribute, id, QStringLiteral("x"), qRound(item->pos().x())));
    stack->push(new ChangeValueCommand(t, ChangeValueCommand::Target::ImageAttribute, id, QStringLiteral("y"), qRound(item->pos().y())));
    stack->push(new ChangeValueCommand(t, ChangeValueCommand::Target::ImageAttribute, id, QStringLiteral("w"), qRound(to.width())));
    stack->push(new ChangeValueCommand(t, ChangeValueCommand::Target::ImageAttribute, id, QStringLiteral("h"), qRound(to.height())));
    stack->endMacro();
}

void DiagramScene::moveSelection(const QPointF &delta)
{
    QHash<QString, QPointF> nodeStart, nodeEnd, imageStart, imageEnd;
    for (const QString &id : selectedNodeIds()) {
        nodeStart.insert(id, mNodes.value(id)->pos());
        nodeEnd.insert(id, mNodes.value(id)->pos() + delta);
    }
    for (const QString &id : selectedImageIds()) {
        imageStart.insert(id, mImages.value(id)->pos());
        imageEnd.insert(id, mImages.value(id)->pos() + delta);
        for (const Node &n : mDocument->topology()->data().nodes) {
            if (n.image == id && !nodeStart.contains(n.id)) {
                nodeStart.insert(n.id, mNodes.value(n.id)->pos());
                nodeEnd.insert(n.id, mNodes.value(n.id)->pos() + delta);
            }
        }
    }
    if (nodeEnd.isEmpty() && imageEnd.isEmpty())
        return;
    QHash<QString, MoveNodesCommand::Move> nodes, images;
    for (auto it = nodeEnd.constBegin(); it != nodeEnd.constEnd(); ++it)
        nodes.insert(it.key(), {nodeStart.value(it.key()), *it});
    for (auto it = imageEnd.constBegin(); it != imageEnd.constEnd(); ++it)
        images.insert(it.key(), {imageStart.value(it.key()), *it});
    mDocument->undoStack()->push(new MoveNodesCommand(mDocument->topology(), nodes, images));
}

void DiagramScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, mColors.background);
    const qreal step = kGrid * 4;
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    painter->setPen(QPen(mColors.grid, 0));
    QVarLengthArray<QLineF, 256> lines;
    for (qreal x = left; x < rect.right(); x += step)
        lines.append(QLineF(x, rect.top(), x, rect.bottom()));
    for (qreal y = top; y < rect.bottom(); y += step)
        lines.append(QLineF(rect.left(), y, rect.right(), y));
    painter->drawLines(lines.data(), int(lines.size()));
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    mActiveTool = mConnectTool->mousePress(event) ? static_cast<CanvasTool *>(mConnectTool.get()) : mSelectTool.get();
    if (mActiveTool == mSelectTool.get())
        mSelectTool->mousePress(event);
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (mActiveTool)
        mActiveTool->mouseMove(event);
    else
        QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (mActiveTool)
        mActiveTool->mouseRelease(event);
    else
        QGraphicsScene::mouseReleaseEvent(event);
    mActiveTool = nullptr;
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseDoubleClickEvent(event);
    if (NodeItem *n = nodeItemAt(event->scenePos()))
        emit activated(n->nodeId());
}

void DiagramScene::keyPressEvent(QKeyEvent *event)
{
    const qreal step = (event->modifiers() & Qt::ShiftModifier) ? 1 : kGrid;
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left: delta = {-step, 0}; break;
    case Qt::Key_Right: delta = {step, 0}; break;
    case Qt::Key_Up: delta = {0, -step}; break;
    case Qt::Key_Down: delta = {0, step}; break;
    default:
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    moveSelection(delta);
    event->accept();
}

void DiagramScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(QLatin1String(kKindMimeType)));
}

void DiagramScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(QLatin1String(kKindMimeType)));
}

void DiagramScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const QString kind = QString::fromUtf8(event->mimeData()->data(QLatin1String(kKindMimeType)));
    if (!NodeKinds::info(kind)) {
        event->ignore();
        return;
    }
    addNode(kind, event->scenePos());
    event->acceptProposedAction();
}
