#pragma once

#include "check.h"
#include "tracepainter.h"

#include <QColor>
#include <QRectF>

class QPainter;

// The small shapes inside playback marks, drawn with paths rather than font
// characters so they look the same on every system and in every exporter.
namespace TraceGlyphs {
// What an identity element stands for: a person, a group, a secret, a token, trust.
void element(QPainter *painter, const QRectF &rect, TracePainter::Glyph glyph, const QColor &color);
// A check's result in a filled disc: tick, cross, curved arrow, dash or "i".
void result(QPainter *painter, const QRectF &rect, Check::Result result, const QColor &fill, const QColor &mark);
} // namespace TraceGlyphs
