#include "nodeicons.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

namespace {

QSvgRenderer *renderer(const QString &name)
{
    static QHash<QString, QSvgRenderer *> cache;
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    QSvgRenderer *r = QFile::exists(path) ? new QSvgRenderer(path) : nullptr;
    cache.insert(name, r);
    return r;
}

} // namespace

bool NodeIcons::exists(const QString &name)
{
    return renderer(name) != nullptr;
}

void NodeIcons::paint(QPainter *painter, const QRectF &rect, const QString &name)
{
    if (QSvgRenderer *r = renderer(name))
        r->render(painter, rect);
}

QPixmap NodeIcons::pixmap(const QString &name, int size, qreal devicePixelRatio)
{
    static QHash<QString, QPixmap> cache;
    const QString key = QStringLiteral("%1@%2x%3").arg(name).arg(size).arg(devicePixelRatio);
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QPixmap pm(QSize(size, size) * devicePixelRatio);
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        paint(&p, QRectF(0, 0, pm.width(), pm.height()), name);
    }
    pm.setDevicePixelRatio(devicePixelRatio);
    cache.insert(key, pm);
    return pm;
}

QIcon NodeIcons::icon(const QString &name)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64})
        icon.addPixmap(pixmap(name, size));
    return icon;
}
