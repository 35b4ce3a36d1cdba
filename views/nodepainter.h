#pragma once

#include <QRectF>

class QPainter;
struct CanvasColors;
struct NodeVisual;

// Paints a node card: icon, label, product name and key settings, with a
// findings badge. Stateless, shared by the canvas and every exporter.
namespace NodePainter {
constexpr qreal kWidth = 196;
constexpr qreal kHeight = 66;
QRectF bounds();  // centred on (0, 0), badge included
QRectF cardRect();
void paint(QPainter *painter, const NodeVisual &node, const CanvasColors &colors, bool selected);
} // namespace NodePainter
