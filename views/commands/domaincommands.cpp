#include "domaincommands.h"

#include "changevaluecommand.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("DomainCommands", text); }
} // namespace

SetDomainRowCommand::SetDomainRowCommand(Topology *topology, const QString &domain, Topology::DomainTable table,
                                         int row, Topology::DomainRow value, int column, const QString &text,
                                         QUndoCommand *parent)
    : QUndoCommand(text, parent), mTopology(topology), mDomain(domain), mTable(table), mRow(row), mColumn(column),
      mOld(topology->domainRow(domain, table, row)), mNew(std::move(value))
{
}

void SetDomainRowCommand::undo() { mTopology->setDomainRow(mDomain, mTable, mRow, mOld); }
void SetDomainRowCommand::redo() { mTopology->setDomainRow(mDomain, mTable, mRow, mNew); }

bool SetDomainRowCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetDomainRowCommand *>(other);
    if (o->mTopology != mTopology || o->mDomain != mDomain || o->mTable != mTable || o->mRow != mRow
        || o->mColumn != mColumn || mColumn < 0)
        return false;
    mNew = o->mNew;
    setObsolete(Topology::sameDomainRow(mNew, mOld));
    return true;
}

InsertDomainRowsCommand::InsertDomainRowsCommand(Topology *topology, const QString &domain,
                                                 Topology::DomainTable table, int first,
                                                 QList<Topology::DomainRow> rows, const QString &text,
                                                 QUndoCommand *parent)
    : QUndoCommand(text, parent), mTopology(topology), mDomain(domain), mTable(table), mFirst(first),
      mRows(std::move(rows))
{
}

void InsertDomainRowsCommand::undo() { mTopology->removeDomainRows(mDomain, mTable, mFirst, int(mRows.size())); }
void InsertDomainRowsCommand::redo() { mTopology->insertDomainRows(mDomain, mTable, mFirst, mRows); }

RemoveDomainRowsCommand::RemoveDomainRowsCommand(Topology *topology, const QString &domain,
                                                 Topology::DomainTable table, QList<int> rows, const QString &text,
                                                 QUndoCommand *parent)
    : QUndoCommand(text, parent), mTopology(topology), mDomain(domain), mTable(table)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const int count = topology->domainRowCount(domain, table);
    for (int r : rows) {
        if (r < 0 || r >= count)
            continue;
        // One run per contiguous block: the model sees one removal per block.
        if (mRuns.isEmpty() || mRuns.constLast().first + mRuns.constLast().rows.size() != r)
            mRuns.append(Run{r, {}});
        mRuns.last().rows.append(topology->domainRow(domain, table, r));
    }
}

void RemoveDomainRowsCommand::redo()
{
    // Last block first, so the indices of the blocks before it stay valid.
    for (auto it = mRuns.crbegin(); it != mRuns.crend(); ++it)
        mTopology->removeDomainRows(mDomain, mTable, it->first, int(it->rows.size()));
}

void RemoveDomainRowsCommand::undo()
{
    for (const Run &run : std::as_const(mRuns))
        mTopology->insertDomainRows(mDomain, mTable, run.first, run.rows);
}

SetActiveClassesCommand::SetActiveClassesCommand(Topology *topology, const QString &domain, QStringList classes,
                                                 QUndoCommand *parent)
    : QUndoCommand(tr("Change active classes of %1").arg(domain), parent), mTopology(topology), mDomain(domain),
      mNew(std::move(classes))
{
    if (const SecurityDomain *d = topology->data().domain(domain))
        mOld = d->activeClasses;
}

AddDomainCommand::AddDomainCommand(Topology *topology, SecurityDomain domain, QUndoCommand *parent)
    : QUndoCommand(tr("Add RACF database %1").arg(domain.id), parent), mTopology(topology),
      mDomain(std::move(domain)), mIndex(int(topology->data().domains.size()))
{
}

void AddDomainCommand::redo() { mTopology->addDomain(mDomain, mIndex); }
void AddDomainCommand::undo() { mTopology->removeDomain(mDomain.id); }

RemoveDomainCommand::RemoveDomainCommand(Topology *topology, const QString &id, QUndoCommand *parent)
    : QUndoCommand(tr("Remove RACF database %1").arg(id), parent), mTopology(topology), mIndex(-1)
{
    mDomain.id = id;
    const QList<SecurityDomain> &domains = topology->data().domains;
    for (int i = 0; i < domains.size(); ++i) {
        if (domains.at(i).id == id)
            mIndex = i;
    }
    for (const ZosImage &img : topology->data().images) {
        if (img.domain == id)
            new ChangeValueCommand(topology, ChangeValueCommand::Target::ImageAttribute, img.id,
                                   QStringLiteral("domain"), QString(), this);
    }
}

void RemoveDomainCommand::redo()
{
    QUndoCommand::redo();  // images first, so none is left naming a missing domain
    if (const SecurityDomain *d = mTopology->data().domain(mDomain.id))
        mDomain = *d;
    mTopology->removeDomain(mDomain.id);
}

void RemoveDomainCommand::undo()
{
    mTopology->addDomain(mDomain, mIndex);
    const QString id = mDomain.id;
    mDomain = SecurityDomain();  // the topology holds it again: no second copy
    mDomain.id = id;
    QUndoCommand::undo();
}

RenameDomainCommand::RenameDomainCommand(Topology *topology, const QString &from, const QString &to,
                                         QUndoCommand *parent)
    : QUndoCommand(tr("Rename RACF database %1 to %2").arg(from, to), parent), mTopology(topology), mFrom(from),
      mTo(to)
{
    for (const ZosImage &img : topology->data().images) {
        if (img.domain == from)
            mImages.append(img.id);
    }
}

void RenameDomainCommand::rename(const QString &from, const QString &to)
{
    const QList<SecurityDomain> &domains = mTopology->data().domains;
    for (int i = 0; i < domains.size(); ++i) {
        if (domains.at(i).id != from)
            continue;
        SecurityDomain d = domains.at(i);  // shares its lists with the original: no deep copy
        d.id = to;
        mTopology->removeDomain(from);
        mTopology->addDomain(d, i);
        for (const QString &img : std::as_const(mImages))
            mTopology->setImageAttribute(img, QStringLiteral("domain"), to);
        return;
    }
}
