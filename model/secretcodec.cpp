#include "secretcodec.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace {

constexpr int kKeyBytes = 32;
constexpr int kTagBytes = 16;
constexpr int kIvBytes = 12;

struct CtxFree
{
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CtxFree>;

QByteArray deriveKey(const QString &passphrase, const QByteArray &salt, int iterations)
{
    const QByteArray pass = passphrase.toUtf8();
    QByteArray key(kKeyBytes, '\0');
    if (PKCS5_PBKDF2_HMAC(pass.constData(), int(pass.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                          iterations, EVP_sha256(), kKeyBytes,
                          reinterpret_cast<unsigned char *>(key.data()))
        != 1)
        return {};
    return key;
}

int iterationsOf(const QJsonObject &o)
{
    return o.value(QStringLiteral("iter")).toInt(SecretCodec::kMinIterations);
}

} // namespace

bool SecretCodec::isEnvelope(const QJsonObject &o, QString *problem)
{
    if (o.value(QStringLiteral("enc")).toString() != QLatin1String("aes-256-gcm")) {
        *problem = QStringLiteral("encrypted secret: \"enc\" must be \"aes-256-gcm\"");
        return false;
    }
    for (const char *key : {"salt", "iv", "data"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString() || QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors)
                                 .decodingStatus != QByteArray::Base64DecodingStatus::Ok) {
            *problem = QStringLiteral("encrypted secret: \"%1\" must be base64 text").arg(QLatin1String(key));
            return false;
        }
    }
    if (iterationsOf(o) < kMinIterations) {
        *problem = QStringLiteral("encrypted secret: at least %1 PBKDF2 iterations required").arg(kMinIterations);
        return false;
    }
    return true;
}

std::optional<QString> SecretCodec::decrypt(const QJsonObject &envelope, const QString &passphrase,
                                            QString *problem)
{
    if (!isEnvelope(envelope, problem))
        return std::nullopt;
    const QByteArray salt = QByteArray::fromBase64(envelope.value(QStringLiteral("salt")).toString().toLatin1());
    const QByteArray iv = QByteArray::fromBase64(envelope.value(QStringLiteral("iv")).toString().toLatin1());
    const QByteArray data = QByteArray::fromBase64(envelope.value(QStringLiteral("data")).toString().toLatin1());
    if (data.size() < kTagBytes || iv.isEmpty()) {
        *problem = QStringLiteral("encrypted secret: data too short");
        return std::nullopt;
    }
    const QByteArray key = deriveKey(passphrase, salt, iterationsOf(envelope));
    const QByteArray cipher = data.left(data.size() - kTagBytes);
    QByteArray tag = data.right(kTagBytes);
    QByteArray plain(cipher.size() + kTagBytes, '\0');
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    int total = 0;
    const auto u = [](const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); };
    bool ok = ctx && !key.isEmpty()
              && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
              && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) == 1
              && EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, u(key), u(iv)) == 1
              && EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &len,
                                   u(cipher), int(cipher.size()))
                     == 1;
    total = len;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1
         && EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + total, &len) == 1;
    if (!ok) {
        *problem = QStringLiteral("encrypted secret: wrong passphrase or damaged data");
        return std::nullopt;
    }
    plain.truncate(total + len);
    return QString::fromUtf8(plain);
}

QJsonObject SecretCodec::encrypt(const QString &plainText, const QString &passphrase, int iterations)
{
    QByteArray salt(16, '\0');
    QByteArray iv(kIvBytes, '\0');
    RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), int(salt.size()));
    RAND_bytes(reinterpret_cast<unsigned char *>(iv.data()), int(iv.size()));
    const QByteArray key = deriveKey(passphrase, salt, iterations);
    const QByteArray plain = plainText.toUtf8();
    QByteArray out(plain.size() + kTagBytes, '\0');
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    int total = 0;
    const auto u = [](const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); };
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    if (!ctx || key.isEmpty()
        || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kIvBytes, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, u(key), u(iv)) != 1
        || EVP_EncryptUpdate(ctx.get(), o, &len, u(plain), int(plain.size())) != 1)
        return {};
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), o + total, &len) != 1)
        return {};
    total += len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, o + total) != 1)
        return {};
    out.truncate(total + kTagBytes);
    QJsonObject env{{"enc", "aes-256-gcm"},
                    {"salt", QString::fromLatin1(salt.toBase64())},
                    {"iv", QString::fromLatin1(iv.toBase64())},
                    {"data", QString::fromLatin1(out.toBase64())}};
    if (iterations != kMinIterations)
        env.insert(QStringLiteral("iter"), iterations);
    return env;
}
