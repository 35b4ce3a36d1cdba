#pragma once

#include <QRectF>

class QPainter;
struct CanvasColors;
struct NodeVisual;

// Paints a node card: icon, label (two lines when needed), product name and
// key settings, with a findings badge. Stateless, shared by the canvas and
// every exporter. The text is laid out once per change (layout()), so
// painting a card allocates nothing.
namespace NodePainter {
constexpr qreal kWidth = 212;
constexpr qreal kHeight = 76;
QRectF bounds();  // centred on (0, 0), badge included
QRectF cardRect();
void layout(NodeVisual &node);
void paint(QPainter *painter, const NodeVisual &node, const CanvasColors &colors, bool selected);
} // namespace NodePainter
