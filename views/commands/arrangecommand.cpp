#include "arrangecommand.h"

#include "diagramscene.h"
#include "document.h"
#include "imageitem.h"
#include "nodeitem.h"
#include "nodepainter.h"
#include "topology.h"

#include <QCoreApplication>

namespace {
const std::array<QString, 4> kFrameKeys{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("w"), QStringLiteral("h")};
} // namespace

ArrangeCommand::ArrangeCommand(Topology *topology, const GraphLayout::Result &layout,
                               const QHash<QString, QPointF> &shownAt, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("ArrangeCommand", "Arrange diagram"), parent), mTopology(topology)
{
    const TopologyData &d = topology->data();
    for (const Node &n : d.nodes) {
        if (!layout.nodes.contains(n.id))
            continue;
        const QJsonValue x = n.view.value(QStringLiteral("x")), y = n.view.value(QStringLiteral("y"));
        const QPointF before = x.isUndefined() || y.isUndefined() ? shownAt.value(n.id) : QPointF(x.toDouble(), y.toDouble());
        mNodesBefore.insert(n.id, before);
        if (x.isUndefined() || y.isUndefined())
            mUnplaced.insert(n.id);
        mNodesAfter.insert(n.id, layout.nodes.value(n.id));
    }
    for (const ZosImage &img : d.images) {
        if (!layout.frames.contains(img.id))
            continue;
        const QRectF r = layout.frames.value(img.id);
        FrameValues before;
        for (size_t i = 0; i < kFrameKeys.size(); ++i)
            before[i] = img.view.contains(kFrameKeys[i]) ? img.view.value(kFrameKeys[i]) : QJsonValue(QJsonValue::Undefined);
        mFramesBefore.insert(img.id, before);
        mFramesAfter.insert(img.id, {qRound(r.x()), qRound(r.y()), qRound(r.width()), qRound(r.height())});
    }
}

ArrangeCommand *ArrangeCommand::forScene(DiagramScene *scene, QString *error)
{
    Topology *topology = scene->document()->topology();
    GraphLayout::Options o;
    o.card = NodePainter::bounds();
    o.frameMargin = ImageItem::kMargin;
    o.frameTitle = ImageItem::kTitle;
    o.grid = DiagramScene::kGrid;
    const GraphLayout::Result layout = GraphLayout::arrange(topology->data(), o);
    if (!layout.error.isEmpty()) {
        if (error)
            *error = layout.error;
        return nullptr;
    }
    QHash<QString, QPointF> shownAt;
    for (const Node &n : topology->data().nodes) {
        if (const NodeItem *item = scene->nodeItem(n.id))
            shownAt.insert(n.id, item->pos());
    }
    auto *command = new ArrangeCommand(topology, layout, shownAt);
    if (command->changesAnything())
        return command;
    delete command;
    return nullptr;
}

bool ArrangeCommand::changesAnything() const
{
    for (auto it = mNodesAfter.constBegin(); it != mNodesAfter.constEnd(); ++it) {
        const Node *n = mTopology->data().node(it.key());
        if (!n || n->view.value(QStringLiteral("x")) != QJsonValue(qRound(it->x()))
            || n->view.value(QStringLiteral("y")) != QJsonValue(qRound(it->y())))
            return true;
    }
    return mFramesBefore != mFramesAfter;
}

void ArrangeCommand::apply(bool forward)
{
    const QHash<QString, FrameValues> &frames = forward ? mFramesAfter : mFramesBefore;
    for (auto it = frames.constBegin(); it != frames.constEnd(); ++it) {
        for (size_t i = 0; i < kFrameKeys.size(); ++i)
            mTopology->setImageAttribute(it.key(), kFrameKeys[i], (*it)[i]);
    }
    const QHash<QString, QPointF> &nodes = forward ? mNodesAfter : mNodesBefore;
    for (auto it = nodes.constBegin(); it != nodes.constEnd(); ++it) {
        if (!forward && mUnplaced.contains(it.key()))
            mTopology->clearNodePosition(it.key());
        else
            mTopology->setNodePosition(it.key(), *it);
    }
}
