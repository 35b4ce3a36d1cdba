#include "requestlistmodel.h"

#include "outcomeglyph.h"
#include "topology.h"

RequestListModel::RequestListModel(Topology *topology, QObject *parent)
    : QAbstractTableModel(parent), mTopology(topology)
{
    connect(topology, &Topology::resetDone, this, &RequestListModel::reload);
    connect(topology, &Topology::requestAdded, this, &RequestListModel::onAdded);
    connect(topology, &Topology::requestRemoved, this, &RequestListModel::onRemoved);
    connect(topology, &Topology::requestChanged, this, &RequestListModel::onChanged);
    reload();
}

void RequestListModel::reload()
{
    beginResetModel();
    mIds.clear();
    for (const Request &q : mTopology->data().requests)
        mIds.append(q.id);
    mOutcomes.clear();
    endResetModel();
}

void RequestListModel::onAdded(const QString &id)
{
    const QList<Request> &all = mTopology->data().requests;
    int row = 0;
    while (row < all.size() && all.at(row).id != id)
        ++row;
    beginInsertRows({}, row, row);
    mIds.insert(row, id);
    endInsertRows();
}

void RequestListModel::onRemoved(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    mIds.removeAt(row);
    mOutcomes.remove(id);
    endRemoveRows();
}

void RequestListModel::onChanged(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RequestListModel::clearOutcome(const QString &id)
{
    const int row = rowOf(id);
    if (mOutcomes.remove(id) && row >= 0)
        emit dataChanged(index(row, OutcomeColumn), index(row, OutcomeColumn));
}

void RequestListModel::setOutcome(const QString &id, bool accepted, const QString &rejectedAt)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    mOutcomes.insert(id, {accepted, rejectedAt});
    emit dataChanged(index(row, OutcomeColumn), index(row, OutcomeColumn));
}

void RequestListModel::setDark(bool dark)
{
    mDark = dark;
    if (!mIds.isEmpty())
        emit dataChanged(index(0, OutcomeColumn), index(int(mIds.size()) - 1, OutcomeColumn));
}

int RequestListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(mIds.size()); }
int RequestListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString RequestListModel::pathSummary(const QStringList &path)
{
    return path.join(QStringLiteral(" \u2192 "));
}

QString RequestListModel::kindName(const QString &kind)
{
    if (kind == QLatin1String("transaction")) return tr("Transaction");
    if (kind == QLatin1String("command")) return tr("IMS command");
    if (kind == QLatin1String("db")) return tr("Database (ODBM)");
    if (kind == QLatin1String("sync_callout")) return tr("Synchronous callout");
    if (kind == QLatin1String("async_callout")) return tr("Asynchronous callout");
    if (kind == QLatin1String("msc")) return tr("MSC (IMS to IMS)");
    return kind;
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    const Request *q = index.isValid() ? mTopology->data().request(mIds.value(index.row())) : nullptr;
    if (!q)
        return {};
    if (role == IdRole)
        return q->id;
    const auto outcome = mOutcomes.constFind(q->id);
    const bool ran = outcome != mOutcomes.constEnd();
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return q->label.isEmpty() ? q->id : q->label;
        if (role == Qt::ToolTipRole)
            return tr("%1 (id %2)").arg(q->label.isEmpty() ? q->id : q->label, q->id);
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return kindName(q->kind);
        break;
    case ResourceColumn:
        if (role == Qt::DisplayRole)
            return q->resource;
        break;
    case PathColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return pathSummary(q->path);
        break;
    case OutcomeColumn:
        if (!ran)
            return role == Qt::ToolTipRole ? QVariant(tr("Not run yet: press Run to play the request")) : QVariant();
        if (role == Qt::DisplayRole)
            return outcome->accepted ? tr("Accepted") : tr("Rejected");
        if (role == Qt::DecorationRole)
            return OutcomeGlyph::icon(outcome->accepted, mDark);
        if (role == Qt::ToolTipRole)
            return outcome->accepted ? tr("The last run was accepted")
                                     : tr("The last run was rejected at %1").arg(outcome->rejectedAt);
        break;
    default:
        break;
    }
    return {};
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Request");
    case KindColumn: return tr("Kind");
    case ResourceColumn: return tr("Resource");
    case PathColumn: return tr("Path");
    case OutcomeColumn: return tr("Last run");
    default: return {};
    }
}
