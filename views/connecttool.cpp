#include "connecttool.h"

#include "diagramscene.h"
#include "nodeitem.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPen>

ConnectTool::~ConnectTool() { cancel(); }

bool ConnectTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    NodeItem *node = mScene->nodeItemAt(event->scenePos());
    if (!node || !node->isOnEdge(event->scenePos()))
        return false;
    mFrom = node;
    mRubber = new QGraphicsLineItem(QLineF(node->scenePos(), event->scenePos()));
    mRubber->setPen(QPen(mScene->colors().selection, 2, Qt::DashLine));
    mRubber->setZValue(10);
    mScene->addItem(mRubber);
    return true;
}

bool ConnectTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    if (!mFrom)
        return false;
    mRubber->setLine(QLineF(mFrom->scenePos(), event->scenePos()));
    return true;
}

bool ConnectTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    if (!mFrom)
        return false;
    NodeItem *target = mScene->nodeItemAt(event->scenePos());
    const QString from = mFrom->nodeId();
    cancel();
    if (target && target->nodeId() != from)
        mScene->connectNodes(from, target->nodeId());
    return true;
}

void ConnectTool::cancel()
{
    if (mRubber) {
        mScene->removeItem(mRubber);
        delete mRubber;
        mRubber = nullptr;
    }
    mFrom = nullptr;
}
