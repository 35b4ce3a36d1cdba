#pragma once

#include <QString>

#include <optional>

class DiagramScene;

// Draws a canvas to PNG, SVG or PDF with no display: the same items and
// painters as on screen, without the grid, selection or hover marks. What
// is on the canvas is what is exported, so a trace overlay shown on the
// scene is exported too; secrets are never drawn on the canvas.
class DiagramExporter
{
public:
    enum class Format { Png, Svg, Pdf };
    static std::optional<Format> formatFromName(const QString &name);

    explicit DiagramExporter(DiagramScene *scene);

    // PNGs are drawn at `scale` device pixels per scene unit (2: crisp on print and HiDPI).
    void setScale(qreal scale) { mScale = scale; }
    // A line of text above the diagram (the request and step shown); empty: none.
    void setCaption(const QString &caption) { mCaption = caption; }
    bool write(const QString &fileName, Format format, QString *error) const;

private:
    DiagramScene *mScene;
    qreal mScale = 2.0;
    QString mCaption;
};
