// secflow-bench: end-to-end figures for loading and simulating a large
// topology. These are one-shot wall-clock measurements of whole phases, printed
// one "name: value" per line so runs can be compared; they are not timed tests.
#include "benchtopology.h"
#include "secflowreader.h"
#include "simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>
#include <QTextStream>

#include <sys/resource.h>

#include <atomic>
#include <thread>

namespace {

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    BenchTopology::Size size;
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--small")))  // a quick run for smoke tests
        size = {40, 10000, 100, 2000, 10000};

    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = BenchTopology::generate(size);
    const qint64 generateMs = timer.elapsed();
    QTemporaryFile file;
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush()) {
        QTextStream(stderr) << "cannot write the benchmark file\n";
        return 1;
    }
    file.close();
    // --write FILE keeps a copy, to replay the same requests with `secflow simulate`.
    if (const qsizetype w = args.indexOf(QStringLiteral("--write")); w >= 0 && w + 1 < args.size()) {
        QFile copy(args.at(w + 1));
        if (!copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size()) {
            QTextStream(stderr) << "cannot write " << args.at(w + 1) << "\n";
            return 1;
        }
    }

    timer.restart();
    SecflowReader reader;
    const auto topology = reader.readFile(file.fileName());
    const qint64 loadMs = timer.elapsed();
    if (!topology) {
        QTextStream(stderr) << reader.errorString() << "\n";
        return 1;
    }

    timer.restart();
    Simulator simulator(*topology);
    simulator.findings();
    const qint64 compileMs = timer.elapsed();

    timer.restart();
    // Every trace is computed in full and then dropped: keeping 100,000 of
    // them would measure the allocator, not the engine.
    std::atomic<int> accepted = 0;
    simulator.runEach(topology->requests, [&accepted](qsizetype, Trace &&t) { accepted += t.accepted ? 1 : 0; });
    const qint64 simulateMs = timer.elapsed();

    // The same requests in lean mode (outcomes only, no detail text), as the
    // access matrix runs them.
    simulator.setDetails(false);
    timer.restart();
    std::atomic<int> acceptedLean = 0;
    simulator.runEach(topology->requests, [&acceptedLean](qsizetype, Trace &&t) { acceptedLean += t.accepted ? 1 : 0; });
    const qint64 leanMs = timer.elapsed();
    if (acceptedLean != accepted) {
        QTextStream(stderr) << "lean and detailed runs disagree\n";
        return 1;
    }

    out << "nodes: " << topology->nodes.size() << "\n"
        << "users: " << topology->domains.first().users.size() << "\n"
        << "profiles: " << topology->domains.first().profiles.size() << "\n"
        << "requests: " << topology->requests.size() << "\n"
        << "accepted: " << accepted.load() << "\n"
        << "file_mb: " << QString::number(bytes.size() / 1048576.0, 'f', 1) << "\n"
        << "generate_ms: " << generateMs << "\n"
        << "load_ms: " << loadMs << "\n"
        << "compile_and_review_ms: " << compileMs << "\n"
        << "simulate_ms: " << simulateMs << "\n"
        << "simulate_lean_ms: " << leanMs << "\n"
        << "threads: " << std::thread::hardware_concurrency() << "\n"
        << "traces_per_second: " << (simulateMs > 0 ? topology->requests.size() * 1000 / simulateMs : 0) << "\n"
        << "load_plus_simulate_ms: " << loadMs + compileMs + simulateMs << "\n"
        << "peak_rss_mb: " << peakRssKb() / 1024 << "\n";
    return 0;
}
