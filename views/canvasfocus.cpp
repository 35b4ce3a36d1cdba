#include "canvasfocus.h"

#include "diagramview.h"

#include <QEasingCurve>
#include <cmath>

CanvasFocus::CanvasFocus(DiagramView *view, QObject *parent) : QObject(parent), mView(view)
{
    mMotion.setStartValue(0.0);
    mMotion.setEndValue(1.0);
    mMotion.setDuration(kDurationMs);
    mMotion.setEasingCurve(QEasingCurve::InOutCubic);
    connect(&mMotion, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) { apply(v.toReal()); });
}

void CanvasFocus::focus(const QRectF &rect, qreal margin, qreal maxZoom)
{
    if (rect.isEmpty())
        return;
    const QRectF r = rect.adjusted(-margin, -margin, margin, margin);
    const QSizeF port = mView->viewport()->size();
    mMotion.stop();
    mFromZoom = mView->zoom();
    mFromCenter = mView->mapToScene(mView->viewport()->rect().center());
    mToZoom = qBound(0.1, std::min(port.width() / r.width(), port.height() / r.height()), maxZoom);
    mToCenter = r.center();
    mMotion.start();
}

void CanvasFocus::finish()
{
    if (!isMoving())
        return;
    mMotion.stop();
    apply(1.0);
}

void CanvasFocus::apply(qreal t)
{
    // Zoom moves geometrically so near and far zooms feel the same speed.
    const qreal zoom = mFromZoom * std::pow(mToZoom / mFromZoom, t);
    mView->setZoom(zoom);
    mView->centerOn(mFromCenter + (mToCenter - mFromCenter) * t);
}
