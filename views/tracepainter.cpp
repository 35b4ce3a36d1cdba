#include "tracepainter.h"

#include "canvascolors.h"
#include "traceglyphs.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace {

constexpr qreal kPillHeight = 18;
constexpr qreal kPad = 6;
constexpr qreal kGlyph = 11;
constexpr qreal kGap = 4;
constexpr qreal kMarker = 9;  // the "+" of an element that appeared

QString tr(const char *text)
{
    return QCoreApplication::translate("TracePainter", text);
}

QString labelPart(const IdentityBadge &b)
{
    return b.label();
}

QString valuePart(const IdentityBadge &b)
{
    switch (b.change) {
    case IdentityBadge::Change::Changed:
        return b.previous + QStringLiteral(" → ") + b.value;
    case IdentityBadge::Change::Vanished:
        return b.previous;
    default:
        return b.value;
    }
}

QColor borderOf(const IdentityBadge &b, const CanvasColors &c)
{
    switch (b.change) {
    case IdentityBadge::Change::Appeared:
        return c.secure;
    case IdentityBadge::Change::Changed:
        return c.warning;
    case IdentityBadge::Change::Vanished:
        return c.mutedText;
    case IdentityBadge::Change::Kept:
        break;
    }
    return c.cardBorder;
}

} // namespace

bool TracePainter::isDark(const CanvasColors &c)
{
    return c.background.lightness() < 128;
}

QColor TracePainter::resultColor(Check::Result r, const CanvasColors &c)
{
    switch (r) {
    case Check::Result::Pass:
        return c.secure;
    case Check::Result::Fail:
        return c.error;
    case Check::Result::Bypass:
        return isDark(c) ? QColor(0xf2, 0xc1, 0x4e) : QColor(0xe0, 0x9a, 0x00);
    case Check::Result::Skip:
        return c.mutedText;
    case Check::Result::Info:
        break;
    }
    return isDark(c) ? QColor(0x6a, 0xa8, 0xf0) : QColor(0x1f, 0x66, 0xb5);
}

QColor TracePainter::changedColor(const CanvasColors &c)
{
    return isDark(c) ? QColor(0xd0, 0x8c, 0xff) : QColor(0x8e, 0x24, 0xaa);
}

QColor TracePainter::tokenColor(const CanvasColors &c)
{
    return isDark(c) ? QColor(0x4d, 0xa3, 0xff) : QColor(0x15, 0x65, 0xc0);
}

QFont TracePainter::font()
{
    QFont f;
    f.setPointSizeF(8);
    return f;
}

QFont TracePainter::boldFont()
{
    QFont f = font();
    f.setBold(true);
    return f;
}

QString TracePainter::resultWord(Check::Result r)
{
    switch (r) {
    case Check::Result::Pass:
        return tr("pass");
    case Check::Result::Fail:
        return tr("fail");
    case Check::Result::Bypass:
        return tr("bypass");
    case Check::Result::Skip:
        return tr("skip");
    case Check::Result::Info:
        break;
    }
    return tr("info");
}

QString TracePainter::checkText(const Check &check)
{
    return check.rule + QLatin1Char(' ') + resultWord(check.result);
}

QString TracePainter::badgeText(const IdentityBadge &b)
{
    const QString value = valuePart(b);
    return value.isEmpty() ? labelPart(b) : labelPart(b) + QLatin1Char(' ') + value;
}

QString TracePainter::failureText(const QString &rule, bool rejected)
{
    return (rejected ? tr("Rejected: %1") : tr("Check failed: %1")).arg(rule);
}

TracePainter::Glyph TracePainter::glyphOf(Identity::Element e)
{
    switch (e) {
    case Identity::Userid:
    case Identity::Pstusid:
    case Identity::Netuid:
        return Glyph::Person;
    case Identity::Group:
        return Glyph::Group;
    case Identity::Password:
    case Identity::Passticket:
    case Identity::Untp:
        return Glyph::Key;
    case Identity::Trusted:
    case Identity::Netsid:
        return Glyph::Trust;
    default:
        return Glyph::Token;
    }
}

QSizeF TracePainter::badgeSize(const IdentityBadge &b)
{
    const QFontMetricsF bold(boldFont());
    const QFontMetricsF normal(font());
    const QString value = valuePart(b);
    qreal w = kPad + kGlyph + kGap + bold.horizontalAdvance(labelPart(b)) + kPad;
    if (!value.isEmpty())
        w += kGap + normal.horizontalAdvance(value);
    if (b.change == IdentityBadge::Change::Appeared)
        w += kMarker + kGap;
    return {w, kPillHeight};
}

void TracePainter::paintBadge(QPainter *p, const QRectF &rect, const IdentityBadge &b, const CanvasColors &c, qreal t)
{
    t = qBound(0.0, t, 1.0);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QRectF r = rect;
    const bool vanished = b.change == IdentityBadge::Change::Vanished;
    if (b.change == IdentityBadge::Change::Appeared) {
        p->setOpacity(p->opacity() * t);
        const qreal s = 0.7 + 0.3 * t;
        p->translate(r.center());
        p->scale(s, s);
        p->translate(-r.center());
    } else if (vanished) {
        p->setOpacity(p->opacity() * (1.0 - 0.45 * t));
    }
    QPen border(borderOf(b, c), b.change == IdentityBadge::Change::Kept ? 1.0 : 1.6);
    if (vanished)
        border.setStyle(Qt::DashLine);
    p->setPen(border);
    p->setBrush(c.card);
    p->drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), r.height() / 2, r.height() / 2);

    qreal x = r.left() + kPad;
    if (b.change == IdentityBadge::Change::Appeared) {
        const QRectF m(x, r.center().y() - kMarker / 2, kMarker, kMarker);
        p->setPen(QPen(c.secure, 1.8, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(QPointF(m.center().x(), m.top() + 1), QPointF(m.center().x(), m.bottom() - 1));
        p->drawLine(QPointF(m.left() + 1, m.center().y()), QPointF(m.right() - 1, m.center().y()));
        x += kMarker + kGap;
    }
    const QColor ink = vanished ? c.mutedText : c.text;
    TraceGlyphs::element(p, QRectF(x, r.center().y() - kGlyph / 2, kGlyph, kGlyph), glyphOf(b.element), ink);
    x += kGlyph + kGap;
    const QString label = labelPart(b);
    const qreal labelWidth = QFontMetricsF(boldFont()).horizontalAdvance(label);
    p->setFont(boldFont());
    p->setPen(vanished ? c.mutedText : c.mutedText);
    p->drawText(QRectF(x, r.top(), labelWidth + 1, r.height()), Qt::AlignLeft | Qt::AlignVCenter, label);
    const qreal textStart = x;
    x += labelWidth;
    const QString value = valuePart(b);
    if (!value.isEmpty()) {
        x += kGap;
        p->setFont(font());
        p->setPen(ink);
        p->drawText(QRectF(x, r.top(), r.right() - x, r.height()), Qt::AlignLeft | Qt::AlignVCenter, value);
        x += QFontMetricsF(font()).horizontalAdvance(value);
    }
    if (vanished) {
        // Struck through as it goes, so it reads as dropped without colour.
        p->setPen(QPen(ink, 1.3));
        p->drawLine(QPointF(textStart - 1, r.center().y()), QPointF(textStart - 1 + (x - textStart + 2) * t, r.center().y()));
    }
    p->restore();
}

qreal TracePainter::checkRowWidth(const Check &check)
{
    // Measured in the font paintCheckRow uses: a failing check is bold, and wider.
    QFont f = font();
    f.setBold(check.result == Check::Result::Fail);
    return kCheckRowHeight + 4 + QFontMetricsF(f).horizontalAdvance(checkText(check)) + 4;
}

void TracePainter::paintResultGlyph(QPainter *p, const QRectF &r, Check::Result result, const CanvasColors &c)
{
    const bool darkMark = isDark(c) || result == Check::Result::Bypass;
    TraceGlyphs::result(p, r, result, resultColor(result, c), darkMark ? QColor(0x1b, 0x1f, 0x24) : QColor(Qt::white));
}

void TracePainter::paintCheckRow(QPainter *p, const QRectF &r, const Check &check, const CanvasColors &c)
{
    const qreal g = r.height() - 4;
    paintResultGlyph(p, QRectF(r.left() + 2, r.top() + 2, g, g), check.result, c);
    p->save();
    QFont f = font();
    f.setBold(check.result == Check::Result::Fail);
    p->setFont(f);
    p->setPen(check.result == Check::Result::Fail ? c.error : c.text);
    p->drawText(r.adjusted(g + 6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, checkText(check));
    p->restore();
}
