// secflow-matrixbench: how long an access matrix of USERS x RESOURCES takes
// (default 10,000 x 500, the size) on the SOAP Gateway example grown
// to that size. Every cell is a full engine run; one "name: value" per line.
#include "accessmatrix.h"
#include "accessmatrixdefaults.h"
#include "secflowreader.h"
#include "simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <thread>

namespace {

// Grows the RACF database of the template's path: users who share the
// example's groups, and transaction profiles permitting some of them.
void grow(TopologyData &t, const Request &templ, int users, int resources)
{
    SecurityDomain *d = const_cast<SecurityDomain *>(AccessMatrixDefaults::domain(t, templ.path));
    const QStringList groups = d->groups.isEmpty() ? QStringList{QStringLiteral("BENCHGRP")} : d->groups;
    for (int i = 0; i < users; ++i) {
        RacfUser u;
        u.id = QStringLiteral("U%1").arg(i, 7, 10, QLatin1Char('0'));
        u.password = Secret::fromPlain(QStringLiteral("PW%1").arg(i));
        u.groups = {groups.at(i % groups.size())};
        u.defaultGroup = u.groups.first();
        d->users.append(u);
    }
    for (int i = 0; i < resources; ++i) {
        RacfProfile p;
        p.cls = QStringLiteral("TIMS");
        p.name = QStringLiteral("TX%1").arg(i, 4, 10, QLatin1Char('0'));
        p.permits.append({groups.at(i % groups.size()), AccessLevel::Read});
        d->profiles.append(p);
    }
    d->rebuildIndex();
    t.rebuildIndexes();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const bool small = app.arguments().contains(QStringLiteral("--small"));
    const int users = small ? 200 : 10000;
    const int resources = small ? 20 : 500;

    SecflowReader reader;
    auto t = reader.readFile(QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples/soap_gateway_untp.secflow"));
    if (!t) {
        QTextStream(stderr) << reader.errorString() << "\n";
        return 1;
    }
    // The first request that is accepted: a password sign-on through the gateway.
    const Simulator probe(*t);
    const Request *templ = nullptr;
    for (const Request &r : t->requests) {
        if (r.kind == QLatin1String("transaction") && r.identity.hasPassword && probe.run(r).accepted) {
            templ = &r;
            break;
        }
    }
    if (!templ) {
        QTextStream(stderr) << "no accepted transaction request to use as template\n";
        return 1;
    }
    const Request base = *templ;
    grow(*t, base, users, resources);

    AccessMatrixInput input;
    input.templ = base;
    input.users = AccessMatrixDefaults::users(*t, base);
    input.resources = AccessMatrixDefaults::resources(*t, base);
    QElapsedTimer timer;
    timer.start();
    const AccessMatrixResult result = AccessMatrix::compute(*t, input);
    const qint64 ms = timer.elapsed();
    out << "users: " << input.users.size() << "\n"
        << "resources: " << input.resources.size() << "\n"
        << "pairs: " << result.pairs() << "\n"
        << "allowed: " << result.count(AccessCell::State::Allowed) << "\n"
        << "threads: " << std::max(1u, std::thread::hardware_concurrency()) << "\n"
        << "compute_ms: " << ms << "\n"
        << "us_per_pair_wall: " << QString::number(1000.0 * ms / double(std::max<qint64>(1, result.pairs())), 'f', 2) << "\n";
    return result.count(AccessCell::State::Allowed) > 0 ? 0 : 1;
}
