#include "severityglyph.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

// Close to CanvasColors' error and warning, with an amber light enough to
// carry a dark mark; information gets a blue that reads on both backgrounds.
QColor fill(SeverityGlyph::Severity s, bool dark)
{
    switch (s) {
    case SeverityGlyph::Severity::Error:
        return dark ? QColor(0xf2, 0x6d, 0x6d) : QColor(0xc6, 0x28, 0x28);
    case SeverityGlyph::Severity::Warning:
        return dark ? QColor(0xf2, 0xc1, 0x4e) : QColor(0xe0, 0x9a, 0x00);
    case SeverityGlyph::Severity::Info:
        break;
    }
    return dark ? QColor(0x6a, 0xa8, 0xf0) : QColor(0x1f, 0x66, 0xb5);
}

// The mark inside the shape: dark on the light fills of the dark theme and on amber.
QColor markColor(SeverityGlyph::Severity s, bool dark)
{
    return dark || s == SeverityGlyph::Severity::Warning ? QColor(0x1b, 0x1f, 0x24) : QColor(Qt::white);
}

} // namespace

SeverityGlyph::Severity SeverityGlyph::fromString(const QString &severity)
{
    if (severity == QLatin1String("error"))
        return Severity::Error;
    if (severity == QLatin1String("warning"))
        return Severity::Warning;
    return Severity::Info;
}

QString SeverityGlyph::word(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QCoreApplication::translate("SeverityGlyph", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("SeverityGlyph", "Warning");
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("SeverityGlyph", "Info");
}

int SeverityGlyph::rank(Severity s) { return int(s); }

QColor SeverityGlyph::color(Severity s, bool dark) { return fill(s, dark); }

void SeverityGlyph::paint(QPainter *p, const QRectF &rect, Severity s, bool dark)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal d = qMin(rect.width(), rect.height());
    const QRectF r(rect.center().x() - d / 2, rect.center().y() - d / 2, d, d);
    p->setPen(Qt::NoPen);
    p->setBrush(fill(s, dark));
    qreal markTop = r.top() + d * 0.22, markBottom = r.bottom() - d * 0.22;
    if (s == Severity::Warning) {
        QPainterPath triangle;
        triangle.moveTo(r.center().x(), r.top() + d * 0.04);
        triangle.lineTo(r.right() - d * 0.02, r.bottom() - d * 0.06);
        triangle.lineTo(r.left() + d * 0.02, r.bottom() - d * 0.06);
        triangle.closeSubpath();
        p->setPen(QPen(fill(s, dark), d * 0.08, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->drawPath(triangle);
        markTop = r.top() + d * 0.34;
        markBottom = r.bottom() - d * 0.16;
    } else {
        p->drawEllipse(r);
    }
    // The "!" and "i" are drawn, not typed, so they stay centred at every size and font.
    const qreal stroke = qMax(1.2, d * 0.14);
    const qreal x = r.center().x();
    const qreal dot = markBottom - stroke * 0.5;
    p->setPen(QPen(markColor(s, dark), stroke, Qt::SolidLine, Qt::RoundCap));
    if (s == Severity::Info) {
        p->drawPoint(QPointF(x, markTop + stroke * 0.5));
        p->drawLine(QPointF(x, markTop + stroke * 2.0), QPointF(x, markBottom));
    } else {
        p->drawLine(QPointF(x, markTop + stroke * 0.5), QPointF(x, dot - stroke * 1.6));
        p->drawPoint(QPointF(x, dot));
    }
    p->restore();
}

QIcon SeverityGlyph::icon(Severity s, bool dark)
{
    static QHash<int, QIcon> cache;
    const int key = int(s) * 2 + (dark ? 1 : 0);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 20, 24, 32}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        paint(&painter, QRectF(1, 1, size - 2, size - 2), s, dark);
        painter.end();
        icon.addPixmap(pm);
    }
    cache.insert(key, icon);
    return icon;
}
