// Route finding for requests: the shortest route, the proposal for each
// request kind (how it travels and where it ends), the deterministic
// tie-break, and path validation matching the loader and the engine.
#include "routefinder.h"
#include "scenario.h"
#include "secflowreader.h"

#include <QDir>
#include <QTest>

namespace {

const QJsonObject kRemote{{"kind", "rmtimscon"}};

// app -> gw -> icon -> otma -> ims and icon -> odbm -> ims: transactions and
// database calls share IMS Connect and part ways after it. ODBM comes first in
// node order, so only the kind's rules keep a transaction off it.
TopologyData inbound()
{
    Scenario s;
    s.node("app", "client", {}, {}).node("gw", "soap_gateway", {}, {}).node("icon", "ims_connect")
        .node("odbm", "odbm").node("otma", "otma").node("ims", "ims");
    s.link("app", "gw").link("gw", "icon").link("icon", "odbm").link("odbm", "ims").link("icon", "otma").link("otma", "ims");
    return *s.load();
}

// IMS calls out through OTMA and IMS Connect to DataPower and a service.
TopologyData callouts()
{
    Scenario s;
    s.node("ims", "ims").node("otma", "otma").node("icon", "ims_connect").node("dp", "datapower", {}, {})
        .node("svc", "external_service", {}, {}).node("app", "client", {}, {});
    s.link("otma", "ims").link("icon", "otma").link("dp", "icon").link("dp", "svc").link("app", "icon");
    return *s.load();
}

// imsa's IMS Connect reaches imsx over a plain link (nearer in node order)
// and imsb over an rmtimscon link.
TopologyData msc()
{
    Scenario s;
    s.node("imsa", "ims").node("icona", "ims_connect").node("iconx", "ims_connect").node("imsx", "ims")
        .node("iconb", "ims_connect").node("imsb", "ims");
    s.link("imsa", "icona").link("icona", "iconx").link("iconx", "imsx").link("icona", "iconb", "none", kRemote)
        .link("iconb", "imsb");
    return *s.load();
}

QStringList ids(const char *text) { return QString::fromLatin1(text).split(QLatin1Char(',')); }

} // namespace

class TestRouteFinder : public QObject
{
    Q_OBJECT

private slots:
    void shortestRouteIsBreadthFirst()
    {
        const TopologyData t = inbound();
        const RouteFinder f(t);
        QCOMPARE(f.shortestRoute("app", "ims"), ids("app,gw,icon,odbm,ims"));  // no kind: node order decides
        QCOMPARE(f.shortestRoute("ims", "app"), ids("ims,odbm,icon,gw,app"));   // links carry either way
        QCOMPARE(f.shortestRoute("app", "ims", {"odbm"}), ids("app,gw,icon,otma,ims"));
        QCOMPARE(f.shortestRoute("app", "ims", {"icon"}), QStringList());
        QCOMPARE(f.shortestRoute("app", "nowhere"), QStringList());
        QCOMPARE(f.shortestRoute("app", "app"), QStringList{"app"});
    }

    void tieBreakFollowsNodeOrder()
    {
        Scenario s;
        s.node("app", "client", {}, {}).node("gw2", "soap_gateway", {}, {}).node("gw1", "soap_gateway", {}, {})
            .node("icon", "ims_connect").node("otma", "otma").node("ims", "ims");
        // gw1's links come first in the file; node order still decides.
        s.link("app", "gw1").link("gw1", "icon").link("app", "gw2").link("gw2", "icon").link("icon", "otma").link("otma", "ims");
        const TopologyData t = *s.load();
        QCOMPARE(RouteFinder(t).propose("app", "transaction"), ids("app,gw2,icon,otma,ims"));
        TopologyData swapped = t;
        swapped.nodes.swapItemsAt(1, 2);
        QCOMPARE(RouteFinder(swapped).propose("app", "transaction"), ids("app,gw1,icon,otma,ims"));
    }

    void proposeFollowsTheKind()
    {
        const TopologyData t = inbound();
        const RouteFinder f(t);
        QCOMPARE(f.propose("app", "transaction"), ids("app,gw,icon,otma,ims"));
        QCOMPARE(f.propose("app", "command"), ids("app,gw,icon,otma,ims"));
        QCOMPARE(f.propose("app", "db"), ids("app,gw,icon,odbm,ims"));
        QCOMPARE(f.propose("gw", "db"), ids("gw,icon,odbm,ims"));
        // A route that must not use a node (already picked) goes around it or fails.
        QCOMPARE(f.propose("app", "transaction", {"otma"}), QStringList());
        QCOMPARE(f.propose("nowhere", "transaction"), QStringList());
    }

    void proposeCallouts()
    {
        const TopologyData t = callouts();
        const RouteFinder f(t);
        QCOMPARE(f.propose("ims", "sync_callout"), ids("ims,otma,icon,dp,svc"));
        QCOMPARE(f.propose("ims", "async_callout"), ids("ims,otma,icon,dp,svc"));
        // A callout never starts at a caller; the route does not pass through the client either.
        QCOMPARE(f.propose("app", "sync_callout"), QStringList());
        QVERIFY(f.startProblem("app", "sync_callout").contains("starts at an IMS node"));
        QVERIFY(f.startProblem("ims", "sync_callout").isEmpty());
        QVERIFY(f.startProblem("app", "transaction").isEmpty());
    }

    void proposeMscCrossesRmtimscon()
    {
        const TopologyData t = msc();
        const RouteFinder f(t);
        QCOMPARE(f.propose("imsa", "msc"), ids("imsa,icona,iconb,imsb"));
        QCOMPARE(f.propose("imsa", "transaction"), ids("imsa,icona,iconx,imsx"));
        QCOMPARE(f.propose("icona", "msc"), QStringList());  // msc starts at IMS
    }

    void isValidExplains_data()
    {
        QTest::addColumn<QString>("topology");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("why");  // empty: valid
        QTest::newRow("transaction") << "inbound" << "transaction" << "app,gw,icon,otma,ims" << "";
        QTest::newRow("db") << "inbound" << "db" << "app,icon,odbm,ims" << "no link between app and icon";
        QTest::newRow("db via gw") << "inbound" << "db" << "gw,icon,odbm,ims" << "";
        QTest::newRow("missing link") << "inbound" << "transaction" << "app,icon,otma,ims" << "no link between app and icon";
        QTest::newRow("loop") << "inbound" << "transaction" << "app,gw,app" << "the path visits app twice; paths must not loop";
        QTest::newRow("unknown") << "inbound" << "transaction" << "app,ghost" << "there is no node \"ghost\"";
        QTest::newRow("empty") << "inbound" << "transaction" << "" << "the path is empty";
        QTest::newRow("short") << "inbound" << "transaction" << "app" << "the request never leaves app";
        QTest::newRow("ends early") << "inbound" << "transaction" << "app,gw,icon,otma" << "this path ends at otma (OTMA";
        QTest::newRow("tx through odbm") << "inbound" << "transaction" << "app,gw,icon,odbm,ims" << "does not pass through odbm";
        QTest::newRow("db through otma") << "inbound" << "db" << "app,gw,icon,otma,ims" << "does not pass through otma";
        QTest::newRow("callout") << "callouts" << "sync_callout" << "ims,otma,icon,dp,svc" << "";
        QTest::newRow("callout from client") << "callouts" << "async_callout" << "app,icon,dp,svc" << "starts at an IMS node";
        QTest::newRow("callout ends at dp") << "callouts" << "sync_callout" << "ims,otma,icon,dp" << "ends at the service";
        QTest::newRow("msc") << "msc" << "msc" << "imsa,icona,iconb,imsb" << "";
        QTest::newRow("msc without rmtimscon") << "msc" << "msc" << "imsa,icona,iconx,imsx" << "crosses an rmtimscon link";
    }

    void isValidExplains()
    {
        QFETCH(QString, topology);
        QFETCH(QString, kind);
        QFETCH(QString, path);
        QFETCH(QString, why);
        const TopologyData t = topology == "inbound" ? inbound() : topology == "callouts" ? callouts() : msc();
        const RouteFinder f(t);
        QString reason = "unset";
        const QStringList p = path.isEmpty() ? QStringList() : path.split(QLatin1Char(','));
        QCOMPARE(f.isValid(p, kind, &reason), why.isEmpty());
        if (why.isEmpty())
            QCOMPARE(reason, QString());
        else
            QVERIFY2(reason.contains(why), qPrintable(reason));
    }

    // Every request of the shipped examples and of the conformance suite is a
    // route the finder calls valid, and the finder's own proposal from its
    // first node is valid too.
    void shippedRequestsAreValid()
    {
        QStringList files;
        for (const QString &dir : {QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples"),
                                   QStringLiteral(SECFLOW_SOURCE_DIR "/../shared/conformance")}) {
            for (const QString &f : QDir(dir).entryList({"*.secflow"}, QDir::Files))
                files.append(dir + QLatin1Char('/') + f);
        }
        QVERIFY(files.size() > 5);
        int checked = 0;
        for (const QString &file : std::as_const(files)) {
            SecflowReader reader;
            const auto t = reader.readFile(file);
            QVERIFY2(t, qPrintable(reader.errorString()));
            const RouteFinder f(*t);
            for (const Request &q : t->requests) {
                QString why;
                QVERIFY2(f.isValid(q.path, q.kind, &why), qPrintable(file + ": " + q.id + ": " + why));
                const QStringList proposal = f.propose(q.path.first(), q.kind);
                QVERIFY2(!proposal.isEmpty(), qPrintable(file + ": " + q.id));
                QVERIFY2(proposal.size() <= q.path.size(), qPrintable(file + ": " + q.id));
                QVERIFY2(f.isValid(proposal, q.kind, &why), qPrintable(file + ": " + q.id + ": " + why));
                ++checked;
            }
        }
        QVERIFY(checked > 20);
    }
};

QTEST_GUILESS_MAIN(TestRouteFinder)
#include "tst_routefinder.moc"
