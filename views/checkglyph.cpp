#include "checkglyph.h"

#include "canvascolors.h"
#include "tracepainter.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

QString CheckGlyph::word(Check::Result r)
{
    switch (r) {
    case Check::Result::Pass: return QCoreApplication::translate("CheckGlyph", "Pass");
    case Check::Result::Fail: return QCoreApplication::translate("CheckGlyph", "Fail");
    case Check::Result::Bypass: return QCoreApplication::translate("CheckGlyph", "Bypass");
    case Check::Result::Skip: return QCoreApplication::translate("CheckGlyph", "Skip");
    case Check::Result::Info: break;
    }
    return QCoreApplication::translate("CheckGlyph", "Info");
}

QIcon CheckGlyph::icon(Check::Result r, const QPalette &palette)
{
    static QHash<int, QIcon> cache;
    const bool dark = CanvasColors::isDark(palette);
    const int key = int(r) * 2 + (dark ? 1 : 0);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    const CanvasColors colors = CanvasColors::from(palette);
    QIcon icon;
    for (int size : {16, 20, 24, 32}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        painter.setRenderHint(QPainter::Antialiasing);
        TracePainter::paintResultGlyph(&painter, QRectF(1, 1, size - 2, size - 2), r, colors);
        painter.end();
        icon.addPixmap(pm);
    }
    cache.insert(key, icon);
    return icon;
}
