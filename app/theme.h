#pragma once

#include <QPalette>
#include <QString>

// The application's colours: the platform's own, or SecFlow's light or dark
// palette. Applying one reaches every window at once (QApplication::setPalette);
// the canvas follows through MainWindow::changeEvent.
namespace Theme {
enum class Mode { System, Light, Dark };

// Call once at start-up, before any palette is set, to remember the platform's.
void captureSystemPalette();
QPalette palette(Mode mode);
void apply(Mode mode);
Mode current();

QString toString(Mode mode);
Mode fromString(const QString &text);  // unknown text: System
} // namespace Theme
