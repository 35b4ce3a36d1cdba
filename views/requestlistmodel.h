#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

class Topology;

// The document's requests, one row each in file order: name, kind,
// resource, path and the outcome of the last run (when there was one). Rows
// follow the topology's request signals.
class RequestListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, OutcomeColumn, KindColumn, ResourceColumn, PathColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit RequestListModel(Topology *topology, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QString idAt(int row) const { return mIds.value(row); }
    int rowOf(const QString &id) const { return int(mIds.indexOf(id)); }

    // The last run of a request: accepted, or rejected at a node.
    void setOutcome(const QString &id, bool accepted, const QString &rejectedAt);
    void clearOutcome(const QString &id);
    void setDark(bool dark);

    static QString pathSummary(const QStringList &path);
    static QString kindName(const QString &kind);

private:
    struct Outcome
    {
        bool accepted = false;
        QString rejectedAt;
    };

    void reload();
    void onAdded(const QString &id);
    void onRemoved(const QString &id);
    void onChanged(const QString &id);

    Topology *mTopology;
    QStringList mIds;
    QHash<QString, Outcome> mOutcomes;
    bool mDark = false;
};
