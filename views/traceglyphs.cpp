#include "traceglyphs.h"

#include <QPainter>
#include <QPainterPath>

namespace {

void person(QPainter *p, const QRectF &r, const QColor &c, qreal dx = 0, qreal scale = 1.0)
{
    const qreal w = r.width() * scale;
    const QPointF head(r.center().x() + dx, r.top() + w * 0.3);
    p->setBrush(c);
    p->setPen(Qt::NoPen);
    p->drawEllipse(head, w * 0.2, w * 0.2);
    QPainterPath body;
    const qreal bw = w * 0.36;
    const qreal top = r.top() + w * 0.56;
    body.moveTo(head.x() - bw, r.bottom());
    body.cubicTo(head.x() - bw, top, head.x() + bw, top, head.x() + bw, r.bottom());
    body.closeSubpath();
    p->drawPath(body);
}

void key(QPainter *p, const QRectF &r, const QColor &c)
{
    const qreal s = r.width();
    const QPointF ring(r.left() + s * 0.3, r.center().y());
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(c, s * 0.13));
    p->drawEllipse(ring, s * 0.2, s * 0.2);
    const qreal y = ring.y();
    p->drawLine(QPointF(ring.x() + s * 0.2, y), QPointF(r.right(), y));
    p->drawLine(QPointF(r.right() - s * 0.08, y), QPointF(r.right() - s * 0.08, y + s * 0.22));
    p->drawLine(QPointF(r.right() - s * 0.28, y), QPointF(r.right() - s * 0.28, y + s * 0.18));
}

void token(QPainter *p, const QRectF &r, const QColor &c)
{
    const QRectF card = r.adjusted(0, r.height() * 0.15, 0, -r.height() * 0.15);
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(c, r.width() * 0.11));
    p->drawRoundedRect(card, r.width() * 0.12, r.width() * 0.12);
    p->setBrush(c);
    p->setPen(Qt::NoPen);
    p->drawEllipse(QPointF(card.left() + card.width() * 0.3, card.center().y()), card.height() * 0.18, card.height() * 0.18);
    p->drawRect(QRectF(card.left() + card.width() * 0.52, card.center().y() - card.height() * 0.16, card.width() * 0.32,
                       card.height() * 0.1));
    p->drawRect(QRectF(card.left() + card.width() * 0.52, card.center().y() + card.height() * 0.06, card.width() * 0.24,
                       card.height() * 0.1));
}

void shield(QPainter *p, const QRectF &r, const QColor &c)
{
    QPainterPath path;
    const qreal w = r.width();
    path.moveTo(r.center().x(), r.top());
    path.lineTo(r.right() - w * 0.08, r.top() + w * 0.18);
    path.cubicTo(r.right() - w * 0.08, r.top() + w * 0.65, r.center().x() + w * 0.2, r.bottom() - w * 0.1, r.center().x(),
                 r.bottom());
    path.cubicTo(r.center().x() - w * 0.2, r.bottom() - w * 0.1, r.left() + w * 0.08, r.top() + w * 0.65,
                 r.left() + w * 0.08, r.top() + w * 0.18);
    path.closeSubpath();
    p->setBrush(c);
    p->setPen(Qt::NoPen);
    p->drawPath(path);
}

} // namespace

void TraceGlyphs::element(QPainter *p, const QRectF &r, TracePainter::Glyph glyph, const QColor &c)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    switch (glyph) {
    case TracePainter::Glyph::Person:
        person(p, r, c);
        break;
    case TracePainter::Glyph::Group:
        person(p, r, c, -r.width() * 0.22, 0.8);
        person(p, r, c, r.width() * 0.22, 0.8);
        break;
    case TracePainter::Glyph::Key:
        key(p, r, c);
        break;
    case TracePainter::Glyph::Token:
        token(p, r, c);
        break;
    case TracePainter::Glyph::Trust:
        shield(p, r, c);
        break;
    }
    p->restore();
}

void TraceGlyphs::result(QPainter *p, const QRectF &r, Check::Result result, const QColor &fill, const QColor &mark)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    p->drawEllipse(r);
    const qreal s = r.width();
    const QPointF c = r.center();
    QPen pen(mark, s * 0.14, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    switch (result) {
    case Check::Result::Pass: {
        QPainterPath tick;
        tick.moveTo(c.x() - s * 0.24, c.y() + s * 0.02);
        tick.lineTo(c.x() - s * 0.06, c.y() + s * 0.2);
        tick.lineTo(c.x() + s * 0.25, c.y() - s * 0.18);
        p->drawPath(tick);
        break;
    }
    case Check::Result::Fail:
        p->drawLine(QPointF(c.x() - s * 0.2, c.y() - s * 0.2), QPointF(c.x() + s * 0.2, c.y() + s * 0.2));
        p->drawLine(QPointF(c.x() - s * 0.2, c.y() + s * 0.2), QPointF(c.x() + s * 0.2, c.y() - s * 0.2));
        break;
    case Check::Result::Bypass: {
        // An arrow curving over: the check was stepped round, not passed.
        QPainterPath arc;
        arc.moveTo(c.x() - s * 0.26, c.y() + s * 0.18);
        arc.cubicTo(c.x() - s * 0.26, c.y() - s * 0.3, c.x() + s * 0.22, c.y() - s * 0.3, c.x() + s * 0.22, c.y() + s * 0.08);
        p->drawPath(arc);
        QPainterPath head;
        head.moveTo(c.x() + s * 0.08, c.y() - s * 0.02);
        head.lineTo(c.x() + s * 0.22, c.y() + s * 0.16);
        head.lineTo(c.x() + s * 0.34, c.y() - s * 0.02);
        p->drawPath(head);
        break;
    }
    case Check::Result::Skip:
        p->drawLine(QPointF(c.x() - s * 0.22, c.y()), QPointF(c.x() + s * 0.22, c.y()));
        break;
    case Check::Result::Info:
        p->setPen(Qt::NoPen);
        p->setBrush(mark);
        p->drawEllipse(QPointF(c.x(), c.y() - s * 0.22), s * 0.08, s * 0.08);
        p->drawRoundedRect(QRectF(c.x() - s * 0.07, c.y() - s * 0.08, s * 0.14, s * 0.36), s * 0.04, s * 0.04);
        break;
    }
    p->restore();
}
