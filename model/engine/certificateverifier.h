#pragma once

#include <QDateTime>
#include <QStringList>

class TopologyIndex;

// Decides whether a certificate chains to one of a truststore's CAs and is
// valid at the simulation time. With PEM data OpenSSL verifies the real
// chain (X509_verify_cert); otherwise the logical fields decide.
namespace CertificateVerifier {

struct Result
{
    bool ok = false;
    QString detail;
};

Result verify(const TopologyIndex &topology, const QString &certificateId, const QStringList &truststore,
              const QDateTime &time);

} // namespace CertificateVerifier
