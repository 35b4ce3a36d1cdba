#pragma once

#include "jsonfieldreader.h"
#include "request.h"

#include <QJsonArray>
#include <QList>

#include <atomic>
#include <thread>
#include <vector>

// Reads a large "requests" list on two cores: a worker starts on it at once,
// and the thread reading the rest of the file joins in with finish(). Each
// chunk of the list has a JsonFieldReader of its own; finish() takes their
// findings in file order, as if one reader had read the whole list in turn.
class RequestListReader
{
public:
    RequestListReader(const QString &fileName, const QByteArray &source, const QString &passphrase,
                      const QJsonArray &list);
    ~RequestListReader();

    // Every request, in list order; findings go to `r`.
    QList<Request> finish(JsonFieldReader &r);

private:
    struct Chunk
    {
        JsonFieldReader reader;
        QList<Request> requests;
    };

    void readChunks();

    QJsonArray mList;
    std::vector<Chunk> mChunks;
    std::atomic<qsizetype> mNext = 0;
    std::thread mWorker;
};
