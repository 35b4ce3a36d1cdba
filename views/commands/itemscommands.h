#pragma once

#include "itemssnapshot.h"

#include <QUndoCommand>

class Topology;

// Adds items (new node, new link, paste): redo inserts, undo removes.
class InsertItemsCommand : public QUndoCommand
{
public:
    InsertItemsCommand(Topology *topology, ItemsSnapshot items, const QString &text, QUndoCommand *parent = nullptr);
    void undo() override { mItems.removeFrom(mTopology); }
    void redo() override { mItems.insertInto(mTopology); }

private:
    Topology *mTopology;
    ItemsSnapshot mItems;
};

// Deletes items: redo removes, undo puts them back exactly, ids included.
class RemoveItemsCommand : public QUndoCommand
{
public:
    RemoveItemsCommand(Topology *topology, ItemsSnapshot items, const QString &text, QUndoCommand *parent = nullptr);
    void undo() override { mItems.insertInto(mTopology); }
    void redo() override { mItems.removeFrom(mTopology); }

private:
    Topology *mTopology;
    ItemsSnapshot mItems;
};
