#include "diagramview.h"

#include "diagramscene.h"
#include "imageitem.h"
#include "linkitem.h"
#include "nodeitem.h"

#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QWheelEvent>

DiagramView::DiagramView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState);
    setDragMode(RubberBandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setAcceptDrops(true);
    viewport()->grabGesture(Qt::PinchGesture);
}

void DiagramView::setZoom(qreal z)
{
    z = qBound(kMin, z, kMax);
    if (qFuzzyCompare(z, zoom()))
        return;
    setTransform(QTransform::fromScale(z, z));
    emit zoomChanged(z);
}

void DiagramView::fitToContents()
{
    if (!scene())
        return;
    const QRectF r = scene()->itemsBoundingRect().adjusted(-40, -40, 40, 40);
    if (r.isEmpty())
        return;
    fitInView(r, Qt::KeepAspectRatio);
    const qreal z = qBound(kMin, transform().m11(), 1.5);
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
        centerOn(image);
}

bool DiagramView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *g = static_cast<QNativeGestureEvent *>(event);
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            setZoom(zoom() * (1.0 + g->value()));
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    setZoom(zoom() * std::pow(kStep, delta / 120.0));
    event->accept();
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (mSpaceHeld && event->button() == Qt::LeftButton)) {
        mPanning = true;
        mPanStart = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
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
        viewport()->setCursor(mSpaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        mSpaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        mSpaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}
