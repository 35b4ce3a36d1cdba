#include "selecttool.h"

#include "diagramscene.h"
#include "imageitem.h"
#include "nodeitem.h"

#include <QGraphicsSceneMouseEvent>

bool SelectTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    mPressPos = event->scenePos();
    if (event->button() == Qt::LeftButton) {
        if (ImageItem *image = mScene->imageItemAt(event->scenePos()); image && image->isOnGrip(event->scenePos())) {
            mResizing = image;
            mResizeStart = image->size();
            event->accept();  // not a rubber band
            return true;
        }
    }
    mScene->defaultMousePress(event);
    rememberPositions();
    return true;
}

bool SelectTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    if (mResizing) {
        const QPointF delta = event->scenePos() - mPressPos;
        const QPointF corner = mScene->snapped(QPointF(mResizeStart.width() + delta.x(), mResizeStart.height() + delta.y()));
        mResizing->setSize(QSizeF(corner.x(), corner.y()));
        return true;
    }
    mScene->defaultMouseMove(event);
    return true;
}

bool SelectTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    if (mResizing) {
        mScene->commitImageResize(mResizing->imageId(), mResizeStart, mResizing->size());
        mResizing = nullptr;
        return true;
    }
    mScene->defaultMouseRelease(event);
    commitMove();
    return true;
}

void SelectTool::reset()
{
    mResizing = nullptr;
    mNodeStart.clear();
    mImageStart.clear();
}

void SelectTool::rememberPositions()
{
    mNodeStart.clear();
    mImageStart.clear();
    for (QGraphicsItem *item : mScene->items()) {
        if (auto *n = qgraphicsitem_cast<NodeItem *>(item))
            mNodeStart.insert(n->nodeId(), n->pos());
        else if (auto *i = qgraphicsitem_cast<ImageItem *>(item))
            mImageStart.insert(i->imageId(), i->pos());
    }
}

void SelectTool::commitMove()
{
    QHash<QString, QPointF> nodeEnd, imageEnd;
    for (auto it = mNodeStart.constBegin(); it != mNodeStart.constEnd(); ++it) {
        if (NodeItem *n = mScene->nodeItem(it.key()); n && n->pos() != *it)
            nodeEnd.insert(it.key(), n->pos());
    }
    for (auto it = mImageStart.constBegin(); it != mImageStart.constEnd(); ++it) {
        if (ImageItem *i = mScene->imageItem(it.key()); i && i->pos() != *it)
            imageEnd.insert(it.key(), i->pos());
    }
    if (!nodeEnd.isEmpty() || !imageEnd.isEmpty())
        mScene->commitMove(mNodeStart, nodeEnd, mImageStart, imageEnd);
    mNodeStart.clear();
    mImageStart.clear();
}
