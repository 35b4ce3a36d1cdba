// `secflow export`: every format is written with no display, a request's
// trace can be drawn at any step, usage and input errors give the right exit
// code, and no export ever contains a password, key or private key.
#include "exportcommand.h"
#include "secflowreader.h"
#include "topologydata.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <graphviz/cgraph.h>

namespace {

const QString kExamples = QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples/");

int exportWith(const QStringList &args)
{
    return ExportCommand::run(QStringList{QStringLiteral("secflow"), QStringLiteral("export")} + args);
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every secret of a file in plain text: what an export must never contain.
QStringList secretsOf(const TopologyData &t)
{
    QStringList secrets;
    for (const SecurityDomain &d : t.domains) {
        for (const RacfUser &u : d.users)
            secrets << u.password.plain;
        for (const PtktData &p : d.ptktdata)
            secrets << p.key.plain;
    }
    for (const Request &r : t.requests)
        secrets << r.identity.password << r.identity.passticketKey;
    for (const Certificate &c : t.certificates) {
        const qsizetype key = c.pem.indexOf(QLatin1String("PRIVATE KEY"));
        if (key >= 0)
            secrets << c.pem.mid(key + 16, 40);  // a slice of the key material
    }
    for (const Node &n : t.nodes) {
        for (const QString &s : n.decryptedSecrets)
            secrets << s;
    }
    secrets.removeAll(QString());
    secrets.removeDuplicates();
    // A password equal to its user ID (a weak one, on purpose in an example)
    // is shown as the user ID anyway; it proves nothing either way.
    for (const SecurityDomain &d : t.domains) {
        for (const RacfUser &u : d.users)
            secrets.removeAll(u.id);
    }
    return secrets;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }
    void everyFormatIsWritten_data();
    void everyFormatIsWritten();
    void dotIsValidGraphviz();
    void traceAtStepIsDrawn();
    void noSecretsInAnyExport_data();
    void noSecretsInAnyExport();
    void usageAndInputErrors();

private:
    QTemporaryDir mDir;
};

void TestExport::everyFormatIsWritten_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << "png" << QByteArray("\x89PNG");
    QTest::newRow("svg") << "svg" << QByteArray("<?xml");
    QTest::newRow("pdf") << "pdf" << QByteArray("%PDF");
    QTest::newRow("dot") << "dot" << QByteArray("digraph");
}

void TestExport::everyFormatIsWritten()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, magic);
    const QString out = mDir.filePath(QStringLiteral("soap.") + format);
    QCOMPARE(exportWith({kExamples + "soap_gateway_untp.secflow", "--format", format, "--output", out}), 0);
    const QByteArray bytes = read(out);
    QVERIFY2(bytes.startsWith(magic), bytes.left(16).constData());
    if (format == QLatin1String("png")) {
        const QImage image(out);
        QVERIFY(image.width() > 400 && image.height() > 200);
        // Drawn, not blank: more than one colour in the middle row.
        QSet<QRgb> colours;
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, image.height() / 2));
        QVERIFY(colours.size() > 3);
    }
    if (format == QLatin1String("svg")) {
        // Text is drawn as glyph outlines, so render the SVG and look at it.
        QSvgRenderer svg(bytes);
        QVERIFY(svg.isValid());
        QImage image(svg.defaultSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        svg.render(&painter);
        painter.end();
        QSet<QRgb> colours;
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, image.height() / 2));
        QVERIFY(colours.size() > 3);
    }
}

void TestExport::dotIsValidGraphviz()
{
    const QString out = mDir.filePath(QStringLiteral("graph.dot"));
    QCOMPARE(exportWith({kExamples + "soap_gateway_untp.secflow", "--format", "dot", "--output", out}), 0);
    QByteArray text = read(out);
    Agraph_t *g = agmemread(text.constData());
    QVERIFY(g);
    SecflowReader reader;
    const auto t = reader.readFile(kExamples + "soap_gateway_untp.secflow");
    QVERIFY(t);
    QCOMPARE(agnnodes(g), int(t->nodes.size()));
    QCOMPARE(agnedges(g), int(t->links.size()));
    int clusters = 0;
    for (Agraph_t *sub = agfstsubg(g); sub; sub = agnxtsubg(sub))
        clusters += QByteArray(agnameof(sub)).startsWith("cluster_") ? 1 : 0;
    QCOMPARE(clusters, int(t->images.size()));
    agclose(g);
}

void TestExport::traceAtStepIsDrawn()
{
    // Step 1 marks only the first node; the last step marks every node
    // reached and the links travelled.
    const QString file = kExamples + "soap_gateway_untp.secflow";
    SecflowReader reader;
    const auto t = reader.readFile(file);
    QVERIFY(t && !t->requests.isEmpty());
    const QString request = t->requests.first().id;
    const QString first = mDir.filePath(QStringLiteral("step0.dot"));
    const QString last = mDir.filePath(QStringLiteral("last.dot"));
    QCOMPARE(exportWith({file, "--format", "dot", "--output", first, "--request", request, "--step", "1"}), 0);
    QCOMPARE(exportWith({file, "--format", "dot", "--output", last, "--request", request}), 0);
    const QByteArray atStart = read(first), atEnd = read(last);
    QVERIFY(atStart != atEnd);
    QCOMPARE(atStart.count("penwidth=3"), 1);  // the current node only; no link travelled yet
    QVERIFY(atEnd.count("penwidth=3") > 1);     // current node and the links travelled
    const QString png0 = mDir.filePath(QStringLiteral("step0.png"));
    const QString pngEnd = mDir.filePath(QStringLiteral("last.png"));
    QCOMPARE(exportWith({file, "--format", "png", "--output", png0, "--request", request, "--step", "1"}), 0);
    QCOMPARE(exportWith({file, "--format", "png", "--output", pngEnd, "--request", request}), 0);
    QVERIFY(QImage(png0) != QImage(pngEnd));
}

void TestExport::noSecretsInAnyExport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    for (const QString &name : QDir(kExamples).entryList({QStringLiteral("*.secflow")})) {
        for (const char *format : {"svg", "dot"})
            QTest::newRow(qPrintable(name + '.' + format)) << kExamples + name << QString::fromLatin1(format);
    }
}

void TestExport::noSecretsInAnyExport()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    SecflowReader reader;
    const auto t = reader.readFile(file);
    QVERIFY(t);
    // With every request's trace at its last step: badges and checks drawn too.
    QStringList requests{QString()};
    for (const Request &r : t->requests)
        requests << r.id;
    const QStringList secrets = secretsOf(*t);
    for (const QString &request : requests) {
        const QString out = mDir.filePath(QStringLiteral("secret.") + format);
        QStringList args{file, "--format", format, "--output", out};
        if (!request.isEmpty())
            args << "--request" << request;
        QCOMPARE(exportWith(args), 0);
        const QString text = QString::fromUtf8(read(out));
        QVERIFY(!text.isEmpty());
        for (const QString &secret : secrets)
            QVERIFY2(!text.contains(secret), qPrintable(QStringLiteral("%1 (request %2) contains a secret").arg(out, request)));
    }
}

void TestExport::usageAndInputErrors()
{
    const QString file = kExamples + "soap_gateway_untp.secflow";
    const QString out = mDir.filePath(QStringLiteral("x.png"));
    SecflowReader reader;
    const auto t = reader.readFile(file);
    QVERIFY(t && !t->requests.isEmpty());
    const QString r1 = t->requests.first().id;
    QCOMPARE(exportWith({file, "--output", out}), 2);                                  // no format
    QCOMPARE(exportWith({file, "--format", "gif", "--output", out}), 2);               // unknown format
    QCOMPARE(exportWith({file, "--format", "png", "--output", out, "--step", "1"}), 2); // step without request
    QCOMPARE(exportWith({file, "--format", "png", "--output", out, "--request", r1, "--step", "x"}), 2);
    QCOMPARE(exportWith({file, "--format", "png", "--output", out, "--request", r1, "--step", "0"}), 2);  // counted from 1
    QCOMPARE(exportWith({file, "--format", "png", "--output", out, "--request", "nosuch"}), 1);
    QCOMPARE(exportWith({file, "--format", "png", "--output", out, "--request", r1, "--step", "999"}), 1);
    QCOMPARE(exportWith({mDir.filePath("missing.secflow"), "--format", "png", "--output", out}), 1);
    QCOMPARE(exportWith({file, "--format", "png", "--output", "/nonexistent-dir/x.png"}), 1);
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
