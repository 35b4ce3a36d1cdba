#include "accessmatrix.h"

#include "accessmatrixidentity.h"
#include "simulator.h"
#include "topologydata.h"

#include <QHash>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace {

// Node and rule IDs to small indexes. Workers look up their own cache first
// and take the lock only for a string they have not met yet.
class Interner
{
public:
    explicit Interner(QStringList &strings) : mStrings(strings) {}

    quint16 id(QHash<QString, quint16> &cache, const QString &s)
    {
        if (s.isEmpty())
            return 0;
        if (const auto it = cache.constFind(s); it != cache.constEnd())
            return *it;
        std::lock_guard lock(mMutex);
        quint16 &slot = mIndex[s];
        if (slot == 0) {
            slot = quint16(mStrings.size());
            mStrings.append(s);
        }
        cache.insert(s, slot);
        return slot;
    }

private:
    QStringList &mStrings;
    QHash<QString, quint16> mIndex;
    std::mutex mMutex;
};

// Sorts the string table so that the result does not depend on which thread met a string first.
void canonicalize(AccessMatrixResult &r)
{
    QStringList sorted = r.strings.mid(1);
    std::sort(sorted.begin(), sorted.end());
    std::vector<quint16> map(size_t(r.strings.size()), 0);
    for (qsizetype i = 1; i < r.strings.size(); ++i)
        map[size_t(i)] = quint16(sorted.indexOf(r.strings.at(i)) + 1);
    for (AccessCell &c : r.cells) {
        c.rejectedAt = map[c.rejectedAt];
        c.failedRule = map[c.failedRule];
    }
    r.strings = QStringList{QString()} + sorted;
}

} // namespace

Request AccessMatrix::requestFor(const TopologyData &t, const Request &templ, const QString &user, const QString &resource)
{
    Request r = templ;
    r.identity = AccessMatrixIdentity(t, templ).forUser(user);
    r.resource = resource;
    r.expect = {};
    r.hasExpect = false;
    return r;
}

AccessMatrixResult AccessMatrix::compute(const TopologyData &t, const AccessMatrixInput &input, const Options &options)
{
    AccessMatrixResult r;
    r.users = input.users;
    r.resources = input.resources;
    r.cells.resize(size_t(r.pairs()));
    const qint64 total = r.pairs();
    const qsizetype columns = r.resources.size();

    Simulator simulator(t, options.clock);
    simulator.setDetails(false);  // outcomes only: no check text is formatted
    simulator.findings();         // computed once, before the threads share the simulator
    const AccessMatrixIdentity identities(t, input.templ);
    Interner interner(r.strings);
    std::atomic<qsizetype> nextRow{0};
    std::atomic<qint64> done{0};
    const auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };

    const int cores = options.threads > 0 ? options.threads : int(qMax(1u, std::thread::hardware_concurrency()));
    const int workers = int(qBound<qsizetype>(1, qsizetype(cores), qMax<qsizetype>(1, r.users.size())));
    int running = workers;
    std::mutex mutex;
    std::condition_variable finished;

    const auto work = [&] {
        QHash<QString, quint16> cache;
        Request request = requestFor(t, input.templ, QString(), QString());
        for (qsizetype row = nextRow++; row < r.users.size() && !cancelled(); row = nextRow++) {
            request.identity = identities.forUser(r.users.at(row));
            AccessCell *out = r.cells.data() + row * columns;
            qsizetype col = 0;
            for (; col < columns && !cancelled(); ++col) {
                request.resource = r.resources.at(col);
                const Trace trace = simulator.run(request);
                AccessCell &c = out[col];
                c.state = trace.accepted ? AccessCell::State::Allowed : AccessCell::State::Denied;
                if (!trace.accepted) {
                    c.rejectedAt = interner.id(cache, trace.rejectedAt);
                    c.failedRule = interner.id(cache, trace.failedRule);
                }
            }
            done += col;
        }
        std::lock_guard lock(mutex);
        --running;
        finished.notify_one();
    };

    std::vector<std::thread> threads;
    threads.reserve(size_t(workers));
    for (int w = 0; w < workers; ++w)
        threads.emplace_back(work);
    {
        std::unique_lock lock(mutex);
        while (!finished.wait_for(lock, std::chrono::milliseconds(50), [&] { return running == 0; })) {
            if (options.progress) {
                lock.unlock();
                options.progress(done.load(), total);
                lock.lock();
            }
        }
    }
    for (std::thread &th : threads)
        th.join();

    r.cancelled = done.load() < total;
    canonicalize(r);
    if (options.progress)
        options.progress(done.load(), total);
    return r;
}
