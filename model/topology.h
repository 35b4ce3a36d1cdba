#pragma once

#include "topologydata.h"

#include <QObject>
#include <QPointF>

#include <variant>

// The one object through which a document's topology changes. Entities are
// plain values addressed by stable ids; every change emits a precise,
// past-tense signal, and a setter that changes nothing emits nothing (and
// returns false). Undo commands call these; views listen to the signals.
class Topology : public QObject
{
    Q_OBJECT

public:
    // The tables of a RACF database, in the order of DomainRow's alternatives.
    enum class DomainTable { Users, Groups, Profiles, PtktData, CertMaps, IdMaps };
    Q_ENUM(DomainTable)
    // One row of one of those tables (a group is its name).
    using DomainRow = std::variant<RacfUser, QString, RacfProfile, PtktData, CertMap, IdMap>;

    explicit Topology(QObject *parent = nullptr);

    const TopologyData &data() const { return mData; }
    void reset(TopologyData data);

    // Nodes
    bool addNode(const Node &node, int index = -1);
    bool removeNode(const QString &id);
    bool setNodeOption(const QString &id, const QString &key, const QJsonValue &value);  // Undefined: back to default
    bool setNodeLabel(const QString &id, const QString &label);
    bool setNodeImage(const QString &id, const QString &image);
    bool setNodePosition(const QString &id, const QPointF &pos);
    // Forgets the stored position: the node is placed as a file without one places it.
    bool clearNodePosition(const QString &id);
    int nodeIndex(const QString &id) const;

    // Links
    bool addLink(const Link &link, int index = -1);
    bool removeLink(const QString &id);
    bool setLinkAttribute(const QString &id, const QString &key, const QJsonValue &value);
    int linkIndex(const QString &id) const;

    // z/OS images
    bool addImage(const ZosImage &image, int index = -1);
    bool removeImage(const QString &id);
    bool setImageAttribute(const QString &id, const QString &key, const QJsonValue &value);
    int imageIndex(const QString &id) const;

    // RACF databases: replaced whole by the domain editor's commands.
    bool addDomain(const SecurityDomain &domain, int index = -1);
    bool removeDomain(const QString &id);
    bool setDomain(const SecurityDomain &domain);
    // Row-level edits, so that an undo step holds a row, not a database of
    // 100,000 users. Rows are contiguous; a row's alternative must match the
    // table. Each emits the domainRows* signals, then domainChanged(id).
    bool setDomainRow(const QString &id, DomainTable table, int row, const DomainRow &value);
    bool insertDomainRows(const QString &id, DomainTable table, int first, const QList<DomainRow> &rows);
    bool removeDomainRows(const QString &id, DomainTable table, int first, int count);
    bool setDomainActiveClasses(const QString &id, const QStringList &classes);
    int domainRowCount(const QString &id, DomainTable table) const;
    DomainRow domainRow(const QString &id, DomainTable table, int row) const;
    static DomainTable tableOf(const DomainRow &row) { return DomainTable(row.index()); }
    static bool sameDomainRow(const DomainRow &a, const DomainRow &b);

    // Requests
    bool addRequest(const Request &request, int index = -1);
    bool removeRequest(const QString &id);
    bool setRequest(const Request &request);

    bool setName(const QString &name);
    bool setSimulationTime(const QDateTime &time);

    // An id not used by any node, link, image, domain or request: prefix1, prefix2, ...
    QString uniqueId(const QString &prefix) const;

signals:
    void resetDone();
    void nodeAdded(const QString &id);
    void nodeAboutToBeRemoved(const QString &id);
    void nodeRemoved(const QString &id);
    void nodeChanged(const QString &id, const QString &key);  // key: an option, "label", "image" or "position"
    void linkAdded(const QString &id);
    void linkAboutToBeRemoved(const QString &id);
    void linkRemoved(const QString &id);
    void linkChanged(const QString &id, const QString &key);
    void imageAdded(const QString &id);
    void imageAboutToBeRemoved(const QString &id);
    void imageRemoved(const QString &id);
    void imageChanged(const QString &id, const QString &key);
    void domainAdded(const QString &id);
    void domainRemoved(const QString &id);
    void domainChanged(const QString &id);  // anything in it; after the finer signals below
    void domainReplaced(const QString &id);  // setDomain: every table may differ
    void domainRowsAboutToBeInserted(const QString &id, Topology::DomainTable table, int first, int last);
    void domainRowsInserted(const QString &id, Topology::DomainTable table, int first, int last);
    void domainRowsAboutToBeRemoved(const QString &id, Topology::DomainTable table, int first, int last);
    void domainRowsRemoved(const QString &id, Topology::DomainTable table, int first, int last);
    void domainRowsChanged(const QString &id, Topology::DomainTable table, int first, int last);
    void requestAdded(const QString &id);
    void requestRemoved(const QString &id);
    void requestChanged(const QString &id);
    void documentChanged(const QString &key);  // "name", "simulationTime"
    // Any change at all: the design review listens to this one.
    void changed();

private:
    template<typename T>
    static int indexOf(const QList<T> &list, const QString &id);
    void finishDomainEdit(int index);

    TopologyData mData;
};
