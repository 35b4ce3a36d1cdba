// Saving: load, save, load, save gives the same bytes and the same traces;
// unknown keys survive at every level; SAF names are upper-cased and
// length-checked; encrypted secrets are written back unchanged; a failed save
// leaves nothing behind (FORMAT.md; no rule ID unless named).
#include "scenario.h"
#include "secflowreader.h"
#include "secflowwriter.h"
#include "secretcodec.h"
#include "simulator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kBase = QStringLiteral(SECFLOW_TEST_DATA "/bad/base.json");
const QString kPassphrase = QStringLiteral("correct horse battery staple");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QJsonObject baseJson() { return QJsonDocument::fromJson(readAll(kBase)).object(); }

std::optional<TopologyData> load(const QByteArray &bytes, QString *errors = nullptr, const QString &passphrase = {})
{
    SecflowReader reader;
    reader.setPassphrase(passphrase);
    auto t = reader.read(bytes, QStringLiteral("test.secflow"));
    if (errors)
        *errors = reader.errorString();
    return t;
}

std::optional<TopologyData> load(const QJsonObject &root, QString *errors = nullptr, const QString &passphrase = {})
{
    return load(QJsonDocument(root).toJson(), errors, passphrase);
}

// "domains[0].users[0].id" as keys and indexes.
QStringList stepsOf(const QString &path)
{
    static const QRegularExpression step(QStringLiteral("[^.\\[\\]]+"));
    QStringList steps;
    for (auto it = step.globalMatch(path); it.hasNext();)
        steps.append(it.next().captured());
    return steps;
}

QJsonValue valueAt(QJsonValue v, const QString &path)
{
    for (const QString &s : stepsOf(path)) {
        bool isIndex = false;
        const int i = s.toInt(&isIndex);
        v = isIndex && v.isArray() ? v.toArray().at(i) : v.toObject().value(s);
    }
    return v;
}

QJsonValue withValue(const QJsonValue &v, const QStringList &steps, const QJsonValue &value)
{
    if (steps.isEmpty())
        return value;
    bool isIndex = false;
    const int i = steps.first().toInt(&isIndex);
    if (isIndex && v.isArray()) {
        QJsonArray a = v.toArray();
        a[i] = withValue(a.at(i), steps.mid(1), value);
        return a;
    }
    QJsonObject o = v.toObject();
    o[steps.first()] = withValue(o.value(steps.first()), steps.mid(1), value);
    return o;
}

QJsonObject withValue(const QJsonObject &root, const QString &path, const QJsonValue &value)
{
    return withValue(QJsonValue(root), stepsOf(path), value).toObject();
}

// Every object the format defines carries an "x-..." key this version does not know.
const char kUnknownEverywhere[] = R"({
  "format": "secflow", "version": 1, "name": "unknown keys at every level",
  "simulationTime": "2026-11-21T10:00:00.250Z",
  "x-top": {"nested": [1, 2.5, null, true, "s", {"deep": []}]},
  "view": {"zoom": 1.5, "x-view": "kept"},
  "lessons": [{"id": "opaque", "title": "opaque", "level": 1, "steps": [{"narration": "n"}], "x-lesson": 1}],
  "images": [{"id": "SYSA", "label": "SYSA", "domain": "RACFA", "x-image": "image"}],
  "domains": [{"id": "RACFA", "x-domain": ["domain"], "activeClasses": ["TIMS"],
    "users": [{"id": "ALICE", "password": "ALICEPW", "groups": ["PAYGRP"], "x-user": {"u": 1}}],
    "groups": ["PAYGRP"],
    "profiles": [{"class": "TIMS", "name": "PAY*", "uacc": "NONE", "permits": {"PAYGRP": "READ"}, "x-profile": 7}],
    "ptktdata": [{"appl": "IMSAPPL", "key": "E001193519561977", "x-ptkt": false}],
    "certmaps": [{"subject": "CN=alice", "user": "ALICE", "x-certmap": "c"}],
    "idmaps": [{"registry": "idp.bank.example", "name": "alice", "user": "ALICE", "x-idmap": null}]}],
  "certificates": [{"id": "ca", "subject": "CN=CA", "issuer": "ca", "notBefore": "2025-01-01T00:00:00Z",
                    "notAfter": "2030-01-01T00:00:00Z", "ca": true, "x-certificate": "cert"}],
  "nodes": [
    {"id": "app", "kind": "client", "label": "app", "x-node": {"n": [1]}, "view": {"x": 1, "y": 2, "x-nodeview": "v"},
     "options": {"x-option": {"o": "kept"}}},
    {"id": "icon", "kind": "ims_connect", "label": "icon", "image": "SYSA",
     "options": {"RACF": "Y", "IMSLSECX": {"denyUsers": ["BOB"], "x-exit": "e"},
                 "rmtimscon": {"appl": "APPL2", "userid": "RMTUSER", "x-rmt": 2}}}],
  "links": [{"id": "l1", "from": "app", "to": "icon", "transport": "at_tls", "x-link": "link"}],
  "requests": [{"id": "r1", "kind": "transaction", "resource": "PAYROLL", "path": ["app", "icon"],
                "identity": {"userid": "alice", "password": "ALICEPW", "x-identity": "id"},
                "expect": {"outcome": "accepted", "x-expect": "ex"}, "x-request": "req"}]
})";

const char kLowerCaseSafNames[] = R"({
  "format": "secflow", "version": 1, "name": "lower-case SAF names",
  "images": [{"id": "SYSA", "label": "SYSA", "domain": "RACFA"}],
  "domains": [{"id": "RACFA", "activeClasses": ["tims", "facility"],
    "users": [{"id": "alice", "password": "alicepw", "groups": ["paygrp"], "defaultGroup": "paygrp"}],
    "groups": ["paygrp"],
    "profiles": [{"class": "tims", "name": "pay*", "uacc": "NONE", "permits": {"paygrp": "READ", "alice": "UPDATE"}}],
    "ptktdata": [{"appl": "imsappl", "key": "E001193519561977"}],
    "certmaps": [{"subject": "CN=alice", "user": "alice"}],
    "idmaps": [{"registry": "idp.bank.example", "name": "alice@bank", "user": "alice"}]}],
  "nodes": [
    {"id": "icon", "kind": "ims_connect", "image": "SYSA",
     "options": {"RACFID": "defusr", "jobUserid": "hws", "IMSLSECX": {"denyUsers": ["bob"]},
                 "rmtimscon": {"appl": "appl2", "userid": "rmtuser"}}},
    {"id": "zc", "kind": "zos_connect", "image": "SYSA", "options": {"serviceGroups": ["paygrp"]}}],
  "requests": [{"id": "r1", "kind": "transaction", "resource": "PAYROLL", "path": ["icon"],
                "identity": {"userid": "alice@bank", "group": "paygrp"}}]
})";

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void saveIsByteStableAndKeepsMeaning_data()
    {
        QTest::addColumn<QString>("file");
        QStringList files{kBase};
        for (const QString &dir : {QStringLiteral(SECFLOW_SOURCE_DIR "/../shared/conformance"),
                                  QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples")}) {
            for (const QFileInfo &fi : QDir(dir).entryInfoList({QStringLiteral("*.secflow")}, QDir::Files, QDir::Name))
                files.append(fi.absoluteFilePath());
        }
        for (const QString &f : files)
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }
    // covers: none (FORMAT.md loader contract)
    void saveIsByteStableAndKeepsMeaning()
    {
        QFETCH(QString, file);
        QString errors;
        const auto first = load(readAll(file), &errors);
        QVERIFY2(first, qPrintable(errors));
        const QByteArray saved = SecflowWriter::toBytes(*first);
        const auto second = load(saved, &errors);
        QVERIFY2(second, qPrintable(errors));
        QCOMPARE(SecflowWriter::toBytes(*second), saved);
        QCOMPARE(second->requests.size(), first->requests.size());
        // Same bytes could still mean something else than the original: the traces must agree too.
        const Simulator before(*first), after(*second);
        for (qsizetype i = 0; i < first->requests.size(); ++i)
            QCOMPARE(after.run(second->requests.at(i)).toJson(), before.run(first->requests.at(i)).toJson());
    }

    // covers: none (FORMAT.md loader contract)
    void unknownKeysSurviveAtEveryLevel()
    {
        const QByteArray original(kUnknownEverywhere);
        QString errors;
        const auto t = load(original, &errors);
        QVERIFY2(t, qPrintable(errors));
        const QByteArray saved = SecflowWriter::toBytes(*t);
        const QJsonValue before = QJsonDocument::fromJson(original).object();
        const QJsonValue after = QJsonDocument::fromJson(saved).object();
        const QStringList paths{
            "x-top", "view.x-view", "lessons[0].x-lesson", "images[0].x-image", "domains[0].x-domain",
            "domains[0].users[0].x-user", "domains[0].profiles[0].x-profile", "domains[0].ptktdata[0].x-ptkt",
            "domains[0].certmaps[0].x-certmap", "domains[0].idmaps[0].x-idmap", "certificates[0].x-certificate",
            "nodes[0].x-node", "nodes[0].view.x-nodeview", "nodes[0].options.x-option",
            "nodes[1].options.IMSLSECX.x-exit", "nodes[1].options.rmtimscon.x-rmt", "links[0].x-link",
            "requests[0].x-request", "requests[0].identity.x-identity", "requests[0].expect.x-expect",
            "simulationTime"};
        for (const QString &path : paths) {
            QVERIFY2(!valueAt(before, path).isUndefined(), qPrintable(path));
            QVERIFY2(valueAt(after, path) == valueAt(before, path), qPrintable(path));
        }
        const auto again = load(saved, &errors);
        QVERIFY2(again, qPrintable(errors));
        QCOMPARE(SecflowWriter::toBytes(*again), saved);
    }

    // covers: none (FORMAT.md loader contract)
    void safNamesAreUpperCasedOnLoad()
    {
        QString errors;
        const auto t = load(QByteArray(kLowerCaseSafNames), &errors);
        QVERIFY2(t, qPrintable(errors));
        const SecurityDomain &d = t->domains.first();
        QCOMPARE(d.activeClasses, QStringList({"TIMS", "FACILITY"}));
        QCOMPARE(d.users.first().id, QString("ALICE"));
        QCOMPARE(d.users.first().groups, QStringList{"PAYGRP"});
        QCOMPARE(d.users.first().defaultGroup, QString("PAYGRP"));
        QVERIFY(d.users.first().password.matches("alicepw"));  // passwords are literal
        QCOMPARE(d.groups, QStringList{"PAYGRP"});
        QCOMPARE(d.profiles.first().cls, QString("TIMS"));
        QCOMPARE(d.profiles.first().name, QString("PAY*"));
        QCOMPARE(d.profiles.first().permits.size(), 2);
        for (const auto &permit : d.profiles.first().permits)
            QVERIFY2(permit.first == "PAYGRP" || permit.first == "ALICE", qPrintable(permit.first));
        QCOMPARE(d.ptktdata.first().appl, QString("IMSAPPL"));
        QCOMPARE(d.certmaps.first().user, QString("ALICE"));
        QCOMPARE(d.idmaps.first().user, QString("ALICE"));
        QVERIFY(d.user("ALICE"));
        const QJsonObject icon = t->nodes.first().options;
        QCOMPARE(icon.value("RACFID").toString(), QString("DEFUSR"));
        QCOMPARE(icon.value("jobUserid").toString(), QString("HWS"));
        QCOMPARE(icon.value("IMSLSECX").toObject().value("denyUsers").toArray(), QJsonArray{"BOB"});
        QCOMPARE(icon.value("rmtimscon").toObject(), (QJsonObject{{"appl", "APPL2"}, {"userid", "RMTUSER"}}));
        QCOMPARE(t->nodes.at(1).options.value("serviceGroups").toArray(), QJsonArray{"PAYGRP"});
        // A request's user ID is a principal name, upper-cased only where it enters z/OS.
        QCOMPARE(t->requests.first().identity.userid, QString("alice@bank"));
        QCOMPARE(t->requests.first().identity.group, QString("PAYGRP"));
        const QByteArray saved = SecflowWriter::toBytes(*t);
        for (const char *lower : {"\"paygrp\"", "\"alice\"", "\"tims\"", "\"hws\"", "\"bob\"", "\"appl2\""})
            QVERIFY2(!saved.contains(lower), lower);
    }

    void safNamesAreLengthChecked_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");  // empty: loads
        const QString nine = QStringLiteral("\"abcdefghi\" is 9 characters; a SAF name has at most 8");
        QTest::newRow("user id of 8") << "domains[0].users[0].id" << QJsonValue("abcdefgh") << QString();
        QTest::newRow("user id of 9") << "domains[0].users[0].id" << QJsonValue("abcdefghi") << nine;
        QTest::newRow("empty user id") << "domains[0].users[0].id" << QJsonValue("") << "must not be empty";
        QTest::newRow("group of 9") << "domains[0].groups[1]" << QJsonValue("abcdefghi") << nine;
        QTest::newRow("user's group of 9") << "domains[0].users[1].groups[0]" << QJsonValue("abcdefghi") << nine;
        QTest::newRow("permit of 9") << "domains[0].profiles[0].permits.abcdefghi" << QJsonValue("READ") << nine;
        QTest::newRow("RACFID of 9") << "nodes[3].options.RACFID" << QJsonValue("abcdefghi") << nine;
        QTest::newRow("profile of 246") << "domains[0].profiles[0].name" << QJsonValue(QString(246, 'P')) << QString();
        QTest::newRow("profile of 247") << "domains[0].profiles[0].name" << QJsonValue(QString(247, 'P'))
                                        << "247 characters; at most 246 allowed";
    }
    // covers: none (FORMAT.md loader contract)
    void safNamesAreLengthChecked()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        SecflowReader reader;
        const auto t = reader.read(QJsonDocument(withValue(baseJson(), path, value)).toJson());
        if (message.isEmpty()) {
            QVERIFY2(t, qPrintable(reader.errorString()));
            QVERIFY(SecflowWriter::toBytes(*t).contains(value.toString().toUpper().toUtf8()));
            return;
        }
        QVERIFY(!t);
        QCOMPARE(reader.errors().size(), 1);
        QCOMPARE(reader.errors().first().path, path);
        QCOMPARE(reader.errors().first().message, message);
    }

    // covers: none (FORMAT.md loader contract)
    void newerVersionIsRefused()
    {
        QVERIFY(load(withValue(baseJson(), "version", 1)));
        SecflowReader reader;
        QVERIFY(!reader.read(QJsonDocument(withValue(baseJson(), "version", 2)).toJson(), "v2.secflow"));
        QCOMPARE(reader.errors().size(), 1);
        QCOMPARE(reader.errors().first().path, QString("version"));
        QVERIFY(reader.errors().first().message.startsWith("format version 2 is newer than this SecFlow understands (1)"));
        // The saver always writes the version it understands.
        QVERIFY(SecflowWriter::toBytes(*load(baseJson())).contains("\"version\": 1,"));
    }

    // covers: none (FORMAT.md Secrets)
    void secretCodecRoundTripsAndRefusesWrongPassphrase()
    {
        const QJsonObject env = SecretCodec::encrypt(QStringLiteral("S3CRET ünïcode"), kPassphrase);
        QString problem;
        QVERIFY(SecretCodec::isEnvelope(env, &problem));
        QCOMPARE(env.value("enc").toString(), QString("aes-256-gcm"));
        QCOMPARE(SecretCodec::decrypt(env, kPassphrase, &problem).value_or(QString()), QString("S3CRET ünïcode"));
        QVERIFY(!SecretCodec::decrypt(env, QStringLiteral("wrong"), &problem));
        QCOMPARE(problem, QString("encrypted secret: wrong passphrase or damaged data"));
        QJsonObject tampered = env;
        QByteArray data = QByteArray::fromBase64(env.value("data").toString().toLatin1());
        data[0] = char(data.at(0) ^ 1);
        tampered["data"] = QString::fromLatin1(data.toBase64());
        QVERIFY(!SecretCodec::decrypt(tampered, kPassphrase, &problem));
        // Fresh salt and IV every time: the same secret never encrypts to the same text.
        const QJsonObject again = SecretCodec::encrypt(QStringLiteral("S3CRET ünïcode"), kPassphrase);
        QVERIFY(again.value("salt") != env.value("salt") && again.value("iv") != env.value("iv"));
        QJsonObject weak = env;
        weak["iter"] = 1000;
        QVERIFY(!SecretCodec::isEnvelope(weak, &problem));
        QVERIFY(problem.contains("600000"));
    }

    // covers: none (FORMAT.md Secrets)
    void encryptedSecretsAreWrittenBackUnchanged()
    {
        const QJsonObject password = SecretCodec::encrypt(QStringLiteral("ALICEPW"), kPassphrase);
        const QJsonObject key = SecretCodec::encrypt(QStringLiteral("E001193519561977"), kPassphrase);
        QJsonObject root = withValue(baseJson(), "domains[0].users[0].password", password);
        root = withValue(root, "domains[0].ptktdata", QJsonArray{QJsonObject{{"appl", "IMSAPPL"}, {"key", key}}});
        for (const QString &passphrase : {QString(), kPassphrase}) {
            QString errors;
            const auto t = load(root, &errors, passphrase);
            QVERIFY2(t, qPrintable(errors));
            QCOMPARE(t->domains.first().users.first().password.locked, passphrase.isEmpty());
            QCOMPARE(t->domains.first().ptktdata.first().key.plain, passphrase.isEmpty() ? QString() : "E001193519561977");
            const QJsonValue saved = QJsonDocument::fromJson(SecflowWriter::toBytes(*t)).object();
            QCOMPARE(valueAt(saved, "domains[0].users[0].password").toObject(), password);
            QCOMPARE(valueAt(saved, "domains[0].ptktdata[0].key").toObject(), key);
            QVERIFY(!SecflowWriter::toBytes(*t).contains("E001193519561977"));
        }
    }

    // covers: none (FORMAT.md Secrets)
    void wrongPassphraseIsRefusedWithItsPlace()
    {
        const QJsonObject root = withValue(baseJson(), "domains[0].users[0].password",
                                           SecretCodec::encrypt(QStringLiteral("ALICEPW"), kPassphrase));
        SecflowReader reader;
        reader.setPassphrase(QStringLiteral("not it"));
        QVERIFY(!reader.read(QJsonDocument(root).toJson(), "enc.secflow"));
        QCOMPARE(reader.errors().size(), 1);
        QCOMPARE(reader.errors().first().path, QString("domains[0].users[0].password"));
        QCOMPARE(reader.errors().first().message, QString("encrypted secret: wrong passphrase or damaged data"));
        QVERIFY(reader.errors().first().line > 0);
    }

    // covers: SAF-01 ICON-01
    void passphraseOpensAnEncryptedPasswordForAuthentication()
    {
        Scenario s;
        s.basicChain({{"RACF", "Y"}});
        QJsonObject root = s.json();
        const QJsonArray users = root.value("domains").toArray().first().toObject().value("users").toArray();
        QCOMPARE(users.first().toObject().value("id").toString(), QString("ALICE"));
        root = withValue(root, "domains[0].users[0].password", SecretCodec::encrypt(QStringLiteral("ALICEPW"), kPassphrase));
        const auto request = [](const QString &password) {
            return QJsonObject{{"id", password}, {"kind", "transaction"}, {"resource", "PAYROLL"},
                               {"path", QJsonArray{"app", "icon", "otma", "ims"}},
                               {"identity", QJsonObject{{"userid", "ALICE"}, {"password", password}}}};
        };
        root["requests"] = QJsonArray{request("ALICEPW"), request("WRONGPW")};
        QString errors;
        const auto open = load(root, &errors, kPassphrase);
        QVERIFY2(open, qPrintable(errors));
        const Simulator sim(*open);
        const Trace good = sim.run(open->requests.at(0));
        QVERIFY(good.accepted);
        QCOMPARE(Scenario::result(good, "icon", "ICON-01"), QString("pass"));
        const Trace wrong = sim.run(open->requests.at(1));
        QCOMPARE(wrong.failedRule, QString("ICON-01"));
        QVERIFY(Scenario::check(wrong, "icon", "ICON-01")->detail.contains("wrong password"));
        // Without the passphrase the file loads, but the password cannot be checked.
        const auto locked = load(root, &errors);
        QVERIFY2(locked, qPrintable(errors));
        const Trace noKey = Simulator(*locked).run(locked->requests.at(0));
        QCOMPARE(noKey.failedRule, QString("ICON-01"));
        QVERIFY(Scenario::check(noKey, "icon", "ICON-01")->detail.contains("encrypted and no passphrase"));
    }

    // covers: none (FORMAT.md loader contract)
    void saveWritesExactlyTheBytesAndReplacesTheOldFile()
    {
        QTemporaryDir dir;
        const auto t = load(baseJson());
        QVERIFY(t);
        const QString path = dir.filePath("out.secflow");
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly) && old.write("old content, much longer than nothing") > 0);
        old.close();
        QString error;
        QVERIFY2(SecflowWriter::save(*t, path, &error), qPrintable(error));
        QCOMPARE(readAll(path), SecflowWriter::toBytes(*t));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"out.secflow"});
    }

    void failedSaveLeavesNothing_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("leftover");  // what must still be there afterwards, relative to the temp dir
        QTest::newRow("missing directory") << "missing/out.secflow" << QString();
        QTest::newRow("parent is a file") << "file/out.secflow" << "file";
        QTest::newRow("target is a directory") << "folder" << "folder/keep";
        // A directory no one may create files in, root included.
        QTest::newRow("read-only directory") << "/proc/secflow-roundtrip.secflow" << QString();
    }
    // covers: none (FORMAT.md loader contract)
    void failedSaveLeavesNothing()
    {
        QFETCH(QString, target);
        QFETCH(QString, leftover);
        QTemporaryDir dir;
        QFile file(dir.filePath("file"));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("x") == 1);
        file.close();
        QVERIFY(QDir(dir.path()).mkpath("folder") && QFile(dir.filePath("folder/keep")).open(QIODevice::WriteOnly));
        const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const QString path = QDir::isAbsolutePath(target) ? target : dir.filePath(target);
        QString error;
        QVERIFY(!SecflowWriter::save(*load(baseJson()), path, &error));
        QVERIFY2(error.startsWith(path + ": cannot write: "), qPrintable(error));
        QVERIFY(QFileInfo(path).isDir() || !QFileInfo::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
        QCOMPARE(QDir(dir.filePath("folder")).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{"keep"});
        if (!leftover.isEmpty())
            QVERIFY(QFileInfo::exists(dir.filePath(leftover)));
    }

    // covers: SG-01
    void encryptedNodeOptionSecretReachesTheEngine()
    {
        // The bundle password is stored encrypted in the node's options; with
        // the passphrase the gateway signs on, without it IMS Connect refuses.
        Scenario s;
        const QJsonObject envelope = SecretCodec::encrypt("SGPW", "course passphrase");
        s.node("web", "client", {}, {});
        s.node("sg", "soap_gateway", {{"bundleUserid", "SGUSER"}, {"bundlePassword", envelope}}, {});
        s.node("icon", "ims_connect", {{"RACF", "Y"}});
        s.node("otma", "otma");
        s.node("ims", "ims");
        s.link("web", "sg", "https_server").link("sg", "icon", "at_tls").link("icon", "otma").link("otma", "ims");
        QJsonObject root = s.json();
        QJsonArray requests{QJsonObject{{"id", "r"}, {"kind", "transaction"}, {"resource", "PAYROLL"},
                                        {"path", QJsonArray{"web", "sg", "icon", "otma", "ims"}}, {"identity", QJsonObject{}}}};
        root.insert("requests", requests);
        const QByteArray bytes = QJsonDocument(root).toJson();

        SecflowReader locked;
        const auto lockedData = locked.read(bytes, "secret.secflow");
        QVERIFY2(lockedData, qPrintable(locked.errorString()));
        const Trace refused = Simulator(*lockedData).run(lockedData->requests.first());
        QCOMPARE(refused.failedRule, QString("ICON-01"));
        // Saving keeps the envelope, never the plain text.
        auto savedBundlePassword = [](const TopologyData &t) {
            const QJsonObject saved = QJsonDocument::fromJson(SecflowWriter::toBytes(t)).object();
            for (const QJsonValue &n : saved.value("nodes").toArray())
                if (n.toObject().value("id") == "sg")
                    return n.toObject().value("options").toObject().value("bundlePassword");
            return QJsonValue();
        };
        QCOMPARE(savedBundlePassword(*lockedData), QJsonValue(envelope));

        SecflowReader open;
        open.setPassphrase("course passphrase");
        const auto openData = open.read(bytes, "secret.secflow");
        QVERIFY2(openData, qPrintable(open.errorString()));
        const Trace accepted = Simulator(*openData).run(openData->requests.first());
        QVERIFY2(accepted.accepted, qPrintable(accepted.failedRule));
        QCOMPARE(accepted.authorizedUserid, QString("SGUSER"));
        QCOMPARE(savedBundlePassword(*openData), QJsonValue(envelope));
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
