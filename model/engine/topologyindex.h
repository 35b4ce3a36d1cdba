#pragma once

#include "certificateverifier.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <mutex>
#include <utility>

struct Certificate;
struct Link;
struct Node;
struct TopologyData;
class SecurityDomain;

// Hash lookups over a TopologyData, built once per simulation run so that a
// hop costs the same with 20 nodes or 2,000.
class TopologyIndex
{
public:
    explicit TopologyIndex(const TopologyData &t);

    const TopologyData &data() const { return mData; }
    const Node *node(const QString &id) const { return mNodes.value(id); }
    const Link *link(const QString &a, const QString &b) const;
    // The same by node: no key string is built, for the per-hop lookups.
    const Link *link(const Node *a, const Node *b) const;
    const SecurityDomain *domainOf(const Node &n) const;
    const Certificate *certificate(const QString &id) const { return mCertificates.value(id); }
    // Every node joined to `id` by a link, in link order.
    QList<const Node *> neighbours(const QString &id) const;
    // A node's "certificate" and "truststore" options, read once (NET-02/03).
    QString certificate(const Node &n) const;
    QStringList truststore(const Node &n) const;
    // Whether `holder`'s certificate chains to `truster`'s truststore at
    // `time` (CertificateVerifier::verify), remembered: the answer depends
    // only on those, and OpenSSL chain checks and their wording cost more
    // than the rest of a hop. Safe across threads.
    CertificateVerifier::Result verifyCertificate(const Node &holder, const Node &truster, const QDateTime &time) const;

private:
    struct Tls
    {
        QString certificate;
        QStringList truststore;
    };
    using NodePair = std::pair<const Node *, const Node *>;

    static QString pairKey(const QString &a, const QString &b);
    static NodePair nodePair(const Node *a, const Node *b) { return a < b ? NodePair(a, b) : NodePair(b, a); }

    const TopologyData &mData;
    QHash<QString, const Node *> mNodes;
    QHash<QString, const Link *> mLinks;
    QHash<QString, const SecurityDomain *> mDomains;
    QHash<QString, const Certificate *> mCertificates;
    QMultiHash<QString, const Node *> mNeighbours;
    QHash<NodePair, const Link *> mNodeLinks;
    QHash<const Node *, Tls> mTls;
    mutable std::mutex mVerifiedMutex;
    using Verification = std::pair<NodePair, qint64>;  // (holder, truster), time
    mutable QHash<Verification, CertificateVerifier::Result> mVerified;
};
