#pragma once

#include <QIcon>
#include <QPixmap>
#include <QString>

class QPainter;
class QRectF;

// The vector icons of SecFlow (resources/icons/*.svg), rendered crisply at
// any size and cached per size. Shared by the canvas, the palette and every
// exporter so they cannot drift apart.
namespace NodeIcons {
// Icon name for a node kind ("ims_connect") or a glyph ("lock", "lock-open").
void paint(QPainter *painter, const QRectF &rect, const QString &name);
QPixmap pixmap(const QString &name, int size, qreal devicePixelRatio = 1.0);
QIcon icon(const QString &name);
bool exists(const QString &name);
} // namespace NodeIcons
