#pragma once

#include <QListWidget>

// Every node kind with its icon and product name. Drag one onto the canvas
// to place it where it is dropped, or double-click to place it in view.
class PaletteWidget : public QListWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);

signals:
    void kindActivated(const QString &kind);

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;
};
