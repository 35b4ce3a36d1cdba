#include "domaintables.h"

#include "domainvalidator.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>

namespace {

using Kind = DomainColumn::Kind;
using Row = Topology::DomainRow;

QString tr(const char *text) { return QCoreApplication::translate("DomainTables", text); }

DomainColumn column(const QString &title, Kind kind, const QString &help)
{
    DomainColumn c;
    c.title = title;
    c.kind = kind;
    c.help = help;
    return c;
}

// Reads a field of row r of one list of the domain, in place.
template<typename T, typename Get>
std::function<QVariant(const SecurityDomain &, int)> reader(QList<T> SecurityDomain::*list, Get get)
{
    return [list, get](const SecurityDomain &d, int r) { return QVariant::fromValue(get((d.*list).at(r))); };
}

template<typename T, typename Set>
std::function<void(Row &, const QVariant &)> writer(Set set)
{
    return [set](Row &row, const QVariant &v) { set(std::get<T>(row), v); };
}

QString uniqueName(const QString &prefix, const std::function<bool(const QString &)> &taken)
{
    for (int n = 1;; ++n) {
        if (!taken(prefix + QString::number(n)))
            return prefix + QString::number(n);
    }
}

// Index of the first row other than `row` whose key is `key`, or -1.
template<typename T, typename Key>
int duplicateOf(const QList<T> &list, int row, const QString &key, Key keyOf)
{
    for (int i = 0; i < list.size(); ++i) {
        if (i != row && keyOf(list.at(i)) == key)
            return i;
    }
    return -1;
}

// Users connected to a group, for refusing to remove or rename it (RACF
// refuses too: connections are removed first).
QStringList connectedUsers(const SecurityDomain &d, const QString &group, int limit = 3)
{
    QStringList users;
    for (const RacfUser &u : d.users) {
        if (u.isConnectedTo(group) && users.size() < limit + 1)
            users.append(u.id);
    }
    return users;
}

QString connectedMessage(const SecurityDomain &d, const QString &group)
{
    QStringList users = connectedUsers(d, group);
    if (users.isEmpty())
        return {};
    if (users.size() > 3)
        users = users.mid(0, 3) << QStringLiteral("...");
    return tr("Users are connected to group %1 (%2): remove them from the group first.")
        .arg(group, users.join(QLatin1String(", ")));
}

DomainTableSpec users()
{
    DomainTableSpec s;
    s.table = Topology::DomainTable::Users;
    s.title = tr("Users");
    s.noun = tr("user");
    s.nouns = tr("users");

    DomainColumn id = column(tr("User ID"), Kind::SafName, tr("The RACF user ID: 1 to 8 of A-Z 0-9 # @ $."));
    id.value = reader(&SecurityDomain::users, [](const RacfUser &u) { return u.id; });
    id.assign = writer<RacfUser>([](RacfUser &u, const QVariant &v) { u.id = v.toString(); });

    DomainColumn password = column(tr("Password"), Kind::Secret, tr("Checked when a request signs on with it."));
    password.secret = [](const SecurityDomain &d, int r) -> const Secret & { return d.users.at(r).password; };
    password.assign = writer<RacfUser>([](RacfUser &u, const QVariant &v) {
        u.password = v.toString().isEmpty() ? Secret() : Secret::fromPlain(v.toString());
    });

    DomainColumn groups = column(tr("Groups"), Kind::SafNameList,
                                 tr("Groups the user is connected to, separated by commas."));
    groups.value = reader(&SecurityDomain::users, [](const RacfUser &u) { return u.groups; });
    groups.assign = writer<RacfUser>([](RacfUser &u, const QVariant &v) {
        u.groups = v.toStringList();
        if (!u.groups.contains(u.defaultGroup))
            u.defaultGroup.clear();
    });

    DomainColumn defaultGroup = column(tr("Default group"), Kind::Choice,
                                       tr("The group used when a request names none: one of the user's groups."));
    defaultGroup.emptyChoice = tr("(none)");
    defaultGroup.choicesAt = [](const SecurityDomain &d, int r) { return QStringList{QString()} + d.users.at(r).groups; };
    defaultGroup.value = reader(&SecurityDomain::users, [](const RacfUser &u) { return u.defaultGroup; });
    defaultGroup.assign = writer<RacfUser>([](RacfUser &u, const QVariant &v) { u.defaultGroup = v.toString(); });

    DomainColumn revoked = column(tr("Revoked"), Kind::Flag, tr("A revoked user cannot sign on."));
    revoked.value = reader(&SecurityDomain::users, [](const RacfUser &u) { return u.revoked; });
    revoked.assign = writer<RacfUser>([](RacfUser &u, const QVariant &v) { u.revoked = v.toBool(); });

    s.columns = {id, password, groups, defaultGroup, revoked};
    s.newRow = [](const SecurityDomain &d) {
        RacfUser u;
        u.id = uniqueName(QStringLiteral("USER"), [&d](const QString &n) { return d.user(n) != nullptr; });
        return Row(u);
    };
    s.check = [](const SecurityDomain &d, int row, const Row &candidate) -> QString {
        const RacfUser &u = std::get<RacfUser>(candidate);
        if (const RacfUser *other = d.user(u.id); other && (row < 0 || other != &d.users.at(row)))
            return tr("User %1 already exists.").arg(u.id);
        for (const QString &g : u.groups) {
            if (!d.groups.contains(g))
                return tr("There is no group %1 in %2: add it on the Groups tab first.").arg(g, d.id);
        }
        if (!u.defaultGroup.isEmpty() && !u.groups.contains(u.defaultGroup))
            return tr("%1 is not one of the user's groups.").arg(u.defaultGroup);
        return {};
    };
    s.label = [](const Row &r) { return std::get<RacfUser>(r).id; };
    return s;
}

DomainTableSpec groups()
{
    DomainTableSpec s;
    s.table = Topology::DomainTable::Groups;
    s.title = tr("Groups");
    s.noun = tr("group");
    s.nouns = tr("groups");
    DomainColumn name = column(tr("Group"), Kind::SafName, tr("The RACF group name: 1 to 8 of A-Z 0-9 # @ $."));
    name.value = reader(&SecurityDomain::groups, [](const QString &g) { return g; });
    name.assign = writer<QString>([](QString &g, const QVariant &v) { g = v.toString(); });
    s.columns = {name};
    s.newRow = [](const SecurityDomain &d) {
        return Row(uniqueName(QStringLiteral("GROUP"), [&d](const QString &n) { return d.groups.contains(n); }));
    };
    s.check = [](const SecurityDomain &d, int row, const Row &candidate) -> QString {
        const QString &g = std::get<QString>(candidate);
        if (duplicateOf(d.groups, row, g, [](const QString &x) { return x; }) >= 0)
            return tr("Group %1 already exists.").arg(g);
        if (row >= 0 && d.groups.at(row) != g)
            return connectedMessage(d, d.groups.at(row));
        return {};
    };
    s.checkRemove = [](const SecurityDomain &d, const QList<int> &rows) -> QString {
        for (int r : rows) {
            if (QString why = connectedMessage(d, d.groups.at(r)); !why.isEmpty())
                return why;
        }
        return {};
    };
    s.label = [](const Row &r) { return std::get<QString>(r); };
    return s;
}

DomainTableSpec profiles()
{
    DomainTableSpec s;
    s.table = Topology::DomainTable::Profiles;
    s.title = tr("Profiles");
    s.noun = tr("profile");
    s.nouns = tr("profiles");
    const auto keyOf = [](const RacfProfile &p) { return p.cls + QLatin1Char(' ') + p.name; };

    DomainColumn cls = column(tr("Class"), Kind::SafName, tr("The general resource class, e.g. TIMS or FACILITY."));
    cls.value = reader(&SecurityDomain::profiles, [](const RacfProfile &p) { return p.cls; });
    cls.assign = writer<RacfProfile>([](RacfProfile &p, const QVariant &v) { p.cls = v.toString(); });

    DomainColumn name = column(tr("Profile"), Kind::ProfileName,
                               tr("Discrete, or generic with *, ** or %: the most specific profile wins."));
    name.value = reader(&SecurityDomain::profiles, [](const RacfProfile &p) { return p.name; });
    name.assign = writer<RacfProfile>([](RacfProfile &p, const QVariant &v) { p.name = v.toString(); });

    DomainColumn uacc = column(tr("UACC"), Kind::Choice, tr("Universal access: what anyone not permitted gets."));
    for (AccessLevel a : {AccessLevel::None, AccessLevel::Read, AccessLevel::Update, AccessLevel::Control, AccessLevel::Alter})
        uacc.choices.append(AccessLevels::toString(a));
    uacc.value = reader(&SecurityDomain::profiles, [](const RacfProfile &p) { return AccessLevels::toString(p.uacc); });
    uacc.assign = writer<RacfProfile>([](RacfProfile &p, const QVariant &v) {
        p.uacc = AccessLevels::fromString(v.toString()).value_or(AccessLevel::None);
    });

    DomainColumn permits = column(tr("Permits"), Kind::Permits,
                                  tr("The access list: ID=ACCESS pairs separated by commas; * is every user."));
    permits.required = false;
    permits.value = reader(&SecurityDomain::profiles,
                           [](const RacfProfile &p) { return DomainValidator::formatPermits(p.permits); });
    permits.assign = writer<RacfProfile>([](RacfProfile &p, const QVariant &v) {
        QString ignored;
        p.permits = DomainValidator::parsePermits(v.toString(), &ignored).value_or(p.permits);
    });

    s.columns = {cls, name, uacc, permits};
    s.newRow = [keyOf](const SecurityDomain &d) {
        RacfProfile p;
        p.cls = d.activeClasses.value(0, QStringLiteral("TIMS"));
        QSet<QString> taken;
        for (const RacfProfile &x : d.profiles)
            taken.insert(keyOf(x));
        p.name = uniqueName(QStringLiteral("NEW.PROFILE"),
                            [&](const QString &n) { return taken.contains(p.cls + QLatin1Char(' ') + n); });
        return Row(p);
    };
    s.check = [keyOf](const SecurityDomain &d, int row, const Row &candidate) -> QString {
        const RacfProfile &p = std::get<RacfProfile>(candidate);
        if (duplicateOf(d.profiles, row, keyOf(p), keyOf) >= 0)
            return tr("Profile %1 %2 already exists.").arg(p.cls, p.name);
        return {};
    };
    s.label = [keyOf](const Row &r) { return keyOf(std::get<RacfProfile>(r)); };
    return s;
}

DomainTableSpec ptktdata()
{
    DomainTableSpec s;
    s.table = Topology::DomainTable::PtktData;
    s.title = tr("PTKTDATA");
    s.noun = tr("PTKTDATA profile");
    s.nouns = tr("PTKTDATA profiles");

    DomainColumn appl = column(tr("Application"), Kind::ProfileName,
                               tr("The application name, or APPL.USER for a per-user key (discrete only)."));
    appl.value = reader(&SecurityDomain::ptktdata, [](const PtktData &p) { return p.appl; });
    appl.assign = writer<PtktData>([](PtktData &p, const QVariant &v) { p.appl = v.toString(); });

    DomainColumn key = column(tr("Key"), Kind::PassTicketKey,
                              tr("The secured sign-on key: 16 hex digits (classic) or 64 (enhanced)."));
    key.secret = [](const SecurityDomain &d, int r) -> const Secret & { return d.ptktdata.at(r).key; };
    key.assign = writer<PtktData>([](PtktData &p, const QVariant &v) {
        p.key = Secret::fromPlain(v.toString());
        if (v.toString().size() != 64)
            p.enhancedType.clear();  // only enhanced keys have a type
    });

    DomainColumn replay = column(tr("Replay protection"), Kind::Flag,
                                 tr("A PassTicket is accepted once per user, application and second."));
    replay.value = reader(&SecurityDomain::ptktdata, [](const PtktData &p) { return p.replayProtection; });
    replay.assign = writer<PtktData>([](PtktData &p, const QVariant &v) { p.replayProtection = v.toBool(); });

    DomainColumn type = column(tr("Enhanced type"), Kind::Choice,
                               tr("Enhanced PassTickets only: upper-case or mixed-case tickets."));
    type.choices = {QString(), QStringLiteral("upper"), QStringLiteral("mixed")};
    type.emptyChoice = tr("(default)");
    type.value = reader(&SecurityDomain::ptktdata, [](const PtktData &p) { return p.enhancedType; });
    type.inapplicable = [](const SecurityDomain &d, int r) {
        const Secret &k = d.ptktdata.at(r).key;
        return !k.locked && k.plain.trimmed().size() != 64 && d.ptktdata.at(r).enhancedType.isEmpty()
                   ? tr("A classic (16-digit) key has no type: enter a 64-digit key first.")
                   : QString();
    };
    type.assign = writer<PtktData>([](PtktData &p, const QVariant &v) { p.enhancedType = v.toString(); });

    s.columns = {appl, key, replay, type};
    s.newRow = [](const SecurityDomain &d) {
        PtktData p;
        p.appl = uniqueName(QStringLiteral("APPL"), [&d](const QString &n) { return d.ptktProfile(n) != nullptr; });
        // A fresh random classic key rather than a well-known one.
        const quint64 bits = QRandomGenerator::system()->generate64();
        p.key = Secret::fromPlain(QStringLiteral("%1").arg(bits, 16, 16, QLatin1Char('0')).toUpper());
        return Row(p);
    };
    s.check = [](const SecurityDomain &d, int row, const Row &candidate) -> QString {
        const PtktData &p = std::get<PtktData>(candidate);
        if (duplicateOf(d.ptktdata, row, p.appl, [](const PtktData &x) { return x.appl; }) >= 0)
            return tr("PTKTDATA profile %1 already exists.").arg(p.appl);
        if (!p.enhancedType.isEmpty() && !p.key.locked && p.key.plain.trimmed().size() != 64)
            return tr("Only enhanced (64-digit) keys have a type.");
        return {};
    };
    s.label = [](const Row &r) { return std::get<PtktData>(r).appl; };
    return s;
}

// The user a new mapping names until edited: an existing one if any.
QString someUser(const SecurityDomain &d)
{
    return d.users.isEmpty() ? QStringLiteral("IBMUSER") : d.users.constFirst().id;
}

DomainColumn mappedUser()
{
    return column(tr("User"), Kind::SafName, tr("The RACF user ID the identity is mapped to."));
}

DomainTableSpec certmaps()
{
    DomainTableSpec s;
    s.table = Topology::DomainTable::CertMaps;
    s.title = tr("Certificate maps");
    s.noun = tr("certificate map");
    s.nouns = tr("certificate maps");
    DomainColumn subject = column(tr("Subject"), Kind::Text, tr("The certificate subject distinguished name."));
    subject.value = reader(&SecurityDomain::certmaps, [](const CertMap &m) { return m.subject; });
    subject.assign = writer<CertMap>([](CertMap &m, const QVariant &v) { m.subject = v.toString(); });
    DomainColumn user = mappedUser();
    user.value = reader(&SecurityDomain::certmaps, [](const CertMap &m) { return m.user; });
    user.assign = writer<CertMap>([](CertMap &m, const QVariant &v) { m.user = v.toString(); });
    s.columns = {subject, user};
    s.newRow = [](const SecurityDomain &d) {
        CertMap m;
        m.subject = uniqueName(QStringLiteral("CN=new"), [&d](const QString &n) {
            return duplicateOf(d.certmaps, -1, n, [](const CertMap &x) { return x.subject; }) >= 0;
        });
        m.user = someUser(d);
        return Row(m);
    };
    s.check = [](const SecurityDomain &d, int row, const Row &candidate) -> QString {
        const CertMap &m = std::get<CertMap>(candidate);
        if (duplicateOf(d.certmaps, row, m.subject, [](const CertMap &x) { return x.subject; }) >= 0)
            return tr("Subject %1 is already mapped.").arg(m.subject);
        return {};
    };
    s.label = [](const Row &r) { return std::get<CertMap>(r).subject; };
    return s;
}

DomainTableSpec idmaps()
{
    DomainTableSpec s;
    s.table = Topology::DomainTable::IdMaps;
    s.title = tr("Identity maps");
    s.noun = tr("identity map");
    s.nouns = tr("identity maps");
    const auto keyOf = [](const IdMap &m) { return m.registry + QLatin1Char('\n') + m.name; };
    DomainColumn registry = column(tr("Registry"), Kind::Text, tr("The distributed identity's registry (realm)."));
    registry.value = reader(&SecurityDomain::idmaps, [](const IdMap &m) { return m.registry; });
    registry.assign = writer<IdMap>([](IdMap &m, const QVariant &v) { m.registry = v.toString(); });
    DomainColumn name = column(tr("Name"), Kind::Text, tr("The distributed user name in that registry."));
    name.value = reader(&SecurityDomain::idmaps, [](const IdMap &m) { return m.name; });
    name.assign = writer<IdMap>([](IdMap &m, const QVariant &v) { m.name = v.toString(); });
    DomainColumn user = mappedUser();
    user.value = reader(&SecurityDomain::idmaps, [](const IdMap &m) { return m.user; });
    user.assign = writer<IdMap>([](IdMap &m, const QVariant &v) { m.user = v.toString(); });
    s.columns = {registry, name, user};
    s.newRow = [keyOf](const SecurityDomain &d) {
        IdMap m;
        m.registry = d.idmaps.isEmpty() ? QStringLiteral("https://idp.example") : d.idmaps.constLast().registry;
        m.name = uniqueName(QStringLiteral("user"), [&](const QString &n) {
            return duplicateOf(d.idmaps, -1, m.registry + QLatin1Char('\n') + n, keyOf) >= 0;
        });
        m.user = someUser(d);
        return Row(m);
    };
    s.check = [keyOf](const SecurityDomain &d, int row, const Row &candidate) -> QString {
        const IdMap &m = std::get<IdMap>(candidate);
        if (duplicateOf(d.idmaps, row, keyOf(m), keyOf) >= 0)
            return tr("%1 of %2 is already mapped.").arg(m.name, m.registry);
        return {};
    };
    s.label = [](const Row &r) { return std::get<IdMap>(r).name; };
    return s;
}

} // namespace

namespace DomainTables {

QList<DomainTableSpec> all()
{
    return {users(), groups(), profiles(), ptktdata(), certmaps(), idmaps()};
}

DomainTableSpec spec(Topology::DomainTable table)
{
    return all().at(int(table));
}

QStringList knownClasses()
{
    return {QStringLiteral("TIMS"), QStringLiteral("CIMS"), QStringLiteral("RIMS"), QStringLiteral("AIMS"),
            QStringLiteral("IIMS"), QStringLiteral("APPL"), QStringLiteral("PTKTDATA"), QStringLiteral("FACILITY")};
}

} // namespace DomainTables
