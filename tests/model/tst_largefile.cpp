// A file with many requests is read on two threads (SecflowReader); its
// errors must come out as one reader would report them: in file order, with
// file, line and JSON path, and capped at JsonFieldReader::kMaxErrors.
#include "jsonfieldreader.h"
#include "jsonsplitter.h"
#include "secflowreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

// Two linked nodes and `count` requests; `badRequests` of them (the last
// ones) are of a kind that does not exist.
QByteArray file(int count, int badRequests, bool badNode)
{
    QJsonArray nodes{QJsonObject{{"id", "c"}, {"kind", "client"}},
                     QJsonObject{{"id", "ims"}, {"kind", badNode ? "mainframe" : "ims"}}};
    QJsonArray requests;
    for (int i = 0; i < count; ++i) {
        const bool bad = i >= count - badRequests;
        requests.append(QJsonObject{{"id", QStringLiteral("r%1").arg(i)},
                                    {"kind", bad ? "teleport" : "transaction"},
                                    {"resource", "PAY"},
                                    {"path", QJsonArray{"c", "ims"}},
                                    {"identity", QJsonObject{{"userid", "ALICE"}}}});
    }
    const QJsonObject root{{"format", "secflow"}, {"version", 1}, {"nodes", nodes},
                           {"links", QJsonArray{QJsonObject{{"id", "l"}, {"from", "c"}, {"to", "ims"}}}},
                           {"requests", requests}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

class TestLargeFile : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryRequest();
    void errorsInFileOrder();
    void errorsCapped();
    void splitParse();
    void splitParseSyntaxError();
};

void TestLargeFile::readsEveryRequest()
{
    SecflowReader reader;
    const auto t = reader.read(file(5000, 0, false), QStringLiteral("big.secflow"));
    QVERIFY2(t, qPrintable(reader.errorString()));
    QCOMPARE(t->requests.size(), 5000);
    QCOMPARE(t->requests.at(4321).id, QStringLiteral("r4321"));
    QCOMPARE(t->requests.at(4321).path, QStringList({"c", "ims"}));
}

void TestLargeFile::errorsInFileOrder()
{
    SecflowReader reader;
    QVERIFY(!reader.read(file(5000, 2, true), QStringLiteral("big.secflow")));
    const QList<LoadError> &errors = reader.errors();
    QCOMPARE(errors.size(), 3);
    // The node's error comes first, as in the file, though the requests were read beside it.
    QCOMPARE(errors.at(0).path, QStringLiteral("nodes[1].kind"));
    QCOMPARE(errors.at(0).file, QStringLiteral("big.secflow"));
    QVERIFY(errors.at(0).line > 0);
    QCOMPARE(errors.at(1).path, QStringLiteral("requests[4998].kind"));
    QCOMPARE(errors.at(2).path, QStringLiteral("requests[4999].kind"));
    QVERIFY(errors.at(1).line < errors.at(2).line);
    QVERIFY(errors.at(1).message.contains(QStringLiteral("teleport")));
}

void TestLargeFile::errorsCapped()
{
    SecflowReader reader;
    QVERIFY(!reader.read(file(3000, 200, true), QStringLiteral("big.secflow")));
    const QList<LoadError> &errors = reader.errors();
    QCOMPARE(errors.size(), JsonFieldReader::kMaxErrors + 1);
    QCOMPARE(errors.first().path, QStringLiteral("nodes[1].kind"));
    QCOMPARE(errors.at(1).path, QStringLiteral("requests[2800].kind"));
    QCOMPARE(errors.at(JsonFieldReader::kMaxErrors - 1).path, QStringLiteral("requests[2848].kind"));
    QCOMPARE(errors.last().message, QStringLiteral("too many errors; stopping here"));
}

// Over 4 MB the requests list is parsed on its own core (SecflowReader).
void TestLargeFile::splitParse()
{
    const QByteArray bytes = file(20000, 1, false);
    QVERIFY(bytes.size() > 4 * 1024 * 1024);
    SecflowReader reader;
    QVERIFY(!reader.read(bytes, QStringLiteral("big.secflow")));
    QCOMPARE(reader.errors().size(), 1);
    const LoadError &e = reader.errors().first();
    QCOMPARE(e.path, QStringLiteral("requests[19999].kind"));
    // The line is that of the value in the whole text.
    const qsizetype at = bytes.lastIndexOf("\"teleport\"");
    QCOMPARE(e.line, int(bytes.left(at).count('\n')) + 1);

    const auto t = reader.read(file(20000, 0, false), QStringLiteral("big.secflow"));
    QVERIFY2(t, qPrintable(reader.errorString()));
    QCOMPARE(t->requests.size(), 20000);
    QCOMPARE(t->requests.last().id, QStringLiteral("r19999"));
    QCOMPARE(t->nodes.size(), 2);

    // Parsed apart, the document is the one parsed whole.
    const QByteArray good = file(20000, 0, false);
    const std::optional<QJsonDocument> apart = JsonSplitter::parseApart(good, "requests");
    QVERIFY(apart);
    QVERIFY(*apart == QJsonDocument::fromJson(good));
    QVERIFY(!JsonSplitter::parseApart(good, "nothing"));
}

void TestLargeFile::splitParseSyntaxError()
{
    QByteArray bytes = file(20000, 0, false);
    bytes[bytes.lastIndexOf("\"r19000\"") - 1] = '!';  // breaks the JSON inside the requests
    QJsonParseError expected;
    QJsonDocument::fromJson(bytes, &expected);
    QVERIFY(expected.error != QJsonParseError::NoError);
    SecflowReader reader;
    QVERIFY(!reader.read(bytes, QStringLiteral("big.secflow")));
    QCOMPARE(reader.errors().size(), 1);
    QVERIFY2(reader.errors().first().message.endsWith(QStringLiteral("(at byte %1)").arg(expected.offset)),
             qPrintable(reader.errors().first().message));
}

QTEST_GUILESS_MAIN(TestLargeFile)
#include "tst_largefile.moc"
