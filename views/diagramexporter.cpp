#include "diagramexporter.h"

#include "diagramscene.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace {

constexpr qreal kMargin = 24;
constexpr qreal kCaptionHeight = 40;

// Grid off while exporting; restored when the guard goes.
class ExportColours
{
public:
    explicit ExportColours(DiagramScene *scene) : mScene(scene), mSaved(scene->colors())
    {
        CanvasColors plain = mSaved;
        plain.grid = plain.background;
        mScene->setColors(plain);
        mSelection = mScene->selectedItems();
        mScene->clearSelection();
    }
    ~ExportColours()
    {
        mScene->setColors(mSaved);
        for (QGraphicsItem *item : std::as_const(mSelection))
            item->setSelected(true);
    }

private:
    DiagramScene *mScene;
    CanvasColors mSaved;
    QList<QGraphicsItem *> mSelection;
};

// The page: background, caption band, then the scene below it.
void drawPage(QPainter &painter, DiagramScene *scene, const QRectF &source, const QString &caption, const QSizeF &page)
{
    const QColor background = scene->colors().background;
    painter.fillRect(QRectF(QPointF(), page), background);
    const qreal top = caption.isEmpty() ? 0 : kCaptionHeight;
    if (!caption.isEmpty()) {
        QFont font = painter.font();
        font.setPointSizeF(13);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(scene->colors().text);
        painter.drawText(QRectF(kMargin, 0, page.width() - 2 * kMargin, kCaptionHeight),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, caption);
    }
    scene->render(&painter, QRectF(0, top, page.width(), page.height() - top), source);
}

} // namespace

std::optional<DiagramExporter::Format> DiagramExporter::formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("png"))
        return Format::Png;
    if (n == QLatin1String("svg"))
        return Format::Svg;
    if (n == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

DiagramExporter::DiagramExporter(DiagramScene *scene) : mScene(scene) {}

bool DiagramExporter::write(const QString &fileName, Format format, QString *error) const
{
    mScene->flushPending();
    ExportColours colours(mScene);
    QRectF source = mScene->itemsBoundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin);
    if (source.isEmpty())
        source = QRectF(0, 0, 200, 100);
    const QSizeF page = source.size() + QSizeF(0, mCaption.isEmpty() ? 0 : kCaptionHeight);

    switch (format) {
    case Format::Png: {
        QImage image((page * mScale).toSize(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        painter.scale(mScale, mScale);
        drawPage(painter, mScene, source, mCaption, page);
        painter.end();
        if (!image.save(fileName, "PNG")) {
            *error = QStringLiteral("%1: cannot write PNG").arg(fileName);
            return false;
        }
        return true;
    }
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setFileName(fileName);
        svg.setSize(page.toSize());
        svg.setViewBox(QRectF(QPointF(), page));
        svg.setTitle(QStringLiteral("SecFlow diagram"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = QStringLiteral("%1: cannot write SVG").arg(fileName);
            return false;
        }
        drawPage(painter, mScene, source, mCaption, page);
        return painter.end();
    }
    case Format::Pdf: {
        QPdfWriter pdf(fileName);
        pdf.setTitle(QStringLiteral("SecFlow diagram"));
        pdf.setCreator(QStringLiteral("SecFlow"));
        pdf.setPageSize(QPageSize(page, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72);
        QPainter painter;
        if (!painter.begin(&pdf)) {
            *error = QStringLiteral("%1: cannot write PDF").arg(fileName);
            return false;
        }
        drawPage(painter, mScene, source, mCaption, page);
        return painter.end();
    }
    }
    return false;
}
