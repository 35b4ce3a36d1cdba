#include "pathchips.h"

#include "nodeicons.h"
#include "topologydata.h"

#include <QAccessible>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int kPad = 6;      // inside a chip
constexpr int kArrow = 22;   // room for the arrow between chips
constexpr int kGap = 4;      // between lines
} // namespace

PathChips::PathChips(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void PathChips::setPath(const QStringList &path, const TopologyData &topology, Style style)
{
    mPath = path;
    mStyle = style;
    mChips.clear();
    for (const QString &id : path) {
        const Node *n = topology.node(id);
        mChips.append({id, n ? n->kind : QString(), n != nullptr});
    }
    setAccessibleName(tr("Path: %1").arg(text()));
    updateGeometry();
    update();
}

QString PathChips::text() const { return mPath.join(QStringLiteral(" \u2192 ")); }

int PathChips::chipWidth(const Chip &chip) const
{
    const int icon = fontMetrics().height();
    return kPad + icon + 4 + fontMetrics().horizontalAdvance(chip.id) + kPad;
}

QList<QRect> PathChips::layout(int width) const
{
    QList<QRect> rects;
    const int h = fontMetrics().height() + 8;
    int x = 0, y = 0;
    for (const Chip &c : mChips) {
        const int w = chipWidth(c);
        if (x > 0 && x + w > width) {
            x = kArrow;  // a continued line starts with the arrow from the line before
            y += h + kGap;
        }
        rects.append(QRect(x, y, w, h));
        x += w + kArrow;
    }
    return rects;
}

int PathChips::heightForWidth(int width) const
{
    const QList<QRect> rects = layout(width);
    const int h = fontMetrics().height() + 8;
    return rects.isEmpty() ? h : rects.last().bottom() + 1;
}

QSize PathChips::sizeHint() const
{
    int w = 0;
    for (const Chip &c : mChips)
        w += chipWidth(c) + kArrow;
    return {qMax(120, w - kArrow), heightForWidth(qMax(120, w))};
}

QSize PathChips::minimumSizeHint() const { return {120, fontMetrics().height() + 8}; }

void PathChips::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    if (mChips.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter,
                   mStyle == Style::Picking ? tr("Click the first node on the canvas") : tr("No path"));
        return;
    }
    const QList<QRect> rects = layout(width());
    const int icon = fontMetrics().height();
    const QColor accent = pal.color(QPalette::Highlight);
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const Chip &c = mChips.at(i);
        const QRectF r = QRectF(rects.at(i)).adjusted(0.5, 0.5, -0.5, -0.5);
        QPen border(mStyle == Style::Saved ? pal.color(QPalette::Mid) : accent, mStyle == Style::Saved ? 1 : 1.6);
        if (mStyle == Style::Proposed)
            border.setStyle(Qt::DashLine);
        p.setPen(border);
        p.setBrush(pal.color(QPalette::Base));
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
        const QRect iconRect(rects.at(i).left() + kPad, rects.at(i).center().y() - icon / 2, icon, icon);
        if (!c.kind.isEmpty())
            NodeIcons::paint(&p, iconRect, c.kind);
        QFont f = font();
        f.setStrikeOut(!c.exists);
        p.setFont(f);
        p.setPen(c.exists ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
        p.drawText(rects.at(i).adjusted(kPad + icon + 4, 0, -kPad, 0), Qt::AlignLeft | Qt::AlignVCenter, c.id);
        // The arrow to the next chip, before it on its own line.
        if (i + 1 < rects.size()) {
            const QRect &next = rects.at(i + 1);
            const qreal y = next.center().y() + 0.5;
            const qreal x1 = next.left() - 5, x0 = next.left() - kArrow + 5;
            p.setPen(QPen(pal.color(QPalette::Text), 1.4));
            p.drawLine(QPointF(x0, y), QPointF(x1, y));
            QPainterPath head;
            head.moveTo(x1, y);
            head.lineTo(x1 - 5, y - 3.5);
            head.lineTo(x1 - 5, y + 3.5);
            head.closeSubpath();
            p.setBrush(pal.color(QPalette::Text));
            p.drawPath(head);
        }
    }
}
