#pragma once

#include <QString>

class HopContext;
class SecurityDomain;

// Generation and RACF evaluation of PassTickets as the engine uses them
// (PT-01..PT-04): the sender computes a real ticket with its key, the
// receiver regenerates it with its own.
namespace PassTicketCheck {

struct Generated
{
    bool ok = false;
    QString ticket;
    QString keyHex;
    QString problem;
};

Generated generate(const SecurityDomain *domain, const QString &user, const QString &appl,
                   const QString &keyOverride, qint64 time);

// Validates ctx.in()'s PassTicket for `user` against `appl` in `domain` and
// records PT-01..PT-04. Returns whether the user is authenticated.
bool validate(HopContext &ctx, const SecurityDomain *domain, const QString &user, const QString &appl);

} // namespace PassTicketCheck
