#pragma once

#include "simulator.h"
#include "topologydata.h"

#include <QJsonArray>
#include <QJsonObject>

// Builds small topologies for rule tests. It starts from one z/OS image SYSA
// with RACF database RACFA (users, groups and profiles like the conformance
// suite's) and goes through the real loader, so every scenario is also a valid
// .secflow file.
class Scenario
{
public:
    Scenario();

    // Adds a node; image "" puts it off z/OS.
    Scenario &node(const QString &id, const QString &kind, const QJsonObject &options = {},
                   const QString &image = QStringLiteral("SYSA"));
    Scenario &link(const QString &from, const QString &to, const QString &transport = QStringLiteral("none"),
                   const QJsonObject &extra = {});
    // The usual chain: client "app" -> ims_connect "icon" -> otma "otma" -> ims "ims".
    Scenario &basicChain(const QJsonObject &iconOptions = {}, const QJsonObject &otmaOptions = {});

    Scenario &user(const QString &id, const QString &password, const QStringList &groups, bool revoked = false,
                   const QString &domain = QStringLiteral("RACFA"));
    Scenario &profile(const QString &cls, const QString &name, const QString &uacc, const QJsonObject &permits,
                      const QString &domain = QStringLiteral("RACFA"));
    Scenario &ptktdata(const QString &appl, const QString &key, bool replayProtection = true,
                       const QString &domain = QStringLiteral("RACFA"));
    Scenario &activeClasses(const QStringList &classes, const QString &domain = QStringLiteral("RACFA"));
    Scenario &certificate(const QJsonObject &cert);
    Scenario &image(const QString &id, const QString &domain);
    Scenario &domain(const QString &id);  // a copy of RACFA's content under another id
    Scenario &set(const QString &key, const QJsonValue &value);  // top-level key

    // Runs one request through the loader and the simulator.
    Trace run(const QString &kind, const QString &resource, const QStringList &path, const QJsonObject &identity = {},
              int repeat = 1) const;
    QList<Finding> findings() const;
    std::optional<TopologyData> load(QString *errors = nullptr) const;
    QJsonObject json() const { return mRoot; }

    // Helpers on traces.
    static const Check *check(const Trace &t, const QString &node, const QString &rule);
    static QString result(const Trace &t, const QString &node, const QString &rule);  // "pass", ... or "" if absent
    static QJsonObject arrives(const Trace &t, const QString &node);
    static bool hasFinding(const QList<Finding> &f, const QString &rule, const QString &nodeOrLink = {});

private:
    QJsonObject domainObject(const QString &id) const;

    QJsonObject mRoot;
};
