#include "requestreader.h"

#include "jsonfieldreader.h"
#include "jsonkeyset.h"
#include "passticket.h"

#include <QJsonArray>

namespace {

const QStringList kKinds = {"transaction", "command", "db", "sync_callout", "async_callout", "msc"};
const QStringList kTokens = {"none", "UNTP", "SAML11", "SAML20", "SAML11_SIGNED", "SAML20_SIGNED"};
const QStringList kResults = {"pass", "fail", "bypass", "skip", "info"};
// Keys each entry may have; built once, as a file can hold 100,000 requests.
const QStringList kIdentityKeys = {"userid", "password", "group", "token", "samlSigner", "netuid", "netsid", "jwt",
                                   "passticket", "passticketKey", "passticketTime", "trusted"};
const QStringList kRequestKeys = {"id", "label", "kind", "resource", "path", "identity", "repeat", "expect", "view"};

// Identity values are principal names, not SAF names: they may be lower case
// or long (an LDAP user), and are upper-cased only where they enter z/OS.
constexpr int kMaxIdentityText = 4096;

RequestIdentity readIdentity(JsonFieldReader &r, const QJsonObject &o, const QString &p)
{
    RequestIdentity id;
    const JsonKeySet keys(o);
    // An absent optional key reads as empty without an error: skip the lookup.
    const auto text = [&](const QString &key, int maxLength) {
        return keys.has(key) ? r.text(o, key, p, false, maxLength) : QString();
    };
    id.userid = text(QStringLiteral("userid"), kMaxIdentityText);
    const auto pw = keys.has(QStringLiteral("password")) ? o.constFind(QStringLiteral("password")) : o.constEnd();
    id.hasPassword = pw != o.constEnd() && pw->isString();
    id.password = id.hasPassword ? r.text(o, QStringLiteral("password"), p, false, 1024) : text(QStringLiteral("password"), 1024);
    id.group = text(QStringLiteral("group"), 8).toUpper();
    id.token = text(QStringLiteral("token"), 32);
    if (!id.token.isEmpty() && !kTokens.contains(id.token))
        r.error(JsonFieldReader::join(p, QStringLiteral("token")),
                QStringLiteral("expected one of %1, got \"%2\"").arg(kTokens.join(QStringLiteral(", ")), id.token));
    if (keys.has(QStringLiteral("samlSigner")))
        id.samlSigner = r.id(o, QStringLiteral("samlSigner"), p, false);
    id.netuid = text(QStringLiteral("netuid"), kMaxIdentityText);
    id.netsid = text(QStringLiteral("netsid"), kMaxIdentityText);
    const QJsonValue jwt = keys.has(QStringLiteral("jwt")) ? o.value(QStringLiteral("jwt")) : QJsonValue(QJsonValue::Undefined);
    if (jwt.isString() || jwt.isObject())
        id.jwt = jwt;
    else if (!jwt.isUndefined() && !jwt.isNull())
        r.error(JsonFieldReader::join(p, QStringLiteral("jwt")),
                QStringLiteral("expected a compact JWT string or {\"iss\", \"sub\", \"aud\", \"exp\"}, got %1")
                    .arg(JsonFieldReader::typeName(jwt)));
    id.passticket = keys.has(QStringLiteral("passticket")) && r.boolean(o, QStringLiteral("passticket"), p, false);
    id.passticketKey = text(QStringLiteral("passticketKey"), 64);
    QString problem;
    if (!id.passticketKey.isEmpty() && !PassTicket::parseKey(id.passticketKey, &problem))
        r.error(JsonFieldReader::join(p, QStringLiteral("passticketKey")), problem);
    id.passticketTime = text(QStringLiteral("passticketTime"), 64);
    if (!id.passticketTime.isEmpty())
        r.time(o, QStringLiteral("passticketTime"), p, false);
    id.trusted = keys.has(QStringLiteral("trusted")) && r.boolean(o, QStringLiteral("trusted"), p, false);
    id.extra = keys.within(kIdentityKeys) ? QJsonObject() : r.unknownKeys(o, kIdentityKeys, p);
    return id;
}

void checkExpect(JsonFieldReader &r, const QJsonObject &e, const QString &p)
{
    const QString outcome = r.text(e, QStringLiteral("outcome"), p, false, 16);
    if (!outcome.isEmpty() && outcome != QLatin1String("accepted") && outcome != QLatin1String("rejected"))
        r.error(JsonFieldReader::join(p, QStringLiteral("outcome")),
                QStringLiteral("expected \"accepted\" or \"rejected\", got \"%1\"").arg(outcome));
    const QJsonObject checks = r.object(e, QStringLiteral("checks"), p);
    for (auto hop = checks.constBegin(); hop != checks.constEnd(); ++hop) {
        const QString hp = JsonFieldReader::join(JsonFieldReader::join(p, QStringLiteral("checks")), hop.key());
        if (!hop.value().isObject()) {
            r.error(hp, QStringLiteral("expected {\"RULE\": \"result\"}, got %1").arg(JsonFieldReader::typeName(hop.value())));
            continue;
        }
        const QJsonObject rules = hop.value().toObject();
        for (auto it = rules.constBegin(); it != rules.constEnd(); ++it) {
            if (!kResults.contains(it.value().toString()))
                r.error(JsonFieldReader::join(hp, it.key()),
                        QStringLiteral("expected pass, fail, bypass, skip or info, got %1").arg(JsonFieldReader::quoted(it.value())));
        }
    }
    for (const char *key : {"arrives", "absent"})
        r.object(e, QLatin1String(key), p);
    r.stringList(e, QStringLiteral("findings"), p);
}

} // namespace

bool RequestReader::isKnownKind(const QString &kind) { return kKinds.contains(kind); }

Request RequestReader::read(JsonFieldReader &r, const QJsonObject &o, const QString &p)
{
    Request q;
    const JsonKeySet keys(o);
    q.id = r.id(o, QStringLiteral("id"), p);
    if (keys.has(QStringLiteral("label")))
        q.label = r.text(o, QStringLiteral("label"), p, false, 256);
    q.kind = r.text(o, QStringLiteral("kind"), p, true, 32);
    if (!q.kind.isEmpty() && !isKnownKind(q.kind))
        r.error(JsonFieldReader::join(p, QStringLiteral("kind")),
                QStringLiteral("unknown request kind \"%1\"; expected one of %2").arg(q.kind, kKinds.join(QStringLiteral(", "))));
    q.resource = r.text(o, QStringLiteral("resource"), p, false, 246);
    q.path = r.stringList(o, QStringLiteral("path"), p);
    if (q.path.isEmpty())
        r.error(JsonFieldReader::join(p, QStringLiteral("path")), QStringLiteral("a request needs a path of at least one node"));
    q.identity = readIdentity(r, r.object(o, QStringLiteral("identity"), p), JsonFieldReader::join(p, QStringLiteral("identity")));
    if (keys.has(QStringLiteral("repeat")))
        q.repeat = r.integer(o, QStringLiteral("repeat"), p, 1, 1, 1000);
    q.hasExpect = keys.has(QStringLiteral("expect"));
    if (q.hasExpect) {
        q.expect = r.object(o, QStringLiteral("expect"), p);
        checkExpect(r, q.expect, JsonFieldReader::join(p, QStringLiteral("expect")));
    }
    if (keys.has(QStringLiteral("view")))
        q.view = r.object(o, QStringLiteral("view"), p);
    q.extra = keys.within(kRequestKeys) ? QJsonObject() : r.unknownKeys(o, kRequestKeys, p);
    return q;
}
