#pragma once

#include <QStringList>
#include <QWidget>

struct TopologyData;

// A request path as a row of chips, "web → sg1 → icon1 → …", each with its
// node's icon, wrapping onto more lines when narrow. A node that no longer
// exists shows struck through. A proposal is drawn with dashed chips.
class PathChips : public QWidget
{
    Q_OBJECT

public:
    enum class Style { Saved, Picking, Proposed };

    explicit PathChips(QWidget *parent = nullptr);

    // `topology` is read now (kinds, existence), not kept.
    void setPath(const QStringList &path, const TopologyData &topology, Style style = Style::Saved);
    QStringList path() const { return mPath; }
    Style style() const { return mStyle; }
    QString text() const;  // "web → sg1 → ims1", for tests and accessibility

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Chip
    {
        QString id;
        QString kind;
        bool exists = true;
    };
    // Chip rectangles laid out in `width`; arrows go between neighbours on one line.
    QList<QRect> layout(int width) const;
    int chipWidth(const Chip &chip) const;

    QList<Chip> mChips;
    QStringList mPath;
    Style mStyle = Style::Saved;
};
