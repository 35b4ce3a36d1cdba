#pragma once

#include "requestidentity.h"

#include <QList>
#include <QStringList>

struct Request;
struct TopologyData;
class SecurityDomain;
struct RacfUser;

// The identity a row's user presents: the template's shape (password or not,
// PassTicket, trusted indicator, token kind, group or not, JWT or not) filled
// with that user. A password is the user's own from the RACF database, so the
// matrix shows authorization rather than typing mistakes; it is taken from the
// first database along the path that knows the user (the one that
// authenticates). A JWT gets the user's distributed name from `idmaps` as its
// subject (the user ID itself when no mapping exists). A group is the user's
// default group. Identities supplied by nodes (connection bundles, aliases,
// client certificates) are the nodes' business and stay as configured.
class AccessMatrixIdentity
{
public:
    AccessMatrixIdentity(const TopologyData &t, const Request &templ);

    RequestIdentity forUser(const QString &user) const;
    bool presentsPassword() const { return mTemplate.hasPassword; }
    // Users whose password the matrix cannot present: unknown, unset or encrypted without passphrase.
    QStringList withoutPassword(const QStringList &users) const;

private:
    const RacfUser *findUser(const QString &user) const;
    QString distributedName(const QString &registry, const QString &user) const;

    RequestIdentity mTemplate;
    QList<const SecurityDomain *> mDomains;  // path order, no duplicates
};
