#include "domaintablemodel.h"

#include "document.h"
#include "domaincommands.h"
#include "domainvalidator.h"

using Kind = DomainColumn::Kind;

DomainTableModel::DomainTableModel(Document *document, DomainTableSpec spec, QObject *parent)
    : QAbstractTableModel(parent), mDocument(document), mSpec(std::move(spec))
{
    const Topology *t = document->topology();
    connect(t, &Topology::domainRowsAboutToBeInserted, this, [this](const QString &id, Topology::DomainTable table, int first, int last) {
        if (isMine(id, table))
            beginInsertRows({}, first, last);
    });
    connect(t, &Topology::domainRowsInserted, this, [this](const QString &id, Topology::DomainTable table) {
        if (isMine(id, table))
            endInsertRows();
    });
    connect(t, &Topology::domainRowsAboutToBeRemoved, this, [this](const QString &id, Topology::DomainTable table, int first, int last) {
        if (isMine(id, table))
            beginRemoveRows({}, first, last);
    });
    connect(t, &Topology::domainRowsRemoved, this, [this](const QString &id, Topology::DomainTable table) {
        if (isMine(id, table))
            endRemoveRows();
    });
    connect(t, &Topology::domainRowsChanged, this, [this](const QString &id, Topology::DomainTable table, int first, int last) {
        if (isMine(id, table))
            emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    });
    // Whole-domain changes: replaced, removed, or back under this id after a rename or undo.
    auto resetIfMine = [this](const QString &id) {
        if (id == mDomainId)
            reset();
    };
    connect(t, &Topology::domainReplaced, this, resetIfMine);
    connect(t, &Topology::domainAdded, this, resetIfMine);
    connect(t, &Topology::domainRemoved, this, resetIfMine);
    connect(t, &Topology::resetDone, this, &DomainTableModel::reset);
}

bool DomainTableModel::isMine(const QString &id, Topology::DomainTable table) const
{
    return table == mSpec.table && id == mDomainId;
}

void DomainTableModel::reset()
{
    beginResetModel();
    endResetModel();
}

void DomainTableModel::setDomainId(const QString &id)
{
    if (id == mDomainId)
        return;
    beginResetModel();
    mDomainId = id;
    endResetModel();
}

const SecurityDomain *DomainTableModel::domain() const
{
    return mDocument->topology()->data().domain(mDomainId);
}

bool DomainTableModel::hasSecrets() const
{
    for (const DomainColumn &c : mSpec.columns) {
        if (c.isSecret())
            return true;
    }
    return false;
}

void DomainTableModel::setSecretsVisible(bool visible)
{
    if (visible == mSecretsVisible)
        return;
    mSecretsVisible = visible;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

int DomainTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mDocument->topology()->domainRowCount(mDomainId, mSpec.table);
}

int DomainTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mSpec.columns.size());
}

QString DomainTableModel::inapplicable(int row, int column) const
{
    const DomainColumn &c = mSpec.columns.at(column);
    return c.inapplicable ? c.inapplicable(*domain(), row) : QString();
}

bool DomainTableModel::isLocked(int row, int column) const
{
    // An encrypted secret is written back as its envelope: an edit of the
    // clear text would be lost, so it is read-only here.
    const DomainColumn &c = mSpec.columns.at(column);
    return c.isSecret() && c.secret(*domain(), row).isEncrypted();
}

QString DomainTableModel::cellText(int row, int column) const
{
    const DomainColumn &c = mSpec.columns.at(column);
    const SecurityDomain &d = *domain();
    if (c.isSecret()) {
        const Secret &s = c.secret(d, row);
        if (s.locked)
            return tr("(encrypted)");
        if (!s.set)
            return {};
        return mSecretsVisible ? s.plain : QString(8, QChar(0x2022));
    }
    if (!inapplicable(row, column).isEmpty())
        return QStringLiteral("\u2014");
    switch (c.kind) {
    case Kind::Flag:
        return {};
    case Kind::SafNameList:
        return c.value(d, row).toStringList().join(QLatin1String(", "));
    case Kind::Choice: {
        const QString v = c.value(d, row).toString();
        return v.isEmpty() ? c.emptyChoice : v;
    }
    default:
        return c.value(d, row).toString();
    }
}

QVariant DomainTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !domain() || index.row() >= rowCount())
        return {};
    const int r = index.row(), col = index.column();
    const DomainColumn &c = mSpec.columns.at(col);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(r, col);
    case Qt::EditRole:
        if (c.isSecret())
            return c.secret(*domain(), r).plain;
        if (c.kind == Kind::SafNameList)
            return cellText(r, col);
        return c.value(*domain(), r);
    case Qt::CheckStateRole:
        if (c.kind == Kind::Flag)
            return c.value(*domain(), r).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case SortRole:
        return sortKey(r, col);
    case Qt::ToolTipRole:
        if (const QString why = inapplicable(r, col); !why.isEmpty())
            return why;
        if (isLocked(r, col))
            return c.secret(*domain(), r).locked
                       ? tr("Stored encrypted: open the file with its passphrase to see it.")
                       : tr("Stored encrypted: read-only here, so that saving keeps it encrypted.");
        return {};
    default:
        return {};
    }
}

QVariant DomainTableModel::sortKey(int row, int column) const
{
    const DomainColumn &c = mSpec.columns.at(column);
    if (c.isSecret())
        return c.secret(*domain(), row).set ? 1 : 0;  // never the secret's order
    if (c.kind == Kind::Flag)
        return c.value(*domain(), row).toBool() ? 1 : 0;
    if (c.kind == Kind::Choice && !c.choices.isEmpty())
        return int(c.choices.indexOf(c.value(*domain(), row).toString()));
    return cellText(row, column);
}

bool DomainTableModel::rowMatches(int row, const QString &needle) const
{
    const SecurityDomain &d = *domain();
    for (const DomainColumn &c : mSpec.columns) {
        // Secrets never match: a filter must not reveal a password letter by letter.
        if (c.isSecret() || c.kind == Kind::Flag)
            continue;
        const QVariant v = c.value(d, row);
        if (c.kind == Kind::SafNameList) {
            for (const QString &name : v.toStringList()) {
                if (name.contains(needle, Qt::CaseInsensitive))
                    return true;
            }
        } else if (v.toString().contains(needle, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

QVariant DomainTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return mSpec.columns.at(section).title;
    if (role == Qt::ToolTipRole)
        return mSpec.columns.at(section).help;
    return {};
}

Qt::ItemFlags DomainTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (mSpec.columns.at(index.column()).kind == Kind::Flag)
        return f | Qt::ItemIsUserCheckable;
    if (!isLocked(index.row(), index.column()) && inapplicable(index.row(), index.column()).isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

QStringList DomainTableModel::choices(const QModelIndex &index) const
{
    const DomainColumn &c = mSpec.columns.at(index.column());
    if (c.choicesAt && domain())
        return c.choicesAt(*domain(), index.row());
    return c.choices;
}

std::optional<Topology::DomainRow> DomainTableModel::validate(const QModelIndex &index, const QVariant &value,
                                                              QString *error) const
{
    const SecurityDomain *d = domain();
    if (!d || !index.isValid() || index.row() >= rowCount()) {
        *error = tr("The row is gone.");
        return std::nullopt;
    }
    const DomainColumn &c = mSpec.columns.at(index.column());
    const auto normalized = DomainValidator::normalize(c, value, error);
    if (!normalized)
        return std::nullopt;
    if (c.choicesAt && !c.choicesAt(*d, index.row()).contains(normalized->toString())) {
        *error = tr("%1 must be one of %2.").arg(c.title, c.choicesAt(*d, index.row()).join(QLatin1String(", ")));
        return std::nullopt;
    }
    Topology::DomainRow row = mDocument->topology()->domainRow(mDomainId, mSpec.table, index.row());
    c.assign(row, *normalized);
    if (mSpec.check) {
        if (QString why = mSpec.check(*d, index.row(), row); !why.isEmpty()) {
            *error = why;
            return std::nullopt;
        }
    }
    return row;
}

bool DomainTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const DomainColumn &c = mSpec.columns.at(index.column());
    QVariant v = value;
    if (role == Qt::CheckStateRole && c.kind == Kind::Flag)
        v = value.value<Qt::CheckState>() == Qt::Checked;
    else if (role != Qt::EditRole)
        return false;
    QString error;
    const auto row = validate(index, v, &error);
    if (!row) {
        emit refused(error);
        return false;
    }
    Topology *t = mDocument->topology();
    if (Topology::sameDomainRow(*row, t->domainRow(mDomainId, mSpec.table, index.row())))
        return true;
    const QString what = mSpec.label(t->domainRow(mDomainId, mSpec.table, index.row()));
    mDocument->undoStack()->push(new SetDomainRowCommand(t, mDomainId, mSpec.table, index.row(), *row,
                                                         index.column(),
                                                         tr("Change %1 of %2 %3").arg(c.title, mSpec.noun, what)));
    return true;
}

QString DomainTableModel::addRow(int *sourceRow)
{
    const SecurityDomain *d = domain();
    if (!d)
        return tr("No RACF database is selected.");
    const Topology::DomainRow row = mSpec.newRow(*d);
    const int at = rowCount();
    mDocument->undoStack()->push(new InsertDomainRowsCommand(mDocument->topology(), mDomainId, mSpec.table, at, {row},
                                                             tr("Add %1 %2").arg(mSpec.noun, mSpec.label(row))));
    if (sourceRow)
        *sourceRow = at;
    return {};
}

QString DomainTableModel::removeRows(const QList<int> &rows)
{
    const SecurityDomain *d = domain();
    if (!d || rows.isEmpty())
        return {};
    if (mSpec.checkRemove) {
        if (QString why = mSpec.checkRemove(*d, rows); !why.isEmpty())
            return why;
    }
    Topology *t = mDocument->topology();
    const QString text = rows.size() == 1
                             ? tr("Remove %1 %2").arg(mSpec.noun, mSpec.label(t->domainRow(mDomainId, mSpec.table, rows.first())))
                             : tr("Remove %1 %2").arg(rows.size()).arg(mSpec.nouns);
    mDocument->undoStack()->push(new RemoveDomainRowsCommand(t, mDomainId, mSpec.table, rows, text));
    return {};
}
