#include "outcomeglyph.h"

#include "canvascolors.h"
#include "traceglyphs.h"

#include <QPainter>
#include <QPalette>
#include <QPixmap>

QIcon OutcomeGlyph::icon(bool accepted, bool dark)
{
    QPalette palette;
    palette.setColor(QPalette::Window, dark ? Qt::black : Qt::white);
    const CanvasColors colors = CanvasColors::from(palette);
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal m = size / 16.0;
        TraceGlyphs::result(&p, QRectF(m, m, size - 2 * m, size - 2 * m),
                            accepted ? Check::Result::Pass : Check::Result::Fail,
                            accepted ? colors.secure : colors.error, dark ? colors.background : Qt::white);
        icon.addPixmap(pixmap);
    }
    return icon;
}
