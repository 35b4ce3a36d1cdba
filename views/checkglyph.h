#pragma once

#include "check.h"

#include <QIcon>
#include <QPalette>
#include <QString>

// A check's result for lists and tables: the word, and an icon with the same
// glyph and colour as the canvas marks (TracePainter), so the mark carries the
// meaning and colour is never the only signal.
namespace CheckGlyph {
QString word(Check::Result result);  // "Pass", "Fail", "Bypass", "Skip", "Info"
QIcon icon(Check::Result result, const QPalette &palette);
} // namespace CheckGlyph
