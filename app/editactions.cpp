#include "editactions.h"

#include "clipboardcodec.h"
#include "commands/itemscommands.h"
#include "diagramscene.h"
#include "document.h"
#include "mainwindow.h"
#include "nodeitem.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStyle>

EditActions::EditActions(MainWindow *window) : QObject(window), mWindow(window)
{
    mMenu = window->menuBar()->addMenu(tr("&Edit"));
    QUndoStack *stack = window->document()->undoStack();
    mUndo = stack->createUndoAction(this, tr("&Undo"));
    mUndo->setShortcut(QKeySequence::Undo);
    mUndo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), window->style()->standardIcon(QStyle::SP_ArrowBack)));
    mRedo = stack->createRedoAction(this, tr("&Redo"));
    mRedo->setShortcut(QKeySequence::Redo);
    mRedo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"), window->style()->standardIcon(QStyle::SP_ArrowForward)));
    mMenu->addAction(mUndo);
    mMenu->addAction(mRedo);
    mMenu->addSeparator();
    mMenu->addAction(tr("Cu&t"), QKeySequence::Cut, this, &EditActions::cut);
    mMenu->addAction(tr("&Copy"), QKeySequence::Copy, this, &EditActions::copy);
    mMenu->addAction(tr("&Paste"), QKeySequence::Paste, this, &EditActions::paste);
    QAction *del = mMenu->addAction(tr("&Delete"), this, &EditActions::deleteSelection);
    del->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    mMenu->addSeparator();
    mMenu->addAction(tr("Select &All"), QKeySequence::SelectAll, this, &EditActions::selectAll);
}

void EditActions::copy()
{
    DiagramScene *scene = mWindow->scene();
    const ItemsSnapshot items = ItemsSnapshot::capture(mWindow->document()->topology(), scene->selectedNodeIds(),
                                                       scene->selectedLinkIds(), scene->selectedImageIds());
    if (items.isEmpty())
        return;
    // Links are copied only with both of their ends.
    ItemsSnapshot copied = items;
    QSet<QString> nodes;
    for (const auto &n : copied.nodes)
        nodes.insert(n.second.id);
    copied.links.removeIf([&](const auto &l) { return !nodes.contains(l.second.from) || !nodes.contains(l.second.to); });
    copied.addDomainsOfImages(mWindow->document()->topology());
    const QByteArray json = QJsonDocument(copied.toJson()).toJson(QJsonDocument::Compact);
    auto *data = new QMimeData;
    data->setData(QLatin1String(ClipboardCodec::kMimeType), json);
    data->setText(QString::fromUtf8(json));
    QApplication::clipboard()->setMimeData(data);
}

void EditActions::cut()
{
    copy();
    deleteSelection();
}

void EditActions::paste()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (!data)
        return;
    const QByteArray json = data->hasFormat(QLatin1String(ClipboardCodec::kMimeType))
                                ? data->data(QLatin1String(ClipboardCodec::kMimeType))
                                : data->text().toUtf8();
    Document *doc = mWindow->document();
    QString error;
    const auto items = ClipboardCodec::decode(json, doc->topology()->data(), &error);
    if (!items) {
        QMessageBox::warning(mWindow, tr("Paste"), tr("Nothing to paste.\n\n%1").arg(error));
        return;
    }
    doc->undoStack()->push(new InsertItemsCommand(doc->topology(), *items, tr("Paste")));
    DiagramScene *scene = mWindow->scene();
    scene->clearSelection();
    for (const auto &n : items->nodes)
        if (QGraphicsItem *item = scene->nodeItem(n.second.id))
            item->setSelected(true);
}

void EditActions::deleteSelection()
{
    DiagramScene *scene = mWindow->scene();
    Document *doc = mWindow->document();
    const QStringList images = scene->selectedImageIds();
    const ItemsSnapshot items = ItemsSnapshot::capture(doc->topology(), scene->selectedNodeIds(), scene->selectedLinkIds(), images);
    if (items.isEmpty())
        return;
    const int count = int(items.nodes.size() + items.links.size() + items.images.size());
    doc->undoStack()->push(new RemoveItemsCommand(doc->topology(), items, tr("Delete %n item(s)", nullptr, count)));
}

void EditActions::selectAll()
{
    for (QGraphicsItem *item : mWindow->scene()->items())
        item->setSelected(item->flags() & QGraphicsItem::ItemIsSelectable);
}
