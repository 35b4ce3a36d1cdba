#pragma once

#include "topology.h"

#include <QUndoCommand>

// Undo commands of the domain editor. Table edits hold the rows they touch,
// never a copy of the database, so that a domain of 100,000 users costs a few
// hundred bytes per undo step. Rows are addressed by index: every change
// goes through the undo stack, so an index is valid again when undone.

// Replaces one row. Consecutive edits of the same cell (`column`) merge.
class SetDomainRowCommand : public QUndoCommand
{
public:
    SetDomainRowCommand(Topology *topology, const QString &domain, Topology::DomainTable table, int row,
                        Topology::DomainRow value, int column, const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return 0x5ecf03; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Topology *mTopology;
    QString mDomain;
    Topology::DomainTable mTable;
    int mRow;
    int mColumn;
    Topology::DomainRow mOld;
    Topology::DomainRow mNew;
};

// Inserts contiguous rows at `first`.
class InsertDomainRowsCommand : public QUndoCommand
{
public:
    InsertDomainRowsCommand(Topology *topology, const QString &domain, Topology::DomainTable table, int first,
                            QList<Topology::DomainRow> rows, const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Topology *mTopology;
    QString mDomain;
    Topology::DomainTable mTable;
    int mFirst;
    QList<Topology::DomainRow> mRows;
};

// Removes any set of rows, kept with their indices so undo puts each back
// exactly where it was.
class RemoveDomainRowsCommand : public QUndoCommand
{
public:
    RemoveDomainRowsCommand(Topology *topology, const QString &domain, Topology::DomainTable table,
                            QList<int> rows, const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    struct Run
    {
        int first;
        QList<Topology::DomainRow> rows;
    };

    Topology *mTopology;
    QString mDomain;
    Topology::DomainTable mTable;
    QList<Run> mRuns;  // ascending, disjoint
};

// Sets the RACF classes that are active (SETROPTS CLASSACT).
class SetActiveClassesCommand : public QUndoCommand
{
public:
    SetActiveClassesCommand(Topology *topology, const QString &domain, QStringList classes,
                            QUndoCommand *parent = nullptr);

    void undo() override { mTopology->setDomainActiveClasses(mDomain, mOld); }
    void redo() override { mTopology->setDomainActiveClasses(mDomain, mNew); }

private:
    Topology *mTopology;
    QString mDomain;
    QStringList mOld;
    QStringList mNew;
};

// Adds a RACF database, or removes one (images that use it are left without
// a domain, and get it back on undo).
class AddDomainCommand : public QUndoCommand
{
public:
    AddDomainCommand(Topology *topology, SecurityDomain domain, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Topology *mTopology;
    SecurityDomain mDomain;
    int mIndex;
};

class RemoveDomainCommand : public QUndoCommand
{
public:
    RemoveDomainCommand(Topology *topology, const QString &id, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Topology *mTopology;
    SecurityDomain mDomain;  // held only while removed from the topology
    int mIndex;
};

// Renames a RACF database and the images that use it.
class RenameDomainCommand : public QUndoCommand
{
public:
    RenameDomainCommand(Topology *topology, const QString &from, const QString &to, QUndoCommand *parent = nullptr);

    void undo() override { rename(mTo, mFrom); }
    void redo() override { rename(mFrom, mTo); }

private:
    void rename(const QString &from, const QString &to);

    Topology *mTopology;
    QString mFrom;
    QString mTo;
    QStringList mImages;
};
