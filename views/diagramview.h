#pragma once

#include <QGraphicsView>

// The canvas viewport: wheel and pinch zoom, panning with the middle button
// or space + drag, fit to contents.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal zoom);

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

private:
    static constexpr qreal kStep = 1.2;
    static constexpr qreal kMin = 0.1;
    static constexpr qreal kMax = 4.0;

    bool mPanning = false;
    bool mSpaceHeld = false;
    QPoint mPanStart;
};
