#pragma once

#include "accesslevel.h"

#include <QString>

class HopContext;
class SecurityDomain;

// SAF calls shared by the stages: authentication (SAF-01) and authorization
// checks recorded under the rule of the component that makes them.
namespace SafCalls {

// The outcome of a RACF verification. The text is formatted only when asked
// for, so a lean simulation (Simulator::setDetails(false)) never builds it.
struct Authentication
{
    enum class Reason { Verified, Authenticated, NoDomain, NoUserid, Undefined, Revoked, Locked, WrongPassword,
                        NotConnected, Other };

    bool ok = false;
    Reason reason = Reason::Other;
    QString userid;
    QString domain;  // the RACF database id
    QString group;
    QString text;    // with Reason::Other

    static Authentication other(const QString &text)
    {
        Authentication a;
        a.text = text;
        return a;
    }
    QString detail() const;
};

// SAF-01: the user exists, is not revoked, the password matches and, when a
// group is named, the user is connected to it.
Authentication authenticate(const SecurityDomain *domain, const QString &userid, const QString &password,
                            const QString &group = {});
// RACF verification without a password (OTMA-06, WAS thread identity checks).
Authentication verifyUser(const SecurityDomain *domain, const QString &userid);

// SAF-02..SAF-04 under `rule`: pass (granted or not protected), fail (denied)
// or skip (class inactive). Returns whether the request may go on.
bool authorize(HopContext &ctx, const QString &rule, const SecurityDomain *domain, const QString &userid,
               const QString &cls, const QString &resource, bool recordUser = true);

// A SAF-valid user ID: 1-8 characters of A-Z 0-9 # @ $, upper-cased.
QString safUserid(const QString &principal);

} // namespace SafCalls
