#include "topologyindex.h"

#include "nodeoptions.h"
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
        const NodeOptions o(n);
        mTls.insert(&n, {o.text("certificate"), o.list("truststore")});
    }
    for (const Link &l : t.links) {
        mLinks.insert(pairKey(l.from, l.to), &l);
        const Node *to = mNodes.value(l.to);
        const Node *from = mNodes.value(l.from);
        if (to)
            mNeighbours.insert(l.from, to);
        if (from)
            mNeighbours.insert(l.to, from);
        if (to && from)
            mNodeLinks.insert(nodePair(from, to), &l);
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

const Link *TopologyIndex::link(const Node *a, const Node *b) const
{
    return mNodeLinks.value(nodePair(a, b));
}

QString TopologyIndex::certificate(const Node &n) const
{
    const auto it = mTls.constFind(&n);
    return it == mTls.constEnd() ? QString() : it->certificate;
}

QStringList TopologyIndex::truststore(const Node &n) const
{
    const auto it = mTls.constFind(&n);
    return it == mTls.constEnd() ? QStringList() : it->truststore;
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

CertificateVerifier::Result TopologyIndex::verifyCertificate(const Node &holder, const Node &truster, const QDateTime &time) const
{
    const Verification key{NodePair(&holder, &truster), time.toMSecsSinceEpoch()};
    {
        const std::lock_guard lock(mVerifiedMutex);
        if (auto it = mVerified.constFind(key); it != mVerified.constEnd())
            return *it;
    }
    CertificateVerifier::Result r = CertificateVerifier::verify(*this, certificate(holder), truststore(truster), time);
    const std::lock_guard lock(mVerifiedMutex);
    mVerified.insert(key, r);
    return r;
}
