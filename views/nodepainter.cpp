#include "nodepainter.h"

#include "canvascolors.h"
#include "nodeicons.h"
#include "nodevisual.h"

#include <QPainter>

namespace {

const QFont &labelFont()
{
    static const QFont f = [] {
        QFont font;
        font.setPointSizeF(9.5);
        font.setBold(true);
        return font;
    }();
    return f;
}

const QFont &smallFont()
{
    static const QFont f = [] {
        QFont font;
        font.setPointSizeF(7.5);
        return font;
    }();
    return f;
}

void paintBadge(QPainter *p, const QRectF &card, const NodeVisual &n, const CanvasColors &c)
{
    if (n.errors == 0 && n.warnings == 0)
        return;
    const QRectF badge(card.right() - 12, card.top() - 9, 22, 18);
    p->setPen(Qt::NoPen);
    p->setBrush(n.errors > 0 ? c.error : c.warning);
    p->drawRoundedRect(badge, 9, 9);
    p->setPen(n.errors > 0 ? Qt::white : QColor(0x20, 0x20, 0x20));
    p->setFont(smallFont());
    // The symbol repeats the colour's meaning for readers who cannot tell them apart.
    p->drawText(badge, Qt::AlignCenter, (n.errors > 0 ? QStringLiteral("!") : QStringLiteral("⚠"))
                                             + QString::number(n.errors + n.warnings));
}

} // namespace

QRectF NodePainter::cardRect()
{
    return {-kWidth / 2, -kHeight / 2, kWidth, kHeight};
}

QRectF NodePainter::bounds()
{
    return cardRect().adjusted(-4, -12, 14, 4);
}

void NodePainter::paint(QPainter *p, const NodeVisual &n, const CanvasColors &c, bool selected)
{
    const QRectF card = cardRect();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(selected ? c.selection : c.cardBorder, selected ? 2.5 : 1.2));
    p->setBrush(c.card);
    p->drawRoundedRect(card, 8, 8);

    const QRectF icon(card.left() + 10, card.top() + 13, 40, 40);
    NodeIcons::paint(p, icon, n.kind);

    const QRectF text(icon.right() + 8, card.top() + 7, card.right() - icon.right() - 14, card.height() - 14);
    p->setPen(c.text);
    p->setFont(labelFont());
    const QFontMetricsF lm(labelFont());
    p->drawText(QRectF(text.left(), text.top(), text.width(), 17), Qt::AlignLeft | Qt::AlignVCenter,
                lm.elidedText(n.label, Qt::ElideRight, text.width()));
    p->setFont(smallFont());
    const QFontMetricsF sm(smallFont());
    p->setPen(c.mutedText);
    p->drawText(QRectF(text.left(), text.top() + 18, text.width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
                sm.elidedText(n.product, Qt::ElideRight, text.width()));
    p->setPen(c.text);
    p->drawText(QRectF(text.left(), text.top() + 33, text.width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
                sm.elidedText(n.settings, Qt::ElideRight, text.width()));
    paintBadge(p, card, n, c);
}
