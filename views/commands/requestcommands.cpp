#include "requestcommands.h"

#include "secflowwriter.h"
#include "topology.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("RequestCommands", text); }

int indexOfRequest(const Topology *topology, const QString &id)
{
    const QList<Request> &requests = topology->data().requests;
    for (int i = 0; i < requests.size(); ++i) {
        if (requests.at(i).id == id)
            return i;
    }
    return -1;
}
} // namespace

AddRequestCommand::AddRequestCommand(Topology *topology, const Request &request, int index, QUndoCommand *parent)
    : QUndoCommand(tr("Add request %1").arg(request.id), parent), mTopology(topology), mRequest(request), mIndex(index)
{
}

void AddRequestCommand::undo() { mTopology->removeRequest(mRequest.id); }
void AddRequestCommand::redo() { mTopology->addRequest(mRequest, mIndex); }

RemoveRequestCommand::RemoveRequestCommand(Topology *topology, const QString &id, QUndoCommand *parent)
    : QUndoCommand(tr("Delete request %1").arg(id), parent), mTopology(topology)
{
    mIndex = indexOfRequest(topology, id);
    if (const Request *q = topology->data().request(id))
        mRequest = *q;
}

void RemoveRequestCommand::undo()
{
    if (mIndex >= 0)
        mTopology->addRequest(mRequest, mIndex);
}

void RemoveRequestCommand::redo() { mTopology->removeRequest(mRequest.id); }

SetRequestCommand::SetRequestCommand(Topology *topology, const Request &after, const QString &editKey,
                                     QUndoCommand *parent)
    : QUndoCommand(parent), mTopology(topology), mAfter(after), mEditKey(editKey)
{
    if (const Request *q = topology->data().request(after.id))
        mBefore = *q;
    setText(editKey.isEmpty() ? tr("Change request %1").arg(after.id)
                              : tr("Change %1 of request %2").arg(editKey.section(QLatin1Char('.'), -1), after.id));
}

void SetRequestCommand::undo() { mTopology->setRequest(mBefore); }
void SetRequestCommand::redo() { mTopology->setRequest(mAfter); }

bool SetRequestCommand::same(const Request &a, const Request &b)
{
    // The writer's form covers every field, unknown keys included.
    return SecflowWriter::requestToJson(a) == SecflowWriter::requestToJson(b);
}

bool SetRequestCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetRequestCommand *>(other);
    if (o->mTopology != mTopology || o->mEditKey != mEditKey || o->mAfter.id != mAfter.id)
        return false;
    mAfter = o->mAfter;
    setObsolete(same(mBefore, mAfter));
    return true;
}
