#include "benchtopology.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {

QString userId(int i) { return QStringLiteral("U%1").arg(i, 7, 10, QLatin1Char('0')); }
QString groupId(int i) { return QStringLiteral("G%1").arg(i, 4, 10, QLatin1Char('0')); }
QString tranCode(int i) { return QStringLiteral("T%1").arg(i, 6, 10, QLatin1Char('0')); }

QJsonObject domain(const BenchTopology::Size &size, QRandomGenerator &rng)
{
    QJsonArray users;
    for (int i = 0; i < size.users; ++i) {
        const QString g1 = groupId(i % size.groups);
        const QString g2 = groupId(int(rng.bounded(size.groups)));
        users.append(QJsonObject{{"id", userId(i)},
                                 {"password", QStringLiteral("PW%1").arg(i)},
                                 {"groups", g1 == g2 ? QJsonArray{g1} : QJsonArray{g1, g2}},
                                 {"defaultGroup", g1}});
    }
    for (const char *system : {"HWS", "SGUSER"})
        users.append(QJsonObject{{"id", system}, {"password", "SYSPW"}, {"groups", QJsonArray{"SYSGRP"}}});
    QJsonArray groups{"SYSGRP"};
    for (int i = 0; i < size.groups; ++i)
        groups.append(groupId(i));
    QJsonArray profiles;
    // Three quarters discrete transaction profiles, the rest generic ones over
    // transaction-code prefixes, so lookups exercise both indexes.
    const int discrete = size.profiles * 3 / 4;
    for (int i = 0; i < size.profiles; ++i) {
        const bool generic = i >= discrete;
        const QString name = generic ? QStringLiteral("G%1*").arg(i - discrete, 5, 10, QLatin1Char('0')) : tranCode(i);
        QJsonObject permits;
        permits.insert(groupId(i % size.groups), QStringLiteral("READ"));
        for (int k = 0; k < 2; ++k)
            permits.insert(groupId(int(rng.bounded(size.groups))), QStringLiteral("READ"));
        profiles.append(QJsonObject{{"class", "TIMS"}, {"name", name}, {"uacc", "NONE"}, {"permits", permits}});
    }
    profiles.append(QJsonObject{{"class", "FACILITY"}, {"name", "IMSXCF.*"}, {"uacc", "NONE"},
                                {"permits", QJsonObject{{"SYSGRP", "READ"}}}});
    return {{"id", "RACFA"},
            {"activeClasses", QJsonArray{"TIMS", "CIMS", "FACILITY", "APPL", "PTKTDATA"}},
            {"users", users},
            {"groups", groups},
            {"profiles", profiles},
            {"ptktdata", QJsonArray()},
            {"certmaps", QJsonArray()},
            {"idmaps", QJsonArray()}};
}

} // namespace

QByteArray BenchTopology::generate(const Size &size)
{
    QRandomGenerator rng(20261121);
    QJsonArray nodes, links, requests;
    auto node = [&](const QString &id, const char *kind, QJsonObject options, bool zos, int lane, int column) {
        QJsonObject n{{"id", id}, {"kind", kind}, {"label", id}, {"options", options},
                      {"view", QJsonObject{{"x", column * 220}, {"y", lane * 140}}}};
        if (zos)
            n.insert(QStringLiteral("image"), QStringLiteral("SYSA"));
        nodes.append(n);
    };
    auto link = [&](const QString &from, const QString &to, const char *transport) {
        links.append(QJsonObject{{"id", from + QLatin1Char('-') + to}, {"from", from}, {"to", to}, {"transport", transport}});
    };
    for (int lane = 0; lane < size.lanes; ++lane) {
        const QString n = QString::number(lane);
        const bool soap = lane % 2 == 0;
        node("c" + n, "client", {{"protocol", "http"}}, false, lane, 0);
        if (soap)
            node("gw" + n, "soap_gateway", {{"authMode", "per_message"}, {"wssToken", "UNTP"}}, false, lane, 1);
        else
            node("gw" + n, "zos_connect", {{"registry", "SAF"}}, true, lane, 1);
        node("icon" + n, "ims_connect", {{"RACF", soap ? "Y" : "N"}, {"member", "HWS" + n}}, true, lane, 2);
        node("otma" + n, "otma", {{"OTMASE", lane % 3 == 0 ? "FULL" : "CHECK"}}, true, lane, 3);
        node("ims" + n, "ims", {}, true, lane, 4);
        link("c" + n, "gw" + n, "https_server");
        link("gw" + n, "icon" + n, "at_tls");
        link("icon" + n, "otma" + n, "none");
        link("otma" + n, "ims" + n, "none");
    }
    for (int i = 0; i < size.requests; ++i) {
        const int lane = int(rng.bounded(size.lanes));
        const int profile = int(rng.bounded(size.profiles * 3 / 4));
        // Mostly a member of a permitted group (user i is in group i % groups);
        // one request in five from anyone, to time denials too.
        const int member = profile % size.groups + size.groups * int(rng.bounded(size.users / size.groups));
        const int user = rng.bounded(5) == 0 ? int(rng.bounded(size.users)) : member;
        const QString n = QString::number(lane);
        // One request in ten brings a wrong password, so failures are timed too.
        const QString password = rng.bounded(10) == 0 ? QStringLiteral("WRONG") : QStringLiteral("PW%1").arg(user);
        QJsonObject identity{{"userid", userId(user)}, {"password", password}};
        if (lane % 2 == 0)
            identity.insert(QStringLiteral("token"), QStringLiteral("UNTP"));
        requests.append(QJsonObject{{"id", QStringLiteral("r%1").arg(i)},
                                    {"kind", "transaction"},
                                    {"resource", tranCode(profile)},
                                    {"path", QJsonArray{"c" + n, "gw" + n, "icon" + n, "otma" + n, "ims" + n}},
                                    {"identity", identity}});
    }
    const QJsonObject root{{"format", "secflow"},
                           {"version", 1},
                           {"name", "benchmark"},
                           {"simulationTime", "2026-11-21T10:00:00Z"},
                           {"images", QJsonArray{QJsonObject{{"id", "SYSA"}, {"label", "SYSA"}, {"domain", "RACFA"}}}},
                           {"domains", QJsonArray{domain(size, rng)}},
                           {"certificates", QJsonArray()},
                           {"nodes", nodes},
                           {"links", links},
                           {"requests", requests}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
