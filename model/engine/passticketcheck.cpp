#include "passticketcheck.h"

#include "hopcontext.h"
#include "passticket.h"
#include "safcalls.h"
#include "securitydomain.h"

namespace {

constexpr int kWindow = 600;  // PT-02

PassTicket::Type typeFor(const QByteArray &key, const PtktData &profile)
{
    return PassTicket::typeForKey(key, profile.enhancedType == QLatin1String("mixed"));
}

} // namespace

PassTicketCheck::Generated PassTicketCheck::generate(const SecurityDomain *domain, const QString &user,
                                                     const QString &appl, const QString &keyOverride, qint64 time)
{
    Generated g;
    const PtktData *profile = domain ? domain->ptktProfile(appl) : nullptr;
    QString keyHex = keyOverride;
    if (keyHex.isEmpty()) {
        if (!profile) {
            g.problem = QStringLiteral("no PTKTDATA profile %1 to take the key from").arg(appl);
            return g;
        }
        if (profile->key.locked) {
            g.problem = QStringLiteral("the key of PTKTDATA %1 is encrypted and no passphrase was given").arg(appl);
            return g;
        }
        keyHex = profile->key.plain;
    }
    const auto key = PassTicket::parseKey(keyHex, &g.problem);
    if (!key)
        return g;
    const PassTicket::Type type = profile ? typeFor(*key, *profile) : PassTicket::typeForKey(*key);
    g.ticket = PassTicket::generate(user, appl, *key, time, type);
    g.keyHex = keyHex.toUpper();
    g.ok = !g.ticket.isEmpty();
    if (!g.ok)
        g.problem = QStringLiteral("user ID and application name must be 1-8 characters");
    return g;
}

bool PassTicketCheck::validate(HopContext &ctx, const SecurityDomain *domain, const QString &user, const QString &appl)
{
    const QString pt1 = QStringLiteral("PT-01");
    const Identity &in = ctx.in();
    if (appl.isEmpty())
        return ctx.fail(pt1, QStringLiteral("no APPLID to validate the PassTicket against (set datastoreApplid)"));
    const SafCalls::Authentication who = SafCalls::verifyUser(domain, user);
    if (!who.ok)
        return ctx.fail(pt1, [&] { return who.detail(); });
    if (!domain->isClassActive(QStringLiteral("PTKTDATA")))
        return ctx.fail(pt1, [&] { return QStringLiteral("class PTKTDATA is not active in %1").arg(domain->id); });
    const PtktData *profile = domain->ptktProfile(appl);
    if (!profile)
        return ctx.fail(pt1, [&] { return QStringLiteral("no discrete PTKTDATA profile %1 in %2").arg(appl, domain->id); });
    if (profile->key.locked)
        return ctx.fail(pt1, [&] { return QStringLiteral("the key of PTKTDATA %1 is encrypted and no passphrase was given").arg(appl); });
    const auto key = PassTicket::parseKey(profile->key.plain);
    const std::optional<qint64> at = key ? PassTicket::validate(ctx.in().ticketText, user, appl, *key, ctx.state.now,
                                                                typeFor(*key, *profile), kWindow)
                                         : std::nullopt;
    if (!at) {
        const Identity::Ticket &t = in.ticket;
        if (t.keyHex.compare(profile->key.plain, Qt::CaseInsensitive) != 0)
            return ctx.fail(pt1, [&] { return QStringLiteral("%1 does not validate: the sender's key differs from PTKTDATA %2 in %3")
                                     .arg(in.ticketText, appl, domain->id); });
        if (in.value(Identity::Passticket) != user || t.appl != appl)
            return ctx.fail(pt1, [&] { return QStringLiteral("%1 was generated for %2/%3, not %4/%5")
                                     .arg(in.ticketText, in.value(Identity::Passticket), t.appl, user, appl); });
        return ctx.fail(QStringLiteral("PT-02"),
                        [&] { return QStringLiteral("%1 was generated %2 s from the evaluator's clock; the window is %3 s either side")
                            .arg(in.ticketText).arg(t.generatedAt - ctx.state.now).arg(kWindow); });
    }
    ctx.pass(pt1, [&] { return QStringLiteral("%1 regenerates for %2/%3 with the key of PTKTDATA %3").arg(in.ticketText, user, appl); });
    ctx.pass(QStringLiteral("PT-02"), [&] { return QStringLiteral("generated %1 s from the evaluator's clock, within %2 s")
                                          .arg(*at - ctx.state.now).arg(kWindow); });

    const PtktData *perUser = domain->ptktProfile(appl + QLatin1Char('.') + user);
    const bool replayProtected = perUser ? perUser->replayProtection : profile->replayProtection;
    const QString used = user + QLatin1Char('/') + appl + QLatin1Char('/') + in.ticketText;
    if (!replayProtected) {
        ctx.skip(QStringLiteral("PT-03"), [&] { return QStringLiteral("replay protection off (APPLDATA 'NO REPLAY PROTECTION' on %1)")
                                              .arg(perUser ? perUser->appl : profile->appl); });
    } else if (ctx.state.usedTickets.contains(used)) {
        return ctx.fail(QStringLiteral("PT-03"), [&] { return QStringLiteral("%1 was already used by %2 for %3: replay refused")
                                                     .arg(in.ticketText, user, appl); });
    } else {
        ctx.pass(QStringLiteral("PT-03"), [&] { return QStringLiteral("first use of %1").arg(in.ticketText); });
    }
    ctx.state.usedTickets.insert(used);
    return SafCalls::authorize(ctx, QStringLiteral("PT-04"), domain, user, QStringLiteral("APPL"), appl);
}
