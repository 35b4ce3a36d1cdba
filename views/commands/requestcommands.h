#pragma once

#include "request.h"

#include <QUndoCommand>

class Topology;

// Adds a request (New, Duplicate): redo inserts at `index`, undo removes it.
class AddRequestCommand : public QUndoCommand
{
public:
    AddRequestCommand(Topology *topology, const Request &request, int index = -1, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Topology *mTopology;
    Request mRequest;
    int mIndex;
};

// Deletes a request; undo puts it back at its place in the list, unchanged.
class RemoveRequestCommand : public QUndoCommand
{
public:
    RemoveRequestCommand(Topology *topology, const QString &id, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Topology *mTopology;
    Request mRequest;
    int mIndex = -1;
};

// Replaces a request's value with an edited copy (same id). Consecutive
// edits with the same non-empty `editKey` (a field, e.g. "identity.userid")
// of the same request merge into one step, as typing a user ID should; the
// step becomes obsolete when the value is back where it started.
class SetRequestCommand : public QUndoCommand
{
public:
    SetRequestCommand(Topology *topology, const Request &after, const QString &editKey = {},
                      QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override { return mEditKey.isEmpty() ? -1 : 0x5ecf02; }
    bool mergeWith(const QUndoCommand *other) override;

    static bool same(const Request &a, const Request &b);

private:
    Topology *mTopology;
    Request mBefore;
    Request mAfter;
    QString mEditKey;
};
