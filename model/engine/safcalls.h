#pragma once

#include "accesslevel.h"

#include <QString>

class HopContext;
class SecurityDomain;

// SAF calls shared by the stages: authentication (SAF-01) and authorization
// checks recorded under the rule of the component that makes them.
namespace SafCalls {

struct Authentication
{
    bool ok = false;
    QString detail;
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
