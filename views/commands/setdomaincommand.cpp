#include "setdomaincommand.h"

#include "topology.h"

SetDomainCommand::SetDomainCommand(Topology *topology, SecurityDomain after, const QString &text, const QString &mergeKey,
                                   QUndoCommand *parent)
    : QUndoCommand(text, parent), mTopology(topology), mAfter(std::move(after)), mMergeKey(mergeKey)
{
    if (const SecurityDomain *d = topology->data().domain(mAfter.id))
        mBefore = *d;
}

void SetDomainCommand::undo() { mTopology->setDomain(mBefore); }
void SetDomainCommand::redo() { mTopology->setDomain(mAfter); }

bool SetDomainCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetDomainCommand *>(other);
    if (o->mTopology != mTopology || o->mMergeKey != mMergeKey || o->mAfter.id != mAfter.id)
        return false;
    mAfter = o->mAfter;
    return true;
}
