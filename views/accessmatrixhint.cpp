#include "accessmatrixhint.h"

#include "accessmatrixdefaults.h"
#include "accessmatrixidentity.h"
#include "accessmatrixinput.h"
#include "securitydomain.h"
#include "topologydata.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AccessMatrixHint", text);
}
} // namespace

QString AccessMatrixHint::text(const TopologyData &t, const AccessMatrixInput &in)
{
    const Request &r = in.templ;
    if (r.path.isEmpty())
        return {};
    QStringList parts;
    const SecurityDomain *domain = AccessMatrixDefaults::domain(t, r.path);
    parts << (domain ? tr("Defaults: the users of RACF database %1; the resources its %2 profiles name (PAY* gives PAY) "
                          "and those of the file's %3 requests.")
                           .arg(domain->id, AccessMatrixDefaults::classes(r.kind).join(QStringLiteral("/")), r.kind)
                     : tr("No node of this route is on z/OS: there is no RACF database to take users from."));
    const RequestIdentity &id = r.identity;
    const bool jwt = !id.jwt.isNull() && !id.jwt.isUndefined();
    if (id.hasPassword)
        parts << tr("Each user presents their own password from the RACF database, so the matrix shows "
                    "authorization, not typing mistakes.");
    if (id.passticket)
        parts << tr("Each user's client generates a PassTicket for that user.");
    if (id.trusted)
        parts << tr("Each user is sent with the trusted indicator.");
    if (jwt)
        parts << tr("Each user's JWT names them as the idmaps do (their user ID when no mapping exists).");
    else if (id.userid.isEmpty())
        parts << tr("The request carries no user ID of its own; each row adds its user ID alone.");
    if (!id.group.isEmpty())
        parts << tr("Each user gives their default group.");
    const QStringList missing = AccessMatrixIdentity(t, r).withoutPassword(in.users);
    if (!missing.isEmpty()) {
        QStringList shown = missing.mid(0, 5);
        if (missing.size() > shown.size())
            shown << tr("…");
        parts << tr("Without a known password, these users will fail to authenticate: %1.").arg(shown.join(QStringLiteral(", ")));
    }
    return parts.join(QLatin1Char(' '));
}
