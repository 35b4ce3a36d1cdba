#include "answermark.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
} // namespace

QColor AnswerMark::color(bool right, const QPalette &palette)
{
    const bool dark = isDark(palette);
    if (right)
        return dark ? QColor(0x6c, 0xd0, 0x7a) : QColor(0x1e, 0x7d, 0x32);
    return dark ? QColor(0xf2, 0x6d, 0x6d) : QColor(0xc6, 0x28, 0x28);
}

QPixmap AnswerMark::pixmap(bool right, int size, const QPalette &palette, qreal devicePixelRatio)
{
    QPixmap pm(QSize(size, size) * devicePixelRatio);
    pm.setDevicePixelRatio(devicePixelRatio);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal d = size;
    p.setPen(Qt::NoPen);
    p.setBrush(color(right, palette));
    p.drawEllipse(QRectF(d * 0.04, d * 0.04, d * 0.92, d * 0.92));
    // Dark marks on the light fills of a dark theme, white on the deep ones.
    p.setPen(QPen(isDark(palette) ? QColor(0x12, 0x14, 0x18) : QColor(Qt::white), d * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    QPainterPath mark;
    if (right) {
        mark.moveTo(d * 0.28, d * 0.52);
        mark.lineTo(d * 0.44, d * 0.68);
        mark.lineTo(d * 0.72, d * 0.34);
    } else {
        mark.moveTo(d * 0.33, d * 0.33);
        mark.lineTo(d * 0.67, d * 0.67);
        mark.moveTo(d * 0.67, d * 0.33);
        mark.lineTo(d * 0.33, d * 0.67);
    }
    p.drawPath(mark);
    return pm;
}

QIcon AnswerMark::icon(bool right, const QPalette &palette)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(pixmap(right, size, palette));
    return icon;
}
