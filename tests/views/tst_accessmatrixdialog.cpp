// The access matrix window: computes offscreen in the background, shows ticks
// and crosses with the failing rule, filters users and resources, exports
// what it shows as CSV (checked line by line against the engine), cancels a
// long run, and opens from the Simulate menu.
#include "guitestsetup.h"
#include "accessmatrix.h"
#include "accessmatrixdialog.h"
#include "accessmatrixfilter.h"
#include "accessmatrixmodel.h"
#include "accessmatrixsetup.h"
#include "document.h"
#include "mainwindow.h"
#include "simulator.h"
#include "theme.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kExamples = QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples/");

QString cellText(const AccessMatrixDialog &d, const QString &user, const QString &resource)
{
    const QAbstractItemModel *m = d.table()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        for (int c = 0; c < m->columnCount(); ++c) {
            if (m->headerData(r, Qt::Vertical).toString() == user && m->headerData(c, Qt::Horizontal).toString() == resource)
                return m->index(r, c).data().toString();
        }
    }
    return QStringLiteral("(absent)");
}

bool computeByClick(AccessMatrixDialog &d)
{
    QSignalSpy done(&d, &AccessMatrixDialog::computed);
    auto *button = d.findChild<QPushButton *>(QStringLiteral("computeButton"));
    if (!button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return done.count() > 0 || done.wait(60000);
}

} // namespace

class TestAccessMatrixDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        GuiTestSetup::apply();
        QSettings().clear();
    }

    // covers: OTMA-02 ICON-01
    void computesShowsAndFilters()
    {
        Document doc;
        QString error;
        QVERIFY2(doc.load(kExamples + "soap_gateway_untp.secflow", &error), qPrintable(error));
        AccessMatrixDialog d(&doc);
        d.show();
        d.setup()->selectRequest("jsmith_payinq");
        QVERIFY(d.setup()->problem().isEmpty());
        QVERIFY(computeByClick(d));
        QVERIFY(d.result() && !d.result()->cancelled);
        QCOMPARE(d.table()->model()->rowCount(), 12);
        QCOMPARE(d.table()->model()->columnCount(), 7);
        QCOMPARE(cellText(d, "JSMITH", "PAYINQ"), QString("✓ allowed"));
        QCOMPARE(cellText(d, "JSMITH", "PAYUPD"), QString("✗ OTMA-02"));
        QCOMPARE(cellText(d, "RKUMAR", "PAYINQ"), QString("✗ ICON-01"));
        QCOMPARE(cellText(d, "MGARCIA", "PAYUPD"), QString("✓ allowed"));
        // Tint and text together: allowed and denied cells differ in both.
        const QAbstractItemModel *m = d.table()->model();
        const QModelIndex allowed = m->index(d.result()->users.indexOf("JSMITH"), d.result()->resources.indexOf("PAYINQ"));
        const QModelIndex denied = m->index(d.result()->users.indexOf("JSMITH"), d.result()->resources.indexOf("PAYUPD"));
        QVERIFY(allowed.data(Qt::BackgroundRole) != denied.data(Qt::BackgroundRole));
        QVERIFY(denied.data(Qt::ToolTipRole).toString().contains("denied at otma by OTMA-02"));
        const QLocale locale;
        const QString allowedCount = locale.toString(d.result()->count(AccessCell::State::Allowed));
        QVERIFY(d.summary().startsWith(QString("%1 of %2 pairs allowed").arg(allowedCount, locale.toString(84))));
        QCOMPARE(d.findChild<QLabel *>("summary")->text(), d.summary());

        auto *users = d.findChild<QLineEdit *>("userFilter");
        QTest::keyClicks(users, "js");
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->headerData(0, Qt::Vertical).toString(), QString("JSMITH"));
        users->clear();
        QTest::keyClicks(d.findChild<QLineEdit *>("resourceFilter"), "PAYU");
        QCOMPARE(m->columnCount(), 1);
        QVERIFY(d.summary().contains(QString("Showing 12 of 12 users and 1 of 7 resources")));
        auto *show = d.findChild<QComboBox *>("showFilter");
        show->setCurrentIndex(show->findData(int(AccessMatrixFilter::Show::WithAllowed)));
        // Only the payroll managers may run PAYUPD.
        QStringList allowedUsers;
        for (int r = 0; r < m->rowCount(); ++r)
            allowedUsers << m->headerData(r, Qt::Vertical).toString();
        QCOMPARE(allowedUsers, QStringList({"MGARCIA"}));
        show->setCurrentIndex(show->findData(int(AccessMatrixFilter::Show::WithDenied)));
        QCOMPARE(m->rowCount(), 11);
        QVERIFY(!cellText(d, "JSMITH", "PAYUPD").isEmpty());
    }

    void exportsWhatTheTableShows()
    {
        Document doc;
        QString error;
        QVERIFY(doc.load(kExamples + "soap_gateway_untp.secflow", &error));
        AccessMatrixDialog d(&doc);
        d.show();
        d.setup()->selectRequest("jsmith_payinq");
        d.setup()->setUsers({"mgarcia", "JSMITH", "RKUMAR"});  // lower case is a SAF user ID too
        d.setup()->setResources({"PAYUPD", "PAYINQ", "HR"});
        QVERIFY(computeByClick(d));
        QTest::keyClicks(d.findChild<QLineEdit *>("userFilter"), "M");  // MGARCIA, JSMITH, RKUMAR all contain M
        QTest::keyClicks(d.findChild<QLineEdit *>("resourceFilter"), "PAY");
        QTemporaryDir dir;
        const QString path = dir.filePath("matrix.csv");
        QVERIFY(d.exportCsv(path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split("\r\n");
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), QString("user,PAYUPD,PAYINQ"));
        QCOMPARE(lines.at(1), QString("MGARCIA,allowed,allowed"));
        QCOMPARE(lines.at(2), QString("JSMITH,denied: OTMA-02 at otma,allowed"));
        QCOMPARE(lines.at(3), QString("RKUMAR,denied: ICON-01 at hws1,denied: ICON-01 at hws1"));
        QCOMPARE(lines.at(4), QString());
        // The same verdicts as simulating each request alone with full details.
        const TopologyData &t = doc.topology()->data();
        const Simulator direct(t);
        for (const QString &line : lines.mid(1, 3)) {
            const QStringList f = line.split(',');
            for (int c = 1; c < 3; ++c) {
                const Trace tr = direct.run(AccessMatrix::requestFor(t, *t.request("jsmith_payinq"), f.at(0), lines.at(0).split(',').at(c)));
                QCOMPARE(f.at(c), tr.accepted ? QString("allowed") : QString("denied: %1 at %2").arg(tr.failedRule, tr.rejectedAt));
            }
        }
    }

    void cancelButtonStopsALongRun()
    {
        Document doc;
        QString error;
        QVERIFY(doc.load(kExamples + "soap_gateway_untp.secflow", &error));
        AccessMatrixDialog d(&doc);
        d.show();
        d.setup()->selectRequest("jsmith_payinq");
        QStringList users, resources;
        for (int i = 0; i < 3000; ++i)
            users << QString("U%1").arg(i);
        for (int i = 0; i < 100; ++i)
            resources << QString("TX%1").arg(i);
        d.setup()->setUsers(users);  // 300,000 pairs: seconds of work
        d.setup()->setResources(resources);
        QSignalSpy done(&d, &AccessMatrixDialog::computed);
        QTest::mouseClick(d.findChild<QPushButton *>("computeButton"), Qt::LeftButton);
        QVERIFY(d.isComputing());
        auto *cancel = d.findChild<QPushButton *>("cancelButton");
        QVERIFY(cancel->isEnabled());
        QVERIFY(!d.findChild<QPushButton *>("computeButton")->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QVERIFY(d.result()->cancelled);
        QVERIFY(d.result()->count(AccessCell::State::Pending) > 0);
        QVERIFY(d.summary().startsWith("Cancelled:"));
        QCOMPARE(d.findChild<QProgressBar *>("progress")->format(), QString("Cancelled"));
        QVERIFY(d.findChild<QPushButton *>("computeButton")->isEnabled());
        QVERIFY(!cancel->isEnabled());
    }

    void builtFromAnEntryNode()
    {
        Document doc;
        QString error;
        QVERIFY(doc.load(kExamples + "trusted_user_pitfalls.secflow", &error));
        AccessMatrixDialog d(&doc);
        d.show();
        d.setup()->useEntryNode("partner", "transaction");
        QVERIFY2(d.setup()->problem().isEmpty(), qPrintable(d.setup()->problem()));
        const AccessMatrixInput in = d.setup()->input();
        QCOMPARE(in.templ.path.first(), QString("partner"));
        QCOMPARE(in.templ.path.last(), QString("ims1"));
        QVERIFY(in.templ.identity.hasPassword);
        QVERIFY(in.users.contains("JSMITH"));
        QVERIFY(computeByClick(d));
        QVERIFY(d.result()->count(AccessCell::State::Pending) == 0);

        // A route that skips a link cannot be played: the window says why and will not compute.
        auto *route = d.findChild<QLineEdit *>("route");
        route->clear();
        QTest::keyClicks(route, "partner, ims1");
        QVERIFY(d.setup()->problem().startsWith("The route cannot be played"));
        QVERIFY(!d.findChild<QPushButton *>("computeButton")->isEnabled());
        route->clear();
        QTest::keyClicks(route, "partner, hws3, otma, ims1");
        QVERIFY(d.setup()->problem().isEmpty());
        QVERIFY(d.findChild<QPushButton *>("computeButton")->isEnabled());
    }

    void opensFromTheSimulateMenu()
    {
        MainWindow w;
        QAction *open = nullptr;
        for (QAction *a : w.simulateMenu()->actions()) {
            if (a->text() == "Access &Matrix...")
                open = a;
        }
        QVERIFY(open);
        open->trigger();
        auto *d = w.findChild<AccessMatrixDialog *>();
        QVERIFY(d && d->isVisible());
        QVERIFY(!d->isModal());
        open->trigger();
        QCOMPARE(w.findChildren<AccessMatrixDialog *>().size(), 1);
    }

    // The window in both themes; set SECFLOW_SCREENSHOTS to a folder to keep the pictures.
    void rendersInLightAndDark()
    {
        Document doc;
        QString error;
        QVERIFY(doc.load(kExamples + "soap_gateway_untp.secflow", &error));
        for (const Theme::Mode mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
            Theme::apply(mode);
            AccessMatrixDialog d(&doc);
            d.resize(980, 640);
            d.show();
            d.setup()->selectRequest("jsmith_payinq");
            QVERIFY(computeByClick(d));
            const QImage image = d.grab().toImage();
            QVERIFY(!image.isNull());
            const bool dark = mode == Theme::Mode::Dark;
            QCOMPARE(d.palette().color(QPalette::Base).lightness() < 128, dark);
            if (const QString out = qEnvironmentVariable("SECFLOW_SCREENSHOTS"); !out.isEmpty())
                QVERIFY(image.save(out + (dark ? "/access-matrix-dark.png" : "/access-matrix-light.png")));
        }
        Theme::apply(Theme::Mode::Light);
    }
};

QTEST_MAIN(TestAccessMatrixDialog)
#include "tst_accessmatrixdialog.moc"
