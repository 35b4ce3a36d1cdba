#include "palettewidget.h"

#include "diagramscene.h"
#include "nodeicons.h"
#include "nodekinds.h"

#include <QMimeData>

PaletteWidget::PaletteWidget(QWidget *parent) : QListWidget(parent)
{
    setViewMode(ListMode);
    setIconSize(QSize(28, 28));
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setSpacing(2);
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setSelectionMode(SingleSelection);
    setUniformItemSizes(true);
    for (const NodeKindInfo &k : NodeKinds::all()) {
        auto *item = new QListWidgetItem(NodeIcons::icon(k.kind), k.displayName, this);
        item->setData(Qt::UserRole, k.kind);
        item->setToolTip(QStringLiteral("<b>%1</b><br>%2").arg(k.displayName, k.description));
        item->setSizeHint(QSize(0, 40));
    }
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit kindActivated(item->data(Qt::UserRole).toString()); });
}

QStringList PaletteWidget::mimeTypes() const
{
    return {QLatin1String(DiagramScene::kKindMimeType)};
}

QMimeData *PaletteWidget::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QLatin1String(DiagramScene::kKindMimeType), items.first()->data(Qt::UserRole).toString().toUtf8());
    return data;
}
