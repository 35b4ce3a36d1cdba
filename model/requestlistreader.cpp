#include "requestlistreader.h"

#include "requestreader.h"

namespace {
constexpr qsizetype kChunk = 512;  // requests per chunk: small enough for both threads to finish together
} // namespace

RequestListReader::RequestListReader(const QString &fileName, const QByteArray &source, const QString &passphrase,
                                     const QJsonArray &list)
    : mList(list)
{
    mChunks.reserve(size_t((list.size() + kChunk - 1) / kChunk));
    for (qsizetype begin = 0; begin < list.size(); begin += kChunk) {
        mChunks.push_back({JsonFieldReader(fileName, source), {}});
        mChunks.back().reader.setPassphrase(passphrase);
    }
    mWorker = std::thread([this] { readChunks(); });
}

RequestListReader::~RequestListReader()
{
    if (mWorker.joinable())
        mWorker.join();
}

void RequestListReader::readChunks()
{
    for (qsizetype c = mNext++; c < qsizetype(mChunks.size()); c = mNext++) {
        Chunk &chunk = mChunks[size_t(c)];
        const qsizetype begin = c * kChunk;
        const qsizetype end = qMin(begin + kChunk, mList.size());
        chunk.requests.reserve(end - begin);
        for (qsizetype i = begin; i < end; ++i) {
            // As SecflowReader reads each entry of a list.
            const QString p = JsonFieldReader::index(QStringLiteral("requests"), i);
            const QJsonValue v = mList.at(i);
            if (!v.isObject()) {
                chunk.reader.error(p, QStringLiteral("expected an object, got %1").arg(JsonFieldReader::typeName(v)));
                continue;
            }
            chunk.requests.append(RequestReader::read(chunk.reader, v.toObject(), p));
        }
    }
}

QList<Request> RequestListReader::finish(JsonFieldReader &r)
{
    readChunks();
    mWorker.join();
    QList<Request> out;
    out.reserve(mList.size());
    for (Chunk &chunk : mChunks) {
        r.absorb(chunk.reader);
        out.append(std::move(chunk.requests));
    }
    return out;
}
