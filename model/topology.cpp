#include "topology.h"

#include "linkoptions.h"

namespace {

// Calls f with the list behind one table of a domain.
template<typename D, typename F>
decltype(auto) withTable(D &d, Topology::DomainTable table, F &&f)
{
    switch (table) {
    case Topology::DomainTable::Users: break;
    case Topology::DomainTable::Groups: return f(d.groups);
    case Topology::DomainTable::Profiles: return f(d.profiles);
    case Topology::DomainTable::PtktData: return f(d.ptktdata);
    case Topology::DomainTable::CertMaps: return f(d.certmaps);
    case Topology::DomainTable::IdMaps: return f(d.idmaps);
    }
    return f(d.users);
}

template<typename L>
using ElementOf = typename std::decay_t<L>::value_type;

// The value types have no operator==; "a setter that changes nothing emits
// nothing" needs one, field by field.
bool same(const Secret &a, const Secret &b)
{
    return a.plain == b.plain && a.envelope == b.envelope && a.set == b.set && a.locked == b.locked;
}
bool same(const QString &a, const QString &b) { return a == b; }
bool same(const RacfUser &a, const RacfUser &b)
{
    return a.id == b.id && same(a.password, b.password) && a.groups == b.groups && a.defaultGroup == b.defaultGroup
           && a.hasDefaultGroupKey == b.hasDefaultGroupKey && a.revoked == b.revoked
           && a.hasRevokedKey == b.hasRevokedKey && a.extra == b.extra;
}
bool same(const RacfProfile &a, const RacfProfile &b)
{
    return a.cls == b.cls && a.name == b.name && a.uacc == b.uacc && a.permits == b.permits && a.extra == b.extra;
}
bool same(const PtktData &a, const PtktData &b)
{
    return a.appl == b.appl && same(a.key, b.key) && a.replayProtection == b.replayProtection
           && a.hasReplayKey == b.hasReplayKey && a.enhancedType == b.enhancedType && a.extra == b.extra;
}
bool same(const CertMap &a, const CertMap &b) { return a.subject == b.subject && a.user == b.user && a.extra == b.extra; }
bool same(const IdMap &a, const IdMap &b)
{
    return a.registry == b.registry && a.name == b.name && a.user == b.user && a.extra == b.extra;
}

} // namespace

Topology::Topology(QObject *parent) : QObject(parent) {}

template<typename T>
int Topology::indexOf(const QList<T> &list, const QString &id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

int Topology::nodeIndex(const QString &id) const { return indexOf(mData.nodes, id); }
int Topology::linkIndex(const QString &id) const { return indexOf(mData.links, id); }
int Topology::imageIndex(const QString &id) const { return indexOf(mData.images, id); }

void Topology::reset(TopologyData data)
{
    mData = std::move(data);
    mData.rebuildIndexes();
    emit resetDone();
    emit changed();
}

bool Topology::addNode(const Node &node, int index)
{
    if (node.id.isEmpty() || nodeIndex(node.id) >= 0)
        return false;
    mData.nodes.insert(index < 0 || index > mData.nodes.size() ? mData.nodes.size() : index, node);
    emit nodeAdded(node.id);
    emit changed();
    return true;
}

bool Topology::removeNode(const QString &id)
{
    const int i = nodeIndex(id);
    if (i < 0)
        return false;
    emit nodeAboutToBeRemoved(id);
    mData.nodes.removeAt(i);
    emit nodeRemoved(id);
    emit changed();
    return true;
}

bool Topology::setNodeOption(const QString &id, const QString &key, const QJsonValue &value)
{
    const int i = nodeIndex(id);
    if (i < 0)
        return false;
    QJsonObject &options = mData.nodes[i].options;
    if (value.isUndefined()) {
        if (!options.contains(key))
            return false;
        options.remove(key);
    } else {
        if (options.value(key) == value && options.contains(key))
            return false;
        options.insert(key, value);
    }
    emit nodeChanged(id, key);
    emit changed();
    return true;
}

bool Topology::setNodeLabel(const QString &id, const QString &label)
{
    const int i = nodeIndex(id);
    if (i < 0 || mData.nodes.at(i).label == label)
        return false;
    mData.nodes[i].label = label;
    emit nodeChanged(id, QStringLiteral("label"));
    emit changed();
    return true;
}

bool Topology::setNodeImage(const QString &id, const QString &image)
{
    const int i = nodeIndex(id);
    if (i < 0 || mData.nodes.at(i).image == image || (!image.isEmpty() && imageIndex(image) < 0))
        return false;
    mData.nodes[i].image = image;
    emit nodeChanged(id, QStringLiteral("image"));
    emit changed();
    return true;
}

bool Topology::setNodePosition(const QString &id, const QPointF &pos)
{
    const int i = nodeIndex(id);
    if (i < 0)
        return false;
    QJsonObject &view = mData.nodes[i].view;
    const QJsonValue x = qRound(pos.x()), y = qRound(pos.y());
    if (view.value(QStringLiteral("x")) == x && view.value(QStringLiteral("y")) == y)
        return false;
    view.insert(QStringLiteral("x"), x);
    view.insert(QStringLiteral("y"), y);
    emit nodeChanged(id, QStringLiteral("position"));
    emit changed();
    return true;
}

bool Topology::clearNodePosition(const QString &id)
{
    const int i = nodeIndex(id);
    if (i < 0)
        return false;
    QJsonObject &view = mData.nodes[i].view;
    if (!view.contains(QStringLiteral("x")) && !view.contains(QStringLiteral("y")))
        return false;
    view.remove(QStringLiteral("x"));
    view.remove(QStringLiteral("y"));
    emit nodeChanged(id, QStringLiteral("position"));
    emit changed();
    return true;
}

bool Topology::addLink(const Link &link, int index)
{
    if (link.id.isEmpty() || linkIndex(link.id) >= 0 || nodeIndex(link.from) < 0 || nodeIndex(link.to) < 0
        || link.from == link.to || mData.linkBetween(link.from, link.to))
        return false;
    mData.links.insert(index < 0 || index > mData.links.size() ? mData.links.size() : index, link);
    emit linkAdded(link.id);
    emit changed();
    return true;
}

bool Topology::removeLink(const QString &id)
{
    const int i = linkIndex(id);
    if (i < 0)
        return false;
    emit linkAboutToBeRemoved(id);
    mData.links.removeAt(i);
    emit linkRemoved(id);
    emit changed();
    return true;
}

bool Topology::setLinkAttribute(const QString &id, const QString &key, const QJsonValue &value)
{
    const int i = linkIndex(id);
    if (i < 0)
        return false;
    Link &l = mData.links[i];
    if (key == QLatin1String("transport") || key == QLatin1String("kind")) {
        const QString v = value.isUndefined() ? LinkOptions::option(key)->defaultValue.toString() : value.toString();
        QString &field = key == QLatin1String("transport") ? l.transport : l.kind;
        if (field == v)
            return false;
        field = v;
    } else if (key == QLatin1String("persistent")) {
        const bool v = value.isUndefined() ? true : value.toBool();
        if (l.persistent == v)
            return false;
        l.persistent = v;
    } else {
        return false;
    }
    emit linkChanged(id, key);
    emit changed();
    return true;
}

bool Topology::addImage(const ZosImage &image, int index)
{
    if (image.id.isEmpty() || imageIndex(image.id) >= 0)
        return false;
    mData.images.insert(index < 0 || index > mData.images.size() ? mData.images.size() : index, image);
    mData.rebuildIndexes();
    emit imageAdded(image.id);
    emit changed();
    return true;
}

bool Topology::removeImage(const QString &id)
{
    const int i = imageIndex(id);
    if (i < 0)
        return false;
    for (const Node &n : mData.nodes) {
        if (n.image == id)
            return false;  // callers move nodes out first, so undo can restore them
    }
    emit imageAboutToBeRemoved(id);
    mData.images.removeAt(i);
    emit imageRemoved(id);
    emit changed();
    return true;
}

bool Topology::setImageAttribute(const QString &id, const QString &key, const QJsonValue &value)
{
    const int i = imageIndex(id);
    if (i < 0)
        return false;
    ZosImage &img = mData.images[i];
    if (key == QLatin1String("label") || key == QLatin1String("domain")) {
        QString &field = key == QLatin1String("label") ? img.label : img.domain;
        if (field == value.toString())
            return false;
        field = value.toString();
    } else {
        // Geometry and other presentation keys live in the image's view object.
        if (img.view.value(key) == value && img.view.contains(key))
            return false;
        if (value.isUndefined())
            img.view.remove(key);
        else
            img.view.insert(key, value);
    }
    emit imageChanged(id, key);
    emit changed();
    return true;
}

bool Topology::addDomain(const SecurityDomain &domain, int index)
{
    if (domain.id.isEmpty() || indexOf(mData.domains, domain.id) >= 0)
        return false;
    mData.domains.insert(index < 0 || index > mData.domains.size() ? mData.domains.size() : index, domain);
    mData.domains[index < 0 || index >= mData.domains.size() ? mData.domains.size() - 1 : index].rebuildIndex();
    emit domainAdded(domain.id);
    emit changed();
    return true;
}

bool Topology::removeDomain(const QString &id)
{
    const int i = indexOf(mData.domains, id);
    if (i < 0)
        return false;
    mData.domains.removeAt(i);
    emit domainRemoved(id);
    emit changed();
    return true;
}

bool Topology::setDomain(const SecurityDomain &domain)
{
    const int i = indexOf(mData.domains, domain.id);
    if (i < 0)
        return false;
    mData.domains[i] = domain;
    mData.domains[i].rebuildIndex();
    emit domainReplaced(domain.id);
    emit domainChanged(domain.id);
    emit changed();
    return true;
}

bool Topology::sameDomainRow(const DomainRow &a, const DomainRow &b)
{
    if (a.index() != b.index())
        return false;
    return std::visit([&b](const auto &x) { return same(x, std::get<std::decay_t<decltype(x)>>(b)); }, a);
}

int Topology::domainRowCount(const QString &id, DomainTable table) const
{
    const SecurityDomain *d = mData.domain(id);
    return d ? withTable(*d, table, [](const auto &list) { return int(list.size()); }) : 0;
}

Topology::DomainRow Topology::domainRow(const QString &id, DomainTable table, int row) const
{
    const SecurityDomain *d = mData.domain(id);
    if (!d || row < 0 || row >= domainRowCount(id, table))
        return {};
    return withTable(*d, table, [row](const auto &list) { return DomainRow(list.at(row)); });
}

void Topology::finishDomainEdit(int index)
{
    mData.domains[index].rebuildIndex();
}

bool Topology::setDomainRow(const QString &id, DomainTable table, int row, const DomainRow &value)
{
    const int i = indexOf(mData.domains, id);
    if (i < 0 || tableOf(value) != table || row < 0 || row >= domainRowCount(id, table)
        || sameDomainRow(domainRow(id, table, row), value))
        return false;
    withTable(mData.domains[i], table, [&](auto &list) {
        list[row] = std::get<ElementOf<decltype(list)>>(value);
        return 0;
    });
    finishDomainEdit(i);
    emit domainRowsChanged(id, table, row, row);
    emit domainChanged(id);
    emit changed();
    return true;
}

bool Topology::insertDomainRows(const QString &id, DomainTable table, int first, const QList<DomainRow> &rows)
{
    const int i = indexOf(mData.domains, id);
    if (i < 0 || rows.isEmpty() || first < 0 || first > domainRowCount(id, table))
        return false;
    for (const DomainRow &r : rows) {
        if (tableOf(r) != table)
            return false;
    }
    const int last = first + int(rows.size()) - 1;
    emit domainRowsAboutToBeInserted(id, table, first, last);
    withTable(mData.domains[i], table, [&](auto &list) {
        using T = ElementOf<decltype(list)>;
        list.insert(first, rows.size(), T());
        for (qsizetype k = 0; k < rows.size(); ++k)
            list[first + k] = std::get<T>(rows.at(k));
        return 0;
    });
    finishDomainEdit(i);
    emit domainRowsInserted(id, table, first, last);
    emit domainChanged(id);
    emit changed();
    return true;
}

bool Topology::removeDomainRows(const QString &id, DomainTable table, int first, int count)
{
    const int i = indexOf(mData.domains, id);
    if (i < 0 || count <= 0 || first < 0 || first + count > domainRowCount(id, table))
        return false;
    emit domainRowsAboutToBeRemoved(id, table, first, first + count - 1);
    withTable(mData.domains[i], table, [&](auto &list) {
        list.remove(first, count);
        return 0;
    });
    finishDomainEdit(i);
    emit domainRowsRemoved(id, table, first, first + count - 1);
    emit domainChanged(id);
    emit changed();
    return true;
}

bool Topology::setDomainActiveClasses(const QString &id, const QStringList &classes)
{
    const int i = indexOf(mData.domains, id);
    if (i < 0 || mData.domains.at(i).activeClasses == classes)
        return false;
    mData.domains[i].activeClasses = classes;
    finishDomainEdit(i);
    emit domainChanged(id);
    emit changed();
    return true;
}

bool Topology::addRequest(const Request &request, int index)
{
    if (request.id.isEmpty() || indexOf(mData.requests, request.id) >= 0)
        return false;
    mData.requests.insert(index < 0 || index > mData.requests.size() ? mData.requests.size() : index, request);
    emit requestAdded(request.id);
    emit changed();
    return true;
}

bool Topology::removeRequest(const QString &id)
{
    const int i = indexOf(mData.requests, id);
    if (i < 0)
        return false;
    mData.requests.removeAt(i);
    emit requestRemoved(id);
    emit changed();
    return true;
}

bool Topology::setRequest(const Request &request)
{
    const int i = indexOf(mData.requests, request.id);
    if (i < 0)
        return false;
    mData.requests[i] = request;
    emit requestChanged(request.id);
    emit changed();
    return true;
}

bool Topology::setName(const QString &name)
{
    if (mData.name == name)
        return false;
    mData.name = name;
    emit documentChanged(QStringLiteral("name"));
    emit changed();
    return true;
}

bool Topology::setSimulationTime(const QDateTime &time)
{
    if (mData.simulationTime == time)
        return false;
    mData.simulationTime = time;
    emit documentChanged(QStringLiteral("simulationTime"));
    emit changed();
    return true;
}

QString Topology::uniqueId(const QString &prefix) const
{
    for (int n = 1;; ++n) {
        const QString id = prefix + QString::number(n);
        if (nodeIndex(id) < 0 && linkIndex(id) < 0 && imageIndex(id) < 0 && indexOf(mData.domains, id) < 0
            && indexOf(mData.requests, id) < 0)
            return id;
    }
}
