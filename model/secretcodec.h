#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// Encrypted secrets in .secflow files: AES-256-GCM with a key derived from a
// passphrase by PBKDF2-HMAC-SHA256 (600,000 iterations unless "iter" says more).
namespace SecretCodec {
constexpr int kMinIterations = 600000;

bool isEnvelope(const QJsonObject &o, QString *problem);
std::optional<QString> decrypt(const QJsonObject &envelope, const QString &passphrase, QString *problem);
QJsonObject encrypt(const QString &plain, const QString &passphrase, int iterations = kMinIterations);
} // namespace SecretCodec
