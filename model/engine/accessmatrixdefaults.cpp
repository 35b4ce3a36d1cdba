#include "accessmatrixdefaults.h"

#include "nodeoptions.h"
#include "profilematcher.h"
#include "topologydata.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

QStringList sortedUnique(QStringList list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    list.removeAll(QString());
    return list;
}

// The one resource name that stands for a profile, or "" when there is none.
QString nameFor(const RacfProfile &p)
{
    if (!p.isGeneric())
        return p.name;
    const qsizetype cut = p.name.indexOf(QRegularExpression(QStringLiteral("[*%]")));
    const QString prefix = p.name.left(cut);
    return ProfileMatcher::matches(p.name, prefix) ? prefix : QString();
}

} // namespace

const SecurityDomain *AccessMatrixDefaults::domain(const TopologyData &t, const QStringList &path)
{
    const SecurityDomain *fallback = nullptr;
    const SecurityDomain *ims = nullptr;
    for (const QString &id : path) {
        const Node *n = t.node(id);
        const SecurityDomain *d = n ? t.domainOf(*n) : nullptr;
        if (!d)
            continue;
        fallback = d;
        if (n->kind == QLatin1String("ims"))
            ims = d;
    }
    return ims ? ims : fallback;
}

QStringList AccessMatrixDefaults::classes(const QString &kind)
{
    if (kind == QLatin1String("command"))
        return {QStringLiteral("CIMS")};
    if (kind == QLatin1String("db"))
        return {QStringLiteral("AIMS"), QStringLiteral("IIMS")};
    if (kind.endsWith(QLatin1String("_callout")))
        return {QStringLiteral("RIMS")};
    return {QStringLiteral("TIMS")};  // transaction, msc
}

QStringList AccessMatrixDefaults::users(const TopologyData &t, const Request &templ)
{
    QStringList out;
    if (const SecurityDomain *d = domain(t, templ.path)) {
        for (const RacfUser &u : d->users)
            out.append(u.id);
    }
    return sortedUnique(out);
}

QStringList AccessMatrixDefaults::resources(const TopologyData &t, const Request &templ)
{
    QStringList out;
    const QStringList cls = classes(templ.kind);
    const bool command = templ.kind == QLatin1String("command");
    if (const SecurityDomain *d = domain(t, templ.path)) {
        for (const RacfProfile &p : d->profiles) {
            if (!cls.contains(p.cls))
                continue;
            const QString name = nameFor(p);
            if (!name.isEmpty())
                out.append(command ? QLatin1Char('/') + name : name);
        }
    }
    if (templ.kind.endsWith(QLatin1String("_callout"))) {
        for (const QString &id : templ.path) {
            const Node *n = t.node(id);
            if (n && n->kind == QLatin1String("otma"))
                out += NodeOptions(*n).list("tpipes");
        }
    }
    for (const Request &r : t.requests) {
        if (r.kind == templ.kind)
            out.append(r.resource);
    }
    return sortedUnique(out);
}
