#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QPainter;
class QRectF;

// The marks of a finding's severity: a circle with "!" for an error, a
// triangle with "!" for a warning, a circle with "i" for information. The
// shape carries the meaning, so colour is never the only signal. Stateless,
// shared by the findings panel and the canvas badges.
namespace SeverityGlyph {
enum class Severity { Error, Warning, Info };

Severity fromString(const QString &severity);  // "error", "warning", anything else: Info
QString word(Severity severity);                // "Error", "Warning", "Info"
int rank(Severity severity);                    // 0 for errors: most severe sorts first
QColor color(Severity severity, bool dark);
void paint(QPainter *painter, const QRectF &rect, Severity severity, bool dark);
QIcon icon(Severity severity, bool dark);
} // namespace SeverityGlyph
