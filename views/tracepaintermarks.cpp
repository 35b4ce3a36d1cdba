// TracePainter: the token, the failure ring and the what-if halo.
#include "canvascolors.h"
#include "traceglyphs.h"
#include "tracepainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace {
constexpr qreal kRingGap = 5;
constexpr qreal kHaloGap = 10;
constexpr qreal kTagHeight = 20;
} // namespace

void TracePainter::paintToken(QPainter *p, const QPointF &centre, const CanvasColors &c, bool failed)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QColor fill = failed ? c.error : tokenColor(c);
    QColor glow = fill;
    glow.setAlpha(70);
    p->setPen(Qt::NoPen);
    p->setBrush(glow);
    p->drawEllipse(centre, kTokenRadius + 4, kTokenRadius + 4);
    p->setBrush(fill);
    p->setPen(QPen(c.card, 2));
    p->drawEllipse(centre, kTokenRadius, kTokenRadius);
    const qreal g = kTokenRadius * 1.1;
    const QRectF glyph(centre.x() - g / 2, centre.y() - g / 2, g, g);
    const QColor mark = isDark(c) ? QColor(0x10, 0x14, 0x18) : QColor(Qt::white);
    if (failed)
        TraceGlyphs::result(p, glyph.adjusted(-2, -2, 2, 2), Check::Result::Fail, fill, mark);
    else
        TraceGlyphs::element(p, glyph, Glyph::Person, mark);
    p->restore();
}

QRectF TracePainter::failureTagRect(const QRectF &card, const QString &text)
{
    const qreal w = kTagHeight + QFontMetricsF(boldFont()).horizontalAdvance(text) + 10;
    return {card.center().x() - w / 2, card.bottom() + kRingGap - kTagHeight / 2, w, kTagHeight};
}

void TracePainter::paintFailure(QPainter *p, const QRectF &card, const QString &text, const CanvasColors &c)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRectF ring = card.adjusted(-kRingGap, -kRingGap, kRingGap, kRingGap);
    QColor glow = c.error;
    glow.setAlpha(60);
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(glow, 9));
    p->drawRoundedRect(ring, 12, 12);
    p->setPen(QPen(c.error, 3));
    p->drawRoundedRect(ring, 12, 12);

    const QRectF tag = failureTagRect(card, text);
    p->setPen(Qt::NoPen);
    p->setBrush(c.error);
    p->drawRoundedRect(tag, kTagHeight / 2, kTagHeight / 2);
    const QColor ink = isDark(c) ? QColor(0x1b, 0x1f, 0x24) : QColor(Qt::white);
    TraceGlyphs::result(p, QRectF(tag.left() + 3, tag.top() + 3, kTagHeight - 6, kTagHeight - 6), Check::Result::Fail,
                        ink, c.error);
    p->setFont(boldFont());
    p->setPen(ink);
    p->drawText(tag.adjusted(kTagHeight, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
    p->restore();
}

QRectF TracePainter::changedHaloBounds(const QRectF &card)
{
    const QRectF halo = card.adjusted(-kHaloGap, -kHaloGap, kHaloGap, kHaloGap);
    return halo.adjusted(-2, -16, 2, 2);
}

void TracePainter::paintChangedHalo(QPainter *p, const QRectF &card, const CanvasColors &c)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QColor violet = changedColor(c);
    const QRectF halo = card.adjusted(-kHaloGap, -kHaloGap, kHaloGap, kHaloGap);
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(violet, 2, Qt::DashLine));
    p->drawRoundedRect(halo, 14, 14);
    const QString text = QCoreApplication::translate("TracePainter", "changed");
    const QFontMetricsF fm(boldFont());
    const QRectF label(halo.left() + 12, halo.top() - 8, fm.horizontalAdvance(text) + 12, 16);
    p->setPen(QPen(violet, 1.2));
    p->setBrush(c.card);
    p->drawRoundedRect(label, 8, 8);
    p->setFont(boldFont());
    p->setPen(violet);
    p->drawText(label, Qt::AlignCenter, text);
    p->restore();
}
