#include "itemscommands.h"

InsertItemsCommand::InsertItemsCommand(Topology *topology, ItemsSnapshot items, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), mTopology(topology), mItems(std::move(items))
{
}

RemoveItemsCommand::RemoveItemsCommand(Topology *topology, ItemsSnapshot items, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), mTopology(topology), mItems(std::move(items))
{
}
