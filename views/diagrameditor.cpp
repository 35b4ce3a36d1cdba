#include "diagrameditor.h"

#include "commands/changevaluecommand.h"
#include "commands/itemscommands.h"
#include "commands/movenodescommand.h"
#include "diagramscene.h"
#include "document.h"
#include "framegeometry.h"
#include "imageitem.h"
#include "nodeitem.h"
#include "nodekinds.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("DiagramEditor", text); }
} // namespace

Topology *DiagramEditor::topology() const { return mScene->document()->topology(); }
QUndoStack *DiagramEditor::stack() const { return mScene->document()->undoStack(); }

void DiagramEditor::addNode(const QString &kind, const QPointF &scenePos)
{
    const NodeKindInfo *info = NodeKinds::info(kind);
    if (!info)
        return;
    Topology *t = topology();
    Node n;
    n.kind = kind;
    n.id = t->uniqueId(kind == QLatin1String("ims_connect") ? QStringLiteral("icon") : kind);
    n.label = info->displayName;
    n.image = mScene->imageAt(scenePos);
    const QPointF p = mScene->snapped(scenePos);
    n.view = {{"x", qRound(p.x())}, {"y", qRound(p.y())}};
    ItemsSnapshot items;
    items.nodes.append({int(t->data().nodes.size()), n});
    const auto grow = n.image.isEmpty() ? QHash<QString, QRectF>()
                                        : framesToGrow({n.image}, {{n.id, p}}, {{n.id, n.image}}, {});
    stack()->beginMacro(tr("Add %1").arg(info->displayName));
    stack()->push(new InsertItemsCommand(t, items, tr("Add %1").arg(info->displayName)));
    for (auto it = grow.constBegin(); it != grow.constEnd(); ++it)
        pushFrameGeometry(it.key(), *it);
    stack()->endMacro();
    mScene->selectOnly(n.id);
}

void DiagramEditor::connectNodes(const QString &from, const QString &to)
{
    Topology *t = topology();
    if (from == to || t->data().linkBetween(from, to))
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
    stack()->push(new InsertItemsCommand(t, items, tr("Connect %1 to %2").arg(from, to)));
    mScene->selectOnly(l.id);
}

void DiagramEditor::commitMove(const QHash<QString, QPointF> &nodeStart, const QHash<QString, QPointF> &nodeEnd,
                               const QHash<QString, QPointF> &imageStart, const QHash<QString, QPointF> &imageEnd,
                               bool dragged)
{
    Topology *t = topology();
    QHash<QString, MoveNodesCommand::Move> nodes, images;
    for (auto it = nodeEnd.constBegin(); it != nodeEnd.constEnd(); ++it)
        nodes.insert(it.key(), {nodeStart.value(it.key()), *it});
    for (auto it = imageEnd.constBegin(); it != imageEnd.constEnd(); ++it)
        images.insert(it.key(), {imageStart.value(it.key()), *it});

    // A node moved itself (not carried by its frame) into or out of a frame changes image.
    QHash<QString, QString> newImage;
    QSet<QString> touched;
    for (auto it = nodeEnd.constBegin(); it != nodeEnd.constEnd(); ++it) {
        NodeItem *item = mScene->nodeItem(it.key());
        const Node *n = t->data().node(it.key());
        if (!item || !n || !item->isSelected())
            continue;
        const QString image = mScene->imageAt(*it, imageEnd);
        if (image != n->image)
            newImage.insert(it.key(), image);
        touched << n->image << image;
    }
    touched.remove(QString());
    for (const QString &id : imageEnd.keys())
        touched.remove(id);  // a moved frame carries its nodes; it holds them as before
    const auto grow = framesToGrow(touched, nodeEnd, newImage, imageEnd);

    if (!dragged && newImage.isEmpty() && grow.isEmpty()) {
        stack()->push(new MoveNodesCommand(t, nodes, images, true));
        return;
    }
    stack()->beginMacro(nodes.size() + images.size() == 1 ? tr("Move") : tr("Move %1 items").arg(nodes.size() + images.size()));
    // A frame that fitted its nodes keeps its size once moved, so it does not re-fit later.
    for (auto it = images.constBegin(); it != images.constEnd(); ++it) {
        if (ImageItem *item = mScene->imageItem(it.key())) {
            stack()->push(new ChangeValueCommand(t, ChangeValueCommand::Target::ImageAttribute, it.key(), QStringLiteral("w"), qRound(item->size().width())));
            stack()->push(new ChangeValueCommand(t, ChangeValueCommand::Target::ImageAttribute, it.key(), QStringLiteral("h"), qRound(item->size().height())));
        }
    }
    stack()->push(new MoveNodesCommand(t, nodes, images));
    for (auto it = newImage.constBegin(); it != newImage.constEnd(); ++it)
        stack()->push(new ChangeValueCommand(t, ChangeValueCommand::Target::NodeImage, it.key(), QString(), *it));
    for (auto it = grow.constBegin(); it != grow.constEnd(); ++it)
        pushFrameGeometry(it.key(), *it);
    stack()->endMacro();
}

QHash<QString, QRectF> DiagramEditor::framesToGrow(const QSet<QString> &imageIds, const QHash<QString, QPointF> &nodePos,
                                                   const QHash<QString, QString> &nodeImage,
                                                   const QHash<QString, QPointF> &framePos) const
{
    QHash<QString, QRectF> result;
    if (imageIds.isEmpty())
        return result;
    QHash<QString, QList<QPointF>> members;
    auto add = [&](const QString &id, const QString &image) {
        if (!imageIds.contains(image))
            return;
        const NodeItem *item = mScene->nodeItem(id);
        members[image].append(nodePos.contains(id) ? nodePos.value(id) : item ? item->pos() : QPointF());
    };
    for (const Node &n : topology()->data().nodes)
        add(n.id, nodeImage.value(n.id, n.image));
    for (auto it = nodeImage.constBegin(); it != nodeImage.constEnd(); ++it) {
        if (!topology()->data().node(it.key()))
            add(it.key(), *it);  // a node about to be added
    }
    for (const QString &id : imageIds) {
        const ZosImage *img = topology()->data().image(id);
        const ImageItem *item = mScene->imageItem(id);
        if (!img || !item || !img->view.contains(QStringLiteral("w")))
            continue;  // frames without a stored size fit their nodes by themselves
        const QRectF frame(framePos.value(id, item->pos()), item->size());
        const QRectF grown = FrameGeometry::grownToHold(frame, members.value(id));
        if (grown != frame)
            result.insert(id, grown);
    }
    return result;
}

void DiagramEditor::pushFrameGeometry(const QString &id, const QRectF &rect)
{
    Topology *t = topology();
    using T = ChangeValueCommand::Target;
    stack()->push(new ChangeValueCommand(t, T::ImageAttribute, id, QStringLiteral("x"), qRound(rect.x())));
    stack()->push(new ChangeValueCommand(t, T::ImageAttribute, id, QStringLiteral("y"), qRound(rect.y())));
    stack()->push(new ChangeValueCommand(t, T::ImageAttribute, id, QStringLiteral("w"), qRound(rect.width())));
    stack()->push(new ChangeValueCommand(t, T::ImageAttribute, id, QStringLiteral("h"), qRound(rect.height())));
}

void DiagramEditor::commitImageResize(const QString &id, const QSizeF &from, const QSizeF &to)
{
    ImageItem *item = mScene->imageItem(id);
    if (from == to || !item)
        return;
    stack()->beginMacro(tr("Resize %1").arg(id));
    pushFrameGeometry(id, QRectF(item->pos(), to));
    stack()->endMacro();
}

void DiagramEditor::moveSelection(const QPointF &delta)
{
    QHash<QString, QPointF> nodeStart, nodeEnd, imageStart, imageEnd;
    for (const QString &id : mScene->selectedNodeIds()) {
        nodeStart.insert(id, mScene->nodeItem(id)->pos());
        nodeEnd.insert(id, mScene->nodeItem(id)->pos() + delta);
    }
    for (const QString &id : mScene->selectedImageIds()) {
        imageStart.insert(id, mScene->imageItem(id)->pos());
        imageEnd.insert(id, mScene->imageItem(id)->pos() + delta);
        for (const Node &n : topology()->data().nodes) {
            if (n.image == id && !nodeStart.contains(n.id)) {
                nodeStart.insert(n.id, mScene->nodeItem(n.id)->pos());
                nodeEnd.insert(n.id, mScene->nodeItem(n.id)->pos() + delta);
            }
        }
    }
    if (nodeEnd.isEmpty() && imageEnd.isEmpty())
        return;
    commitMove(nodeStart, nodeEnd, imageStart, imageEnd, false);
}
