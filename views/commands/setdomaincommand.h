#pragma once

#include "securitydomain.h"

#include <QUndoCommand>

class Topology;

// Replaces a RACF database by an edited copy. Edits of the same cell in a row
// (`mergeKey`, e.g. "users/ALICE/password") merge into one undo step.
class SetDomainCommand : public QUndoCommand
{
public:
    SetDomainCommand(Topology *topology, SecurityDomain after, const QString &text, const QString &mergeKey = {},
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return mMergeKey.isEmpty() ? -1 : 0x5ecf02; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Topology *mTopology;
    SecurityDomain mBefore;
    SecurityDomain mAfter;
    QString mMergeKey;
};
