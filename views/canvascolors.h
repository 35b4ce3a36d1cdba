#pragma once

#include <QColor>
#include <QPalette>

// Canvas colours derived from the application palette, so light and dark
// themes both read well. Check colours are never the only signal: every mark
// also has an icon or text.
struct CanvasColors
{
    QColor background;
    QColor grid;
    QColor card;
    QColor cardBorder;
    QColor text;
    QColor mutedText;
    QColor selection;
    QColor link;
    QColor imageFill;
    QColor imageBorder;
    QColor imageTitle;  // text on the frame's title bar
    QColor secure;    // TLS
    QColor insecure;  // cleartext
    QColor error;
    QColor warning;

    static CanvasColors from(const QPalette &palette);
    static bool isDark(const QPalette &palette);
};
