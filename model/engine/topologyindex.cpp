#include "topologyindex.h"

#include "topologydata.h"

TopologyIndex::TopologyIndex(const TopologyData &t) : mData(t)
{
    QHash<QString, const SecurityDomain *> imageDomains;
    for (const ZosImage &img : t.images)
        imageDomains.insert(img.id, t.domain(img.domain));
    mNodes.reserve(t.nodes.size());
    for (const Node &n : t.nodes) {
        mNodes.insert(n.id, &n);
        if (!n.image.isEmpty())
            mDomains.insert(n.id, imageDomains.value(n.image));
    }
    for (const Link &l : t.links) {
        mLinks.insert(pairKey(l.from, l.to), &l);
        if (const Node *to = mNodes.value(l.to))
            mNeighbours.insert(l.from, to);
        if (const Node *from = mNodes.value(l.from))
            mNeighbours.insert(l.to, from);
    }
    for (const Certificate &c : t.certificates)
        mCertificates.insert(c.id, &c);
}

QString TopologyIndex::pairKey(const QString &a, const QString &b)
{
    return a < b ? a + QLatin1Char('\n') + b : b + QLatin1Char('\n') + a;
}

const Link *TopologyIndex::link(const QString &a, const QString &b) const
{
    return mLinks.value(pairKey(a, b));
}

QList<const Node *> TopologyIndex::neighbours(const QString &id) const
{
    QList<const Node *> out = mNeighbours.values(id);
    std::reverse(out.begin(), out.end());  // QMultiHash returns the newest first
    return out;
}

const SecurityDomain *TopologyIndex::domainOf(const Node &n) const
{
    return mDomains.value(n.id);
}
