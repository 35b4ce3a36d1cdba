#include "connecttool.h"

#include "diagramscene.h"
#include "nodeitem.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QPen>

namespace {
qreal viewScale(const QGraphicsSceneMouseEvent *event)
{
    auto *view = event->widget() ? qobject_cast<QGraphicsView *>(event->widget()->parentWidget()) : nullptr;
    return view ? view->transform().m11() : 1.0;
}
} // namespace

ConnectTool::~ConnectTool() { reset(); }

bool ConnectTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || event->modifiers() != Qt::NoModifier)
        return false;
    NodeItem *node = mScene->nodeItemAt(event->scenePos());
    if (!node || !node->isOnEdge(event->scenePos(), viewScale(event)))
        return false;
    mFrom = node;
    mRubber = new QGraphicsLineItem(QLineF(node->scenePos(), event->scenePos()));
    mRubber->setPen(QPen(mScene->colors().selection, 2, Qt::DashLine));
    mRubber->setZValue(10);
    mScene->addItem(mRubber);
    event->accept();  // the view must not start a rubber band
    return true;
}

bool ConnectTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    if (!mFrom)
        return false;
    NodeItem *target = mScene->nodeItemAt(event->scenePos());
    if (target == mFrom)
        target = nullptr;
    if (target != mTarget) {
        if (mTarget)
            mTarget->setLinkTarget(false);
        mTarget = target;
        if (mTarget)
            mTarget->setLinkTarget(true);
    }
    // The line snaps to a node it would connect to.
    mRubber->setLine(QLineF(mFrom->scenePos(), mTarget ? mTarget->scenePos() : event->scenePos()));
    return true;
}

bool ConnectTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    if (!mFrom)
        return false;
    NodeItem *target = mScene->nodeItemAt(event->scenePos());
    const QString from = mFrom->nodeId();
    reset();
    if (target && target->nodeId() != from)
        mScene->connectNodes(from, target->nodeId());
    return true;
}

void ConnectTool::reset()
{
    if (mTarget)
        mTarget->setLinkTarget(false);
    mTarget = nullptr;
    if (mRubber) {
        mScene->removeItem(mRubber);
        delete mRubber;
        mRubber = nullptr;
    }
    mFrom = nullptr;
}
