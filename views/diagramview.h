#pragma once

#include <QGraphicsView>

// The canvas viewport: wheel and pinch zoom about the pointer, panning with
// the middle button or space + drag, fit to contents.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal zoom);  // about the centre of the view
    void zoomAt(qreal zoom, const QPointF &viewportPos);
    bool isPanning() const { return mPanning; }
    bool isSpaceHeld() const { return mSpaceHeld; }

public slots:
    void zoomIn() { setZoom(zoom() * kStep); }
    void zoomOut() { setZoom(zoom() / kStep); }
    void resetZoom() { setZoom(1.0); }
    void fitToContents();
    void centerOnItem(const QString &id);

signals:
    void zoomChanged(qreal zoom);

protected:
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void startPan(const QPoint &pos);

    static constexpr qreal kStep = 1.2;
    static constexpr qreal kMin = 0.1;
    static constexpr qreal kMax = 4.0;
    static constexpr qreal kMaxFit = 1.25;  // fitting a small drawing does not blow it up

    bool mPanning = false;
    bool mSpaceHeld = false;
    QPoint mPanStart;
};
