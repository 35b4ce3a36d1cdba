#include "topologydata.h"

namespace {
template<typename T>
const T *findById(const QList<T> &list, const QString &id)
{
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}
} // namespace

const Node *TopologyData::node(const QString &id) const { return findById(nodes, id); }
const Link *TopologyData::link(const QString &id) const { return findById(links, id); }
const ZosImage *TopologyData::image(const QString &id) const { return findById(images, id); }
const SecurityDomain *TopologyData::domain(const QString &id) const { return findById(domains, id); }
const Certificate *TopologyData::certificate(const QString &id) const { return findById(certificates, id); }
const Request *TopologyData::request(const QString &id) const { return findById(requests, id); }

const Link *TopologyData::linkBetween(const QString &a, const QString &b) const
{
    for (const Link &l : links) {
        if (l.joins(a, b))
            return &l;
    }
    return nullptr;
}

const SecurityDomain *TopologyData::domainOf(const Node &n) const
{
    if (n.image.isEmpty())
        return nullptr;
    const ZosImage *img = image(n.image);
    return img ? domain(img->domain) : nullptr;
}

void TopologyData::rebuildIndexes()
{
    for (SecurityDomain &d : domains)
        d.rebuildIndex();
}
