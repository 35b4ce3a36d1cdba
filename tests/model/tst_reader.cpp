// Bad input: every file of tests/data/bad, and monsters generated here, is
// refused by SecflowReader and by `secflow` with the file, line, JSON path and a
// precise message, quickly and without a crash (FORMAT.md; no rule ID).
#include "jsonfieldreader.h"
#include "secflowreader.h"
#include "secflowwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kBadDir = QStringLiteral(SECFLOW_TEST_DATA "/bad");
// Generous on purpose: these tests catch hangs and quadratic blow-ups, not slowness.
constexpr qint64 kQuickMs = 10000;

QString badFile(const QString &name) { return kBadDir + QLatin1Char('/') + name; }

QJsonObject expectations()
{
    QFile f(badFile(QStringLiteral("expected.json")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    o.remove(QStringLiteral("_comment"));
    return o;
}

// "file:line: path: " as LoadError::toString starts, for the CLI's stderr.
QString locationPrefix(const QString &file, int line, const QString &path)
{
    const QString where = QStringLiteral("%1:%2: ").arg(file).arg(line);
    return path.isEmpty() ? where : where + path + QStringLiteral(": ");
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run secflow(const QStringList &args)
{
    QProcess p;
    p.start(QCoreApplication::applicationDirPath() + QStringLiteral("/secflow"), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("secflow did not finish: ") + p.errorString();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// A valid file whose line 4 carries `extra` (a top-level key and value).
QByteArray fileWith(const QByteArray &extra)
{
    return "{\n  \"format\": \"secflow\",\n  \"version\": 1,\n  " + extra + "\n}\n";
}

QByteArray hugeString() { return "\"notes\": \"" + QByteArray(10 * 1024 * 1024, 'x') + '"'; }
QByteArray deepNesting() { return "\"view\": " + QByteArray(100000, '[') + QByteArray(100000, ']'); }

QByteArray manyNodes(int count, const QByteArray &node)
{
    QByteArrayList nodes;
    for (int i = 0; i < count; ++i)
        nodes.append(QByteArray(node).replace("#", QByteArray::number(i)));
    return "\"nodes\": [\n" + nodes.join(",\n") + "\n]";
}

} // namespace

class TestReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mTemp;

    QString writeTemp(const QString &name, const QByteArray &bytes)
    {
        QFile f(mTemp.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    }

    static void addBadFileRows()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QJsonObject all = expectations();
        for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
            const QJsonObject e = it.value().toObject();
            QTest::newRow(qPrintable(it.key())) << badFile(it.key()) << e.value(QStringLiteral("line")).toInt()
                                                << e.value(QStringLiteral("path")).toString()
                                                << e.value(QStringLiteral("message")).toString();
        }
    }

private slots:
    // covers: none (FORMAT.md loader contract)
    void everyBadFileHasAnExpectation()
    {
        const QStringList files = QDir(kBadDir).entryList({QStringLiteral("*.secflow")}, QDir::Files, QDir::Name);
        QStringList expected = expectations().keys();
        expected.sort();
        QCOMPARE(files, expected);
        QVERIFY(files.size() >= 20);
    }

    // covers: none (FORMAT.md loader contract)
    void baseOfTheCorpusLoadsCleanly()
    {
        // Each bad file is base.json with one defect, so its error must come from that defect.
        SecflowReader reader;
        const auto t = reader.readFile(badFile(QStringLiteral("base.json")));
        QVERIFY2(t, qPrintable(reader.errorString()));
        QVERIFY(reader.warnings().isEmpty());
        QCOMPARE(t->nodes.size(), 4);
        QCOMPARE(t->requests.size(), 1);
    }

    void badFileIsRefusedPrecisely_data() { addBadFileRows(); }
    // covers: none (FORMAT.md loader contract)
    void badFileIsRefusedPrecisely()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, path);
        QFETCH(QString, message);
        SecflowReader reader;
        QVERIFY(!reader.readFile(file));
        QCOMPARE(reader.errors().size(), 1);
        const LoadError &e = reader.errors().first();
        QCOMPARE(e.file, file);
        QCOMPARE(e.line, line);
        QCOMPARE(e.path, path);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QVERIFY2(e.toString().startsWith(locationPrefix(file, line, path)), qPrintable(e.toString()));
        QCOMPARE(reader.errorString(), e.toString());
    }

    void checkCommandRefusesBadFile_data() { addBadFileRows(); }
    // covers: none (FORMAT.md loader contract)
    void checkCommandRefusesBadFile()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const Run r = secflow({QStringLiteral("check"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(locationPrefix(file, line, path) + message)
                     || (r.err.contains(locationPrefix(file, line, path)) && r.err.contains(message)),
                 qPrintable(r.err));
    }

    // covers: none (FORMAT.md loader contract)
    void wrongOptionValueReadsExactly()
    {
        const QString file = badFile(QStringLiteral("wrong_option_value.secflow"));
        SecflowReader reader;
        QVERIFY(!reader.readFile(file));
        const QString expected = file + QStringLiteral(":26: nodes[3].options.RACF: expected \"Y\" or \"N\", got \"maybe\"");
        QCOMPARE(reader.errorString(), expected);
        const Run r = secflow({QStringLiteral("check"), file});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.trimmed(), expected);
        for (const char *command : {"simulate", "lint"}) {
            const Run other = secflow({QLatin1String(command), file});
            QCOMPARE(other.code, 1);
            QCOMPARE(other.err.trimmed(), expected);
        }
    }

    // covers: none (FORMAT.md loader contract)
    void tenMegabyteStringIsRefusedQuickly()
    {
        // The string sits under a key the loader does not know: size limits apply everywhere.
        QElapsedTimer timer;
        timer.start();
        SecflowReader reader;
        QVERIFY(!reader.read(fileWith(hugeString()), QStringLiteral("huge.secflow")));
        QVERIFY(timer.elapsed() < kQuickMs);
        QCOMPARE(reader.errors().size(), 1);
        QCOMPARE(reader.errors().first().toString(),
                 QStringLiteral("huge.secflow:4: notes: string of 10485760 characters; at most 1048576 allowed"));
        const QString file = writeTemp(QStringLiteral("huge.secflow"), fileWith(hugeString()));
        const Run r = secflow({QStringLiteral("check"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(file + QStringLiteral(":4: notes: string of 10485760 characters")), qPrintable(r.err));
    }

    // covers: none (FORMAT.md loader contract)
    void deepNestingIsRefusedQuickly()
    {
        QElapsedTimer timer;
        timer.start();
        SecflowReader reader;
        QVERIFY(!reader.read(fileWith(deepNesting()), QStringLiteral("deep.secflow")));
        QVERIFY(timer.elapsed() < kQuickMs);
        QCOMPARE(reader.errors().size(), 1);
        const LoadError &e = reader.errors().first();
        QCOMPARE(e.line, 4);
        QVERIFY2(e.message.startsWith(QStringLiteral("not valid JSON: ")) && e.message.contains(QStringLiteral("nested")),
                 qPrintable(e.message));
        const QString file = writeTemp(QStringLiteral("deep.secflow"), fileWith(deepNesting()));
        const Run r = secflow({QStringLiteral("check"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(file + QStringLiteral(":4: not valid JSON")), qPrintable(r.err));
    }

    // covers: none (FORMAT.md loader contract)
    void nestingBelowTheParserLimitIsKept()
    {
        const QByteArray nested = QByteArray(1000, '[') + QByteArray(1000, ']');
        SecflowReader reader;
        const auto t = reader.read(fileWith("\"view\": {\"deep\": " + nested + "}"));
        QVERIFY2(t, qPrintable(reader.errorString()));
        QJsonValue v = t->view.value(QStringLiteral("deep"));
        int depth = 0;
        for (; v.isArray() && !v.toArray().isEmpty(); v = v.toArray().first())
            ++depth;
        QCOMPARE(depth, 999);
    }

    // covers: none (FORMAT.md loader contract)
    void errorsAreCappedSoAMonsterFileStaysReadable()
    {
        const QByteArray node = R"({"id": "n#", "kind": "ims_connect", "options": {"RACF": "maybe"}})";
        SecflowReader reader;
        QVERIFY(!reader.read(fileWith(manyNodes(500, node)), QStringLiteral("many.secflow")));
        QCOMPARE(reader.errors().size(), JsonFieldReader::kMaxErrors + 1);
        QCOMPARE(reader.errors().first().toString(),
                 QStringLiteral("many.secflow:5: nodes[0].options.RACF: expected \"Y\" or \"N\", got \"maybe\""));
        QCOMPARE(reader.errors().last().message, QStringLiteral("too many errors; stopping here"));
    }

    // covers: none (FORMAT.md loader contract)
    void manyUnknownOptionsAreKeptWithCappedWarnings()
    {
        // Each warning locates its line by rescanning the text; uncapped this takes hours.
        QByteArrayList options;
        for (int i = 0; i < 50000; ++i)
            options.append("\"x" + QByteArray::number(i) + "\": " + QByteArray::number(i));
        const QByteArray node = "{\"id\": \"icon\", \"kind\": \"ims_connect\", \"options\": {" + options.join(",\n") + "}}";
        QElapsedTimer timer;
        timer.start();
        SecflowReader reader;
        const auto t = reader.read(fileWith("\"nodes\": [" + node + "]"), QStringLiteral("wide.secflow"));
        QVERIFY2(t, qPrintable(reader.errorString()));
        QVERIFY(timer.elapsed() < kQuickMs);
        QCOMPARE(t->nodes.first().options.size(), 50000);
        QCOMPARE(t->nodes.first().options.value(QStringLiteral("x49999")).toInt(), 49999);
        QCOMPARE(reader.warnings().size(), JsonFieldReader::kMaxErrors + 1);
        QCOMPARE(reader.warnings().first().path, QStringLiteral("nodes[0].options.x0"));
        QCOMPARE(reader.warnings().first().line, 4);
        QCOMPARE(reader.warnings().at(1).line, 5);
    }

    // covers: none (FORMAT.md loader contract)
    void everyTruncationAndByteFlipIsLocatedOrRoundTrips()
    {
        // A cheap fuzz over the base file: no input may crash, and every error is placed.
        const QByteArray base = [] {
            QFile f(badFile(QStringLiteral("base.json")));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!base.isEmpty());
        QList<QByteArray> inputs;
        for (qsizetype n = 0; n < base.size(); ++n) {
            inputs.append(base.left(n));
            for (const char c : {'"', '{', ']', 'x'})
                inputs.append(QByteArray(base).replace(n, 1, QByteArray(1, c)));
        }
        int loaded = 0;
        SecflowReader reader;
        for (const QByteArray &input : inputs) {
            if (const auto t = reader.read(input, QStringLiteral("fuzz.secflow"))) {
                ++loaded;
                const QByteArray saved = SecflowWriter::toBytes(*t);
                const auto again = reader.read(saved);
                QVERIFY2(again && SecflowWriter::toBytes(*again) == saved, input.constData());
                continue;
            }
            QVERIFY(!reader.errors().isEmpty());
            for (const LoadError &e : reader.errors())
                QVERIFY2(e.line > 0 && !e.message.isEmpty(), qPrintable(e.toString() + "\n" + input));
        }
        QVERIFY(loaded > 0 && loaded < inputs.size());
    }

    // covers: none (FORMAT.md loader contract)
    void escapedKeysAreLocated()
    {
        SecflowReader reader;
        QVERIFY(!reader.read(fileWith("\"nodes\": [{\"id\": \"icon\", \"kind\": \"ims_connect\", \"options\": {\n"
                                      "  \"note\": \"a \\\"quoted\\\" word\",\n"
                                      "  \"R\\u0041CF\": \"maybe\"}}]")));
        QCOMPARE(reader.errors().size(), 1);
        QCOMPARE(reader.errors().first().path, QStringLiteral("nodes[0].options.RACF"));
        QCOMPARE(reader.errors().first().line, 6);
    }

    // covers: none (FORMAT.md loader contract)
    void hugeVersionIsNewerNotMalformed()
    {
        SecflowReader reader;
        QVERIFY(!reader.read("{\"format\": \"secflow\", \"version\": 1e20, \"nodes\": 7}"));
        QCOMPARE(reader.errors().size(), 1);  // nothing else is read from a newer format
        QVERIFY(reader.errors().first().message.contains(QStringLiteral("is newer than this SecFlow understands")));
        QVERIFY(!reader.read("{\"format\": \"secflow\", \"version\": \"1\"}"));
        QCOMPARE(reader.errors().first().message,
                 QStringLiteral("expected a format version number such as 1, got \"1\""));
    }

    // covers: none (FORMAT.md loader contract)
    void hugeNumbersAreRangeErrors()
    {
        SecflowReader reader;
        QVERIFY(!reader.read(fileWith(manyNodes(1, R"({"id": "icon", "kind": "ims_connect", "options": {"version": 1e300}})"))));
        QCOMPARE(reader.errors().size(), 1);
        QCOMPARE(reader.errors().first().path, QStringLiteral("nodes[0].options.version"));
        QVERIFY2(reader.errors().first().message.contains(QStringLiteral("out of range 9..99")),
                 qPrintable(reader.errors().first().message));
    }

    // covers: none (FORMAT.md loader contract)
    void timeWithoutOffsetMeansUtc()
    {
        SecflowReader reader;
        const auto t = reader.read(fileWith("\"simulationTime\": \"2026-11-21T10:00:00\""));
        QVERIFY2(t, qPrintable(reader.errorString()));
        QCOMPARE(t->simulationTime, QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC));
    }

    // covers: none (FORMAT.md loader contract)
    void unreadableFilesAreNamed()
    {
        SecflowReader reader;
        const QString missing = mTemp.filePath(QStringLiteral("missing.secflow"));
        QVERIFY(!reader.readFile(missing));
        QCOMPARE(reader.errors().size(), 1);
        QCOMPARE(reader.errors().first().file, missing);
        QVERIFY(reader.errors().first().message.startsWith(QStringLiteral("cannot open")));
        QVERIFY(!reader.readFile(mTemp.path()));  // a directory
        QCOMPARE(reader.errors().first().file, mTemp.path());
        const Run r = secflow({QStringLiteral("check"), missing});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(missing + QStringLiteral(": cannot open")), qPrintable(r.err));
    }

    // covers: none (FORMAT.md loader contract)
    void endlessAndOversizeFilesAreRefusedQuickly()
    {
        QFile sparse(mTemp.filePath(QStringLiteral("sparse.secflow")));
        QVERIFY(sparse.open(QIODevice::WriteOnly) && sparse.resize(SecflowReader::kMaxFileBytes + 1));
        sparse.close();
        QElapsedTimer timer;
        timer.start();
        for (const QString &file : {sparse.fileName(), QStringLiteral("/dev/zero")}) {
            SecflowReader reader;
            QVERIFY(!reader.readFile(file));
            QCOMPARE(reader.errors().size(), 1);
            QCOMPARE(reader.errors().first().toString(),
                     file + QStringLiteral(": larger than 67108864 bytes; not a .secflow file"));
        }
        QVERIFY(timer.elapsed() < kQuickMs);
    }

    // covers: none (FORMAT.md loader contract)
    void readerForgetsThePreviousFile()
    {
        SecflowReader reader;
        QVERIFY(!reader.readFile(badFile(QStringLiteral("wrong_type.secflow"))));
        QVERIFY(reader.readFile(badFile(QStringLiteral("base.json"))));
        QVERIFY(reader.errors().isEmpty());
        QVERIFY(reader.errorString().isEmpty());
    }

    // covers: none (FORMAT.md loader contract)
    void loadErrorFormats()
    {
        QCOMPARE((LoadError{"a.secflow", 3, "nodes[0].id", "bad"}).toString(), QString("a.secflow:3: nodes[0].id: bad"));
        QCOMPARE((LoadError{"a.secflow", 0, {}, "bad"}).toString(), QString("a.secflow: bad"));
        QCOMPARE((LoadError{{}, 2, "name", "bad"}).toString(), QString("<input>:2: name: bad"));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString file = badFile(QStringLiteral("base.json"));
        // Without a command word `secflow` opens the designer (app/main.cpp), so
        // "no arguments" and "unknown command" are not command-line usage errors.
        QTest::newRow("simulate without file") << QStringList{"simulate"} << "simulate takes exactly one FILE";
        QTest::newRow("simulate with two files") << QStringList{"simulate", file, file} << "simulate takes exactly one FILE";
        QTest::newRow("check without file") << QStringList{"check"} << "check needs at least one FILE";
        QTest::newRow("lint without file") << QStringList{"lint"} << "lint takes exactly one FILE";
        QTest::newRow("unknown option") << QStringList{"check", "--bogus", file} << "bogus";
    }
    // covers: none (FORMAT.md command line)
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = secflow(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Usage: secflow")));
    }

    // covers: none (FORMAT.md command line)
    void helpAndVersionExitZero()
    {
        const Run help = secflow({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.startsWith(QStringLiteral("Usage: secflow COMMAND")));
        QVERIFY(help.err.isEmpty());
        const Run version = secflow({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY2(version.out.startsWith(QStringLiteral("secflow ")), qPrintable(version.out));
        const Run checkHelp = secflow({QStringLiteral("check"), QStringLiteral("--help")});
        QCOMPARE(checkHelp.code, 0);
        QVERIFY(checkHelp.out.contains(QStringLiteral("FILE...")));
    }

    // covers: none (FORMAT.md command line)
    void checkKeepsGoingAfterABadFile()
    {
        const QString bad = badFile(QStringLiteral("wrong_type.secflow"));
        const QString good = badFile(QStringLiteral("base.json"));
        const Run r = secflow({QStringLiteral("check"), bad, good});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(bad + QStringLiteral(":30: links[1].persistent")));
        QCOMPARE(secflow({QStringLiteral("check"), good}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestReader)
#include "tst_reader.moc"
