#include "playbackicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

QPainterPath triangle(qreal left, qreal right, qreal top, qreal bottom)
{
    QPainterPath p;
    p.moveTo(left, top);
    p.lineTo(right, (top + bottom) / 2);
    p.lineTo(left, bottom);
    p.closeSubpath();
    return p;
}

// On a 24-unit square.
void draw(QPainter *p, PlaybackIcons::Icon icon, const QColor &c)
{
    using Icon = PlaybackIcons::Icon;
    p->setPen(Qt::NoPen);
    p->setBrush(c);
    switch (icon) {
    case Icon::Play:
        p->drawPath(triangle(7, 19, 4, 20));
        break;
    case Icon::Pause:
        p->drawRoundedRect(QRectF(6, 4, 4.5, 16), 1, 1);
        p->drawRoundedRect(QRectF(13.5, 4, 4.5, 16), 1, 1);
        break;
    case Icon::Forward:
        p->drawPath(triangle(4, 13, 6, 18));
        p->drawPath(triangle(12, 21, 6, 18));
        break;
    case Icon::Back:
        p->translate(24, 0);
        p->scale(-1, 1);
        draw(p, Icon::Forward, c);
        break;
    case Icon::End:
        p->drawPath(triangle(5, 16, 5, 19));
        p->drawRect(QRectF(16, 5, 3, 14));
        break;
    case Icon::Start:
        p->translate(24, 0);
        p->scale(-1, 1);
        draw(p, Icon::End, c);
        break;
    case Icon::Loop: {
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(c, 2.4, Qt::SolidLine, Qt::RoundCap));
        p->drawArc(QRectF(4, 5, 16, 14), 30 * 16, 300 * 16);
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        QPainterPath head;
        head.moveTo(21.5, 4);
        head.lineTo(21.5, 11.5);
        head.lineTo(14.5, 9);
        head.closeSubpath();
        p->drawPath(head);
        break;
    }
    case Icon::Run:
        p->drawEllipse(QRectF(2, 2, 20, 20));
        p->setBrush(Qt::white);
        p->drawPath(triangle(9.5, 17.5, 7, 17));
        break;
    }
}

} // namespace

QIcon PlaybackIcons::icon(Icon icon, const QColor &color)
{
    QIcon result;
    for (int size : {16, 20, 24, 32, 48}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 24.0, size / 24.0);
        draw(&p, icon, color);
        p.end();
        result.addPixmap(pm);
    }
    return result;
}
