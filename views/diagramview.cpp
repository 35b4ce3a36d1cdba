#include "diagramview.h"

#include "diagramscene.h"
#include "imageitem.h"
#include "linkitem.h"
#include "nodeitem.h"

#include <QGestureEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

DiagramView::DiagramView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState);
    setDragMode(RubberBandDrag);
    // Zooming keeps a chosen point still (zoomAt); Qt's anchors would use a stale mouse position.
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    viewport()->grabGesture(Qt::PinchGesture);
}

void DiagramView::setZoom(qreal z)
{
    zoomAt(z, viewport()->rect().center());
}

void DiagramView::zoomAt(qreal z, const QPointF &viewportPos)
{
    z = qBound(kMin, z, kMax);
    if (qFuzzyCompare(z, zoom()))
        return;
    const QPointF anchor = mapToScene(viewportPos.toPoint());
    setTransform(QTransform::fromScale(z, z));
    // Scroll so that the scene point under `viewportPos` stays there.
    const QPointF moved = mapFromScene(anchor) - viewportPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
    emit zoomChanged(z);
}

void DiagramView::fitToContents()
{
    auto *s = qobject_cast<DiagramScene *>(scene());
    if (!s)
        return;
    s->flushPending();
    const QRectF r = s->itemsBoundingRect().adjusted(-40, -40, 40, 40);
    if (r.isEmpty())
        return;
    const QSizeF view = viewport()->size();
    const qreal z = qBound(kMin, std::min(view.width() / r.width(), view.height() / r.height()), kMaxFit);
    setTransform(QTransform::fromScale(z, z));
    centerOn(r.center());
    emit zoomChanged(z);
}

void DiagramView::centerOnItem(const QString &id)
{
    auto *s = qobject_cast<DiagramScene *>(scene());
    if (!s)
        return;
    if (QGraphicsItem *item = s->nodeItem(id))
        centerOn(item);
    else if (QGraphicsItem *link = s->linkItem(id))
        centerOn(link->boundingRect().center());
    else if (QGraphicsItem *image = s->imageItem(id))
        centerOn(image->sceneBoundingRect().center());
}

bool DiagramView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *g = static_cast<QNativeGestureEvent *>(event);
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            zoomAt(zoom() * (1.0 + g->value()), g->position());
            return true;
        }
    }
    if (event->type() == QEvent::Gesture) {
        auto *g = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(g->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomAt(zoom() * pinch->scaleFactor(), viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
            g->accept(pinch);
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    // Plain wheel zooms (a diagram is explored by zooming); Shift or a
    // sideways swipe scrolls.
    const int delta = event->angleDelta().y();
    if (delta == 0 || (event->modifiers() & Qt::ShiftModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomAt(zoom() * std::pow(kStep, delta / 120.0), event->position());
    event->accept();
}

void DiagramView::startPan(const QPoint &pos)
{
    mPanning = true;
    mPanStart = pos;
    viewport()->setCursor(Qt::ClosedHandCursor);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (mSpaceHeld && event->button() == Qt::LeftButton)) {
        startPan(event->pos());
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (mPanning) {
        const QPoint d = event->pos() - mPanStart;
        mPanStart = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (mPanning) {
        mPanning = false;
        if (mSpaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            mSpaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            mSpaceHeld = false;
            if (!mPanning)
                viewport()->unsetCursor();
        }
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::focusOutEvent(QFocusEvent *event)
{
    // A space released while another window had focus must not leave the view in pan mode.
    mSpaceHeld = false;
    QGraphicsView::focusOutEvent(event);
}
