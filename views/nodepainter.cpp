#include "nodepainter.h"

#include "canvascolors.h"
#include "nodeicons.h"
#include "nodevisual.h"
#include "severityglyph.h"

#include <QPainter>
#include <QTextLayout>

namespace {

const QFont &labelFont()
{
    static const QFont f = [] {
        QFont font;
        font.setPointSizeF(9);
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

// One segment per severity present: its shape (circle or triangle) and the
// count, in a pill outlined in the most severe colour, so that neither
// colour nor shape alone carries the meaning.
void paintBadge(QPainter *p, const QRectF &card, const NodeVisual &n, const CanvasColors &c)
{
    if (n.errors == 0 && n.warnings == 0)
        return;
    using SeverityGlyph::Severity;
    const bool dark = c.card.lightness() < 128;
    QList<QPair<Severity, int>> segments;
    if (n.errors > 0)
        segments.append({Severity::Error, n.errors});
    if (n.warnings > 0)
        segments.append({Severity::Warning, n.warnings});
    QFont font = smallFont();
    font.setBold(true);
    const QFontMetricsF fm(font);
    constexpr qreal kGlyph = 12, kPad = 4, kGap = 3, kHeight = 18;
    qreal width = kPad;
    for (const auto &[severity, count] : segments)
        width += kGlyph + 2 + fm.horizontalAdvance(QString::number(count)) + kGap;
    width += kPad - kGap;
    const QRectF badge(card.right() + 10 - width, card.top() - kHeight / 2, width, kHeight);
    p->setPen(QPen(SeverityGlyph::color(segments.first().first, dark), 1.4));
    p->setBrush(c.card);
    p->drawRoundedRect(badge, kHeight / 2, kHeight / 2);
    p->setFont(font);
    qreal x = badge.left() + kPad;
    for (const auto &[severity, count] : segments) {
        SeverityGlyph::paint(p, QRectF(x, badge.center().y() - kGlyph / 2, kGlyph, kGlyph), severity, dark);
        x += kGlyph + 2;
        const QString text = QString::number(count);
        const qreal w = fm.horizontalAdvance(text);
        p->setPen(c.text);
        p->drawText(QRectF(x, badge.top(), w + 1, kHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += w + kGap;
    }
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

namespace {

constexpr qreal kIcon = 36;
constexpr qreal kPad = 10;
constexpr qreal kLabelLine = 15;
constexpr qreal kSmallLine = 13;

qreal textLeft() { return -NodePainter::kWidth / 2 + kPad + kIcon + 8; }
qreal textWidth() { return NodePainter::kWidth / 2 - 8 - textLeft(); }

// Breaks a label over two lines, preferring a natural seam ("IMS Connect HWS1
// (client sign-on)", "IMS SOAP Gateway: RatesService") to a word wrap.
QPair<QString, QString> wrapLabel(const QString &label, const QFontMetricsF &fm, qreal width)
{
    if (fm.horizontalAdvance(label) <= width)
        return {label, QString()};
    for (const QString &seam : {QStringLiteral(" ("), QStringLiteral(": "), QStringLiteral(", ")}) {
        const int at = label.indexOf(seam);
        if (at <= 0)
            continue;
        const int split = seam == QLatin1String(" (") ? at : at + 1;
        const QString first = label.left(split).trimmed();
        const QString rest = label.mid(split).trimmed();
        if (fm.horizontalAdvance(first) <= width && fm.horizontalAdvance(rest) <= width)
            return {first, rest};
    }
    QTextLayout layout(label, labelFont());
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(width);
    const int end = line.textStart() + line.textLength();
    layout.endLayout();
    const QString first = fm.elidedText(label.left(end).trimmed(), Qt::ElideRight, width);
    return {first, fm.elidedText(label.mid(end).trimmed(), Qt::ElideRight, width)};
}

} // namespace

void NodePainter::layout(NodeVisual &n)
{
    const QFontMetricsF lm(labelFont());
    const QFontMetricsF sm(smallFont());
    const qreal w = textWidth();
    std::tie(n.labelLine1, n.labelLine2) = wrapLabel(n.label, lm, w);
    n.productLine = sm.elidedText(n.product, Qt::ElideRight, w);
    n.settingsLine = sm.elidedText(n.settings, Qt::ElideRight, w);
    n.laidOut = true;
}

void NodePainter::paint(QPainter *p, const NodeVisual &n, const CanvasColors &c, bool selected)
{
    if (!n.laidOut) {
        // Exporters may hand in a visual made by hand; lay it out on a copy.
        NodeVisual copy = n;
        layout(copy);
        paint(p, copy, c, selected);
        return;
    }
    const QRectF card = cardRect();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(selected ? c.selection : c.cardBorder, selected ? 2.5 : 1.2));
    p->setBrush(c.card);
    p->drawRoundedRect(card, 8, 8);

    NodeIcons::paint(p, QRectF(card.left() + kPad, -kIcon / 2, kIcon, kIcon), n.kind);

    // The text block is centred vertically: two label lines when the label needs them.
    const int labelLines = n.labelLine2.isEmpty() ? 1 : 2;
    const qreal block = labelLines * kLabelLine + 2 + 2 * kSmallLine;
    const qreal left = textLeft(), width = textWidth();
    qreal y = -block / 2;
    p->setPen(c.text);
    p->setFont(labelFont());
    p->drawText(QRectF(left, y, width, kLabelLine), Qt::AlignLeft | Qt::AlignVCenter, n.labelLine1);
    y += kLabelLine;
    if (labelLines == 2) {
        p->drawText(QRectF(left, y, width, kLabelLine), Qt::AlignLeft | Qt::AlignVCenter, n.labelLine2);
        y += kLabelLine;
    }
    y += 2;
    p->setFont(smallFont());
    p->setPen(c.mutedText);
    p->drawText(QRectF(left, y, width, kSmallLine), Qt::AlignLeft | Qt::AlignVCenter, n.productLine);
    y += kSmallLine;
    p->setPen(c.text);
    p->drawText(QRectF(left, y, width, kSmallLine), Qt::AlignLeft | Qt::AlignVCenter, n.settingsLine);
    paintBadge(p, card, n, c);
}
