#pragma once

#include "canvascolors.h"

#include <QGraphicsObject>

// The invisible parent of a layer of playback marks. It is a QObject so the
// overlay notices (through a QPointer) when the scene deletes its items on a
// rebuild, and it puts the whole layer at one depth among the cards.
class OverlayRoot : public QGraphicsObject
{
    Q_OBJECT

public:
    explicit OverlayRoot(qreal z);

    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

    // The scene's colours for a mark: light and dark themes both read.
    static CanvasColors colorsOf(const QGraphicsItem *item);
};
