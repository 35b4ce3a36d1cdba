#include "diagramscene.h"

#include "commands/changevaluecommand.h"
#include "commands/itemscommands.h"
#include "commands/movenodescommand.h"
#include "connecttool.h"
#include "diagrameditor.h"
#include "document.h"
#include "framegeometry.h"
#include "imageitem.h"
#include "linkitem.h"
#include "linklabellayout.h"
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
constexpr qreal kSceneMargin = 1200;  // room to pan past the drawing's edges

bool hasStoredSize(const ZosImage &img)
{
    return img.view.contains(QStringLiteral("w")) && img.view.contains(QStringLiteral("h"));
}
} // namespace

DiagramScene::DiagramScene(Document *document, QObject *parent)
    : QGraphicsScene(parent), mDocument(document), mColors(CanvasColors::from(QApplication::palette())),
      mEditor(std::make_unique<DiagramEditor>(this)), mSelectTool(std::make_unique<SelectTool>(this)),
      mConnectTool(std::make_unique<ConnectTool>(this))
{
    setItemIndexMethod(BspTreeIndex);
    mPending.setSingleShot(true);
    mPending.setInterval(0);
    connect(&mPending, &QTimer::timeout, this, &DiagramScene::flushPending);
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
    rebuild();
}

DiagramScene::~DiagramScene() = default;

void DiagramScene::setColors(const CanvasColors &colors)
{
    mColors = colors;
    for (NodeItem *n : std::as_const(mNodes))
        n->update();  // drops the item's cached pixmap
    updatePathOverlay();
    update();
}

QPointF DiagramScene::snapped(const QPointF &p) const
{
    // Items placed from the model show exactly what the model says.
    if (!mSnap || mSyncing)
        return p;
    return {std::round(p.x() / kGrid) * kGrid, std::round(p.y() / kGrid) * kGrid};
}

void DiagramScene::rebuild()
{
    mSelectTool->reset();
    mConnectTool->reset();
    if (mTemporaryTool)
        mTemporaryTool->reset();  // its nodes may be gone
    mActiveTool = nullptr;
    delete std::exchange(mPathOverlay, nullptr);
    mPath.clear();
    mSyncing = true;
    clear();
    mNodes.clear();
    mLinks.clear();
    mImages.clear();
    mLinksOfNode.clear();
    const TopologyData &d = mDocument->topology()->data();
    for (int i = 0; i < d.nodes.size(); ++i) {
        const Node &n = d.nodes.at(i);
        auto *item = new NodeItem(n.id, NodeVisual::of(n));
        item->setPos(positionOf(n, i));
        addItem(item);
        mNodes.insert(n.id, item);
    }
    for (const Link &l : d.links)
        onLinkAdded(l.id);
    for (const ZosImage &img : d.images)
        onImageAdded(img.id);
    mSyncing = false;
    // The view fits to the new drawing right after a reset, so settle it now.
    flushPending();
}

QPointF DiagramScene::positionOf(const Node &node, int index) const
{
    if (node.view.contains(QStringLiteral("x")) && node.view.contains(QStringLiteral("y")))
        return {node.view.value(QStringLiteral("x")).toDouble(), node.view.value(QStringLiteral("y")).toDouble()};
    // No position in the file: a grid in document order keeps every node visible.
    const int i = index >= 0 ? index : mDocument->topology()->nodeIndex(node.id);
    return {double((i % 6) * 300), double((i / 6) * 140)};
}

void DiagramScene::schedule()
{
    if (!mPending.isActive())
        mPending.start();
}

void DiagramScene::flushPending()
{
    mPending.stop();
    const bool wasSyncing = std::exchange(mSyncing, true);
    for (ImageItem *item : std::as_const(mImages)) {
        const ZosImage *img = mDocument->topology()->data().image(item->imageId());
        if (img && !hasStoredSize(*img))
            placeImage(item);
    }
    mSyncing = wasSyncing;
    layoutLinkLabels();
    setSceneRect(itemsBoundingRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

void DiagramScene::layoutLinkLabels()
{
    QList<QRectF> cards;
    cards.reserve(mNodes.size());
    for (NodeItem *n : std::as_const(mNodes))
        cards.append(NodePainter::cardRect().translated(n->pos()));
    QList<LinkItem *> links;
    links.reserve(mLinks.size());
    for (const Link &l : mDocument->topology()->data().links) {
        if (LinkItem *item = mLinks.value(l.id))
            links.append(item);
    }
    LinkLabelLayout::place(links, cards);
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
    updatePathOverlay();
    schedule();
}

void DiagramScene::onNodeAboutToBeRemoved(const QString &id)
{
    for (LinkItem *l : mLinksOfNode.values(id))
        onLinkAboutToBeRemoved(l->linkId());
    delete mNodes.take(id);
    updatePathOverlay();
    schedule();
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
        schedule();
        return;
    }
    if (key == QLatin1String("image")) {
        schedule();  // a frame that fits its nodes changes
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
    schedule();
}

void DiagramScene::onLinkAboutToBeRemoved(const QString &id)
{
    LinkItem *item = mLinks.take(id);
    if (!item)
        return;
    mLinksOfNode.remove(item->fromItem()->nodeId(), item);
    mLinksOfNode.remove(item->toItem()->nodeId(), item);
    delete item;
    schedule();
}

void DiagramScene::onLinkChanged(const QString &id)
{
    const Link *l = mDocument->topology()->data().link(id);
    if (LinkItem *item = mLinks.value(id); item && l) {
        item->setAttributes(l->transport, l->persistent, l->kind);
        schedule();  // the name's size may have changed
    }
}

void DiagramScene::placeImage(ImageItem *item)
{
    const TopologyData &d = mDocument->topology()->data();
    const ZosImage *img = d.image(item->imageId());
    const QJsonObject &v = img->view;
    if (hasStoredSize(*img)) {
        item->setPos(v.value(QStringLiteral("x")).toDouble(), v.value(QStringLiteral("y")).toDouble());
        item->setSize({v.value(QStringLiteral("w")).toDouble(), v.value(QStringLiteral("h")).toDouble()});
        return;
    }
    // No stored frame: wrap the image's nodes.
    QList<QPointF> centres;
    for (const Node &n : d.nodes) {
        if (n.image == img->id)
            if (NodeItem *ni = mNodes.value(n.id))
                centres.append(ni->pos());
    }
    QRectF box = FrameGeometry::around(centres);
    if (box.isNull())
        box = QRectF(v.value(QStringLiteral("x")).toDouble(), v.value(QStringLiteral("y")).toDouble(), 400, 240);
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
    schedule();
}

void DiagramScene::onImageAboutToBeRemoved(const QString &id)
{
    delete mImages.take(id);
    schedule();
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
    schedule();
}

void DiagramScene::nodeItemMoved(NodeItem *item)
{
    // Called for every node on every mouse move of a drag: no allocation.
    for (auto [it, end] = mLinksOfNode.equal_range(item->nodeId()); it != end; ++it)
        (*it)->adjust();
    if (mPathOverlay)
        updatePathOverlay();
}

void DiagramScene::setTemporaryTool(CanvasTool *tool)
{
    if (mActiveTool == mTemporaryTool)
        mActiveTool = nullptr;
    mTemporaryTool = tool;
}

void DiagramScene::showPath(const QStringList &nodeIds, PathOverlayItem::Style style)
{
    mPath = nodeIds;
    mPathStyle = style;
    updatePathOverlay();
}

void DiagramScene::updatePathOverlay()
{
    if (mPath.isEmpty()) {
        delete std::exchange(mPathOverlay, nullptr);
        return;
    }
    if (!mPathOverlay) {
        mPathOverlay = new PathOverlayItem;
        addItem(mPathOverlay);
    }
    QList<QPointF> centres;
    for (const QString &id : std::as_const(mPath)) {
        if (NodeItem *n = mNodes.value(id))
            centres.append(n->pos());
    }
    mPathOverlay->setRoute(centres, mPathStyle, mColors.selection, mColors.card);
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

QString DiagramScene::imageAt(const QPointF &scenePos, const QHash<QString, QPointF> &framePos) const
{
    // The last frame in document order wins where frames overlap, as it is drawn on top.
    const QList<ZosImage> &images = mDocument->topology()->data().images;
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        const ImageItem *item = mImages.value(it->id);
        if (item && QRectF(framePos.value(it->id, item->pos()), item->size()).contains(scenePos))
            return it->id;
    }
    return {};
}

QPointF DiagramScene::freeSpotNear(const QPointF &p) const
{
    const QRectF card = NodePainter::cardRect().adjusted(-10, -10, 10, 10);
    const qreal dx = NodePainter::kWidth + 40, dy = NodePainter::kHeight + 30;
    for (int ring = 0; ring < 8; ++ring) {
        for (int ix = -ring; ix <= ring; ++ix) {
            for (int iy = -ring; iy <= ring; ++iy) {
                if (std::max(std::abs(ix), std::abs(iy)) != ring)
                    continue;
                const QPointF c = snapped(p + QPointF(ix * dx, iy * dy));
                bool free = true;
                for (QGraphicsItem *item : items(card.translated(c))) {
                    if (item->type() == NodeItem::Type) {
                        free = false;
                        break;
                    }
                }
                if (free)
                    return c;
            }
        }
    }
    return snapped(p);
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
        if (f.severity == QLatin1String("info"))
            continue;  // the badge counts what needs fixing
        auto &c = counts[f.node.isEmpty() ? f.link : f.node];
        (f.severity == QLatin1String("error") ? c.first : c.second)++;
    }
    for (auto it = mNodes.constBegin(); it != mNodes.constEnd(); ++it)
        (*it)->setFindings(counts.value(it.key()).first, counts.value(it.key()).second);
    for (auto it = mLinks.constBegin(); it != mLinks.constEnd(); ++it)
        (*it)->setFindings(counts.value(it.key()).first, counts.value(it.key()).second);
}

void DiagramScene::addNode(const QString &kind, const QPointF &scenePos) { mEditor->addNode(kind, scenePos); }
void DiagramScene::connectNodes(const QString &from, const QString &to) { mEditor->connectNodes(from, to); }
void DiagramScene::moveSelection(const QPointF &delta) { mEditor->moveSelection(delta); }

void DiagramScene::commitMove(const QHash<QString, QPointF> &nodeStart, const QHash<QString, QPointF> &nodeEnd,
                              const QHash<QString, QPointF> &imageStart, const QHash<QString, QPointF> &imageEnd,
                              bool dragged)
{
    mEditor->commitMove(nodeStart, nodeEnd, imageStart, imageEnd, dragged);
}

void DiagramScene::commitImageResize(const QString &id, const QSizeF &from, const QSizeF &to)
{
    mEditor->commitImageResize(id, from, to);
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
    setHighlighted(QString());  // a finding shown on the canvas stays lit until the user moves on
    if (mTemporaryTool && mTemporaryTool->mousePress(event)) {
        mActiveTool = mTemporaryTool;
        return;
    }
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
    case Qt::Key_Escape:
        mConnectTool->reset();
        clearSelection();
        event->accept();
        return;
    default:
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    if (selectedItems().isEmpty()) {
        event->ignore();  // nothing to nudge: the view scrolls instead
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
