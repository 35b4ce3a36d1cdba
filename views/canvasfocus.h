#pragma once

#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QVariantAnimation>

class DiagramView;

// Glides a canvas view to show a scene rectangle: zoom and centre move
// together, eased, so an audience can follow where the camera goes.
class CanvasFocus : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDurationMs = 450;

    explicit CanvasFocus(DiagramView *view, QObject *parent = nullptr);

    // The zoom and centre that show `rect` whole, with `margin` scene units around it.
    void focus(const QRectF &rect, qreal margin, qreal maxZoom);
    void stop() { mMotion.stop(); }
    bool isMoving() const { return mMotion.state() == QAbstractAnimation::Running; }
    qreal targetZoom() const { return mToZoom; }
    QPointF targetCenter() const { return mToCenter; }
    // Jumps to the end of the current glide (tests, reduced motion).
    void finish();

private:
    void apply(qreal t);

    DiagramView *mView;
    QVariantAnimation mMotion;
    qreal mFromZoom = 1, mToZoom = 1;
    QPointF mFromCenter, mToCenter;
};
