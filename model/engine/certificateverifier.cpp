#include "certificateverifier.h"

#include "certificate.h"
#include "topologyindex.h"

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>

namespace {

constexpr int kMaxChain = 16;

template<typename T, void (*F)(T *)>
struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;
void freeStack(STACK_OF(X509) *s) { sk_X509_free(s); }
using StackPtr = std::unique_ptr<STACK_OF(X509), Deleter<STACK_OF(X509), freeStack>>;

X509Ptr parsePem(const QString &pem)
{
    const QByteArray bytes = pem.toLatin1();
    std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>> bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
    return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

CertificateVerifier::Result verifyPem(const TopologyIndex &topology, const Certificate &leaf,
                                      const QStringList &truststore, const QDateTime &time)
{
    X509Ptr cert = parsePem(leaf.pem);
    if (!cert)
        return {false, QStringLiteral("the PEM of %1 cannot be read").arg(leaf.id)};
    StorePtr store(X509_STORE_new());
    int anchors = 0;
    for (const QString &id : truststore) {
        const Certificate *ca = topology.certificate(id);
        if (!ca || ca->pem.isEmpty())
            continue;
        if (X509Ptr x = parsePem(ca->pem)) {
            X509_STORE_add_cert(store.get(), x.get());
            ++anchors;
        }
    }
    if (anchors == 0)
        return {false, QStringLiteral("no truststore CA has a PEM to verify %1 against").arg(leaf.id)};
    // Intermediates: follow the logical issuer chain and offer every PEM found.
    StackPtr untrusted(sk_X509_new_null());
    std::vector<X509Ptr> keep;
    const Certificate *c = &leaf;
    for (int depth = 0; depth < kMaxChain && c && c->issuer != c->id; ++depth) {
        c = topology.certificate(c->issuer);
        if (c && !c->pem.isEmpty()) {
            if (X509Ptr x = parsePem(c->pem)) {
                sk_X509_push(untrusted.get(), x.get());
                keep.push_back(std::move(x));
            }
        }
    }
    StoreCtxPtr ctx(X509_STORE_CTX_new());
    X509_STORE_CTX_init(ctx.get(), store.get(), cert.get(), untrusted.get());
    X509_STORE_CTX_set_time(ctx.get(), 0, time_t(time.toSecsSinceEpoch()));
    if (X509_verify_cert(ctx.get()) == 1)
        return {true, QStringLiteral("%1 verified by OpenSSL against the truststore").arg(leaf.subject)};
    const int err = X509_STORE_CTX_get_error(ctx.get());
    return {false, QStringLiteral("OpenSSL rejects %1: %2")
                       .arg(leaf.subject, QString::fromLatin1(X509_verify_cert_error_string(err)))};
}

QString when(const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); }

} // namespace

CertificateVerifier::Result CertificateVerifier::verify(const TopologyIndex &topology, const QString &certificateId,
                                                        const QStringList &truststore, const QDateTime &time)
{
    const Certificate *leaf = topology.certificate(certificateId);
    if (!leaf)
        return {false, QStringLiteral("no certificate presented")};
    if (!leaf->pem.isEmpty())
        return verifyPem(topology, *leaf, truststore, time);
    const Certificate *c = leaf;
    for (int depth = 0; depth < kMaxChain; ++depth) {
        if (!c->isValidAt(time))
            return {false, QStringLiteral("%1 is not valid at %2 (valid %3 to %4)")
                               .arg(c->subject, when(time), when(c->notBefore), when(c->notAfter))};
        if (c != leaf && !c->ca)
            return {false, QStringLiteral("%1 is not a CA and cannot issue certificates").arg(c->subject)};
        if (truststore.contains(c->id))
            return {true, c == leaf ? QStringLiteral("%1 is itself in the truststore").arg(leaf->subject)
                                    : QStringLiteral("%1 issued by trusted CA %2, valid at %3")
                                          .arg(leaf->subject, c->subject, when(time))};
        if (c->issuer == c->id || c->issuer.isEmpty())
            return {false, QStringLiteral("%1 chains to %2, which is not in the truststore")
                               .arg(leaf->subject, c->subject)};
        c = topology.certificate(c->issuer);
        if (!c)
            return {false, QStringLiteral("the issuer of %1 is unknown").arg(leaf->subject)};
    }
    return {false, QStringLiteral("the chain of %1 is longer than %2 certificates").arg(leaf->subject).arg(kMaxChain)};
}
