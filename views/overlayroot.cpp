#include "overlayroot.h"

#include "diagramscene.h"

#include <QApplication>

OverlayRoot::OverlayRoot(qreal z)
{
    setFlag(ItemHasNoContents);
    setZValue(z);
}

CanvasColors OverlayRoot::colorsOf(const QGraphicsItem *item)
{
    if (auto *scene = qobject_cast<DiagramScene *>(item->scene()))
        return scene->colors();
    return CanvasColors::from(QApplication::palette());
}
