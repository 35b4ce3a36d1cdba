#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

// The mark beside a lesson answer: a green circle with a tick for right, a
// red circle with a cross for wrong. The shape carries the meaning, the
// colour only supports it, and the text beside it always says it too.
namespace AnswerMark {
QColor color(bool right, const QPalette &palette);
QPixmap pixmap(bool right, int size, const QPalette &palette, qreal devicePixelRatio = 1.0);
QIcon icon(bool right, const QPalette &palette);
} // namespace AnswerMark
