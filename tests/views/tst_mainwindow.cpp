// The designer window, driven like a user drives it: palette, canvas,
// property editor, clipboard and keyboard shortcuts, each undone back to a
// byte-identical file; file errors in a dialog that names the place;
// autosave and recovery after a crash; preferences; the layout at 1280x800.
#include "autosaver.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "editactions.h"
#include "fileactions.h"
#include "findingspanel.h"
#include "guiapplication.h"
#include "imageitem.h"
#include "linkitem.h"
#include "mainwindow.h"
#include "nodeitem.h"
#include "nodekinds.h"
#include "nodepainter.h"
#include "optioneditor.h"
#include "palettewidget.h"
#include "preferencesdialog.h"
#include "propertyeditor.h"
#include "recoverydialog.h"
#include "reviewrunner.h"
#include "secflowwriter.h"
#include "theme.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QGraphicsSceneDragDropEvent>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>

namespace {

const QString kExamples = QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples/");

// Runs `handle` on the next modal dialog, as soon as it is up.
void onNextModal(std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        if (QWidget *w = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            handle(w);
        }
    });
    timer->start();
}

QByteArray bytesOf(const MainWindow &w) { return SecflowWriter::toBytes(w.document()->topology()->data()); }

void showActive(MainWindow &w)
{
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
}

bool hasFinding(const MainWindow &w, const QString &rule, const QString &target)
{
    for (const Finding &f : w.reviewRunner()->findings()) {
        if (f.rule == rule && (f.node == target || f.link == target))
            return true;
    }
    return false;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void titleShowsFileAndModifiedMarker();
    void brokenFileShowsDialogNamingThePlace();
    void paletteDoubleClickPlacesNodesInView();
    void everyGestureUndoesToTheSameFile();
    void racfInPropertyEditorTogglesFinding();
    void findingActivatedShowsItOnCanvas();
    void copyPasteBetweenWindows();
    void deleteAndUndoRestoreIdsAndOrder();
    void closeWithUnsavedChangesAsks();
    void autosaveWritesAndCleanSaveRemoves();
    void autosaveTimerRuns();
    void recoverAfterCrash();
    void recoveryLaterAndDiscard();
    void preferencesApplyLiveAndPersist();
    void recentFiles();
    void layoutAt1280x800_data();
    void layoutAt1280x800();
    void screenshotCommand();

private:
    QTemporaryDir mDir;
    QString copyOf(const QString &example);
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("SecFlowTest"));
    QApplication::setApplicationName(QStringLiteral("SecFlowTest"));
    Theme::captureSystemPalette();
    QVERIFY(mDir.isValid());
}

void TestMainWindow::init()
{
    QSettings().clear();
    QDir(Autosaver::directory()).removeRecursively();
    Theme::apply(Theme::Mode::Light);
}

QString TestMainWindow::copyOf(const QString &example)
{
    const QString path = mDir.filePath(example);
    QFile::remove(path);
    if (!QFile::copy(kExamples + example, path))
        qFatal("cannot copy %s", qPrintable(example));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestMainWindow::titleShowsFileAndModifiedMarker()
{
    MainWindow w;
    showActive(w);
    QVERIFY(w.openFile(copyOf(QStringLiteral("mq_bridge.secflow"))));
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("mq_bridge.secflow[*]")));
    QVERIFY(!w.isWindowModified());
    w.scene()->selectOnly(QStringLiteral("otma"));
    w.view()->setFocus();
    QTest::keyClick(w.view(), Qt::Key_Left);
    QVERIFY(w.isWindowModified());
    QTest::keySequence(&w, QKeySequence::Undo);
    QVERIFY(!w.isWindowModified());
}

void TestMainWindow::brokenFileShowsDialogNamingThePlace()
{
    MainWindow w;
    showActive(w);
    QVERIFY(w.openFile(copyOf(QStringLiteral("mq_bridge.secflow"))));
    const QByteArray before = bytesOf(w);
    QString text;
    onNextModal([&](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        text = box->text() + QLatin1Char('\n') + box->informativeText();
        box->button(QMessageBox::Ok)->click();
    });
    QVERIFY(!w.openFile(QStringLiteral(SECFLOW_TEST_DATA "/bad/wrong_type.secflow")));
    QVERIFY2(text.contains(QStringLiteral("wrong_type.secflow")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("30")), qPrintable(text));  // the line
    QVERIFY2(text.contains(QStringLiteral("links[1].persistent")), qPrintable(text));
    QCOMPARE(bytesOf(w), before);  // the open document is untouched
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("mq_bridge.secflow")));
}

void TestMainWindow::paletteDoubleClickPlacesNodesInView()
{
    MainWindow w;
    showActive(w);
    QVERIFY(w.openFile(copyOf(QStringLiteral("mq_bridge.secflow"))));
    const QByteArray before = bytesOf(w);
    PaletteWidget *palette = w.paletteWidget();
    QListWidgetItem *item = palette->findItems(QStringLiteral("ODBM"), Qt::MatchExactly).value(0);
    QVERIFY(item);
    const QPoint p = palette->visualItemRect(item).center();
    for (int i = 0; i < 2; ++i) {
        QTest::mouseClick(palette->viewport(), Qt::LeftButton, {}, p);
        QTest::mouseDClick(palette->viewport(), Qt::LeftButton, {}, p);
    }
    NodeItem *first = w.scene()->nodeItem(QStringLiteral("odbm1"));
    NodeItem *second = w.scene()->nodeItem(QStringLiteral("odbm2"));
    QVERIFY(first && second);
    const QRectF visible = w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(first->pos()));
    QVERIFY(!first->sceneBoundingRect().intersects(second->sceneBoundingRect()));
    QCOMPARE(w.scene()->selectedNodeIds(), QStringList{QStringLiteral("odbm2")});
    QTest::keySequence(&w, QKeySequence::Undo);
    QTest::keySequence(&w, QKeySequence::Undo);
    QCOMPARE(bytesOf(w), before);
}

void TestMainWindow::everyGestureUndoesToTheSameFile()
{
    MainWindow w;
    showActive(w);
    const QString file = copyOf(QStringLiteral("soap_gateway_untp.secflow"));
    QVERIFY(w.openFile(file));
    const QString saved = mDir.filePath(QStringLiteral("saved.secflow"));
    QString error;
    // What Save would write: compared as files, not only as models.
    auto savedBytes = [&]() -> QByteArray {
        if (!SecflowWriter::save(w.document()->topology()->data(), saved, &error))
            return {};
        QFile f(saved);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray original = savedBytes();
    QVERIFY(!original.isEmpty());
    auto check = [&](const char *what) { QVERIFY2(savedBytes() == original, what); };

    // Drop from the palette.
    QMimeData mime;
    mime.setData(QLatin1String(DiagramScene::kKindMimeType), "mq");
    QGraphicsSceneDragDropEvent drop(QEvent::GraphicsSceneDrop);
    drop.setMimeData(&mime);
    drop.setScenePos({150, 450});
    drop.setProposedAction(Qt::CopyAction);
    QApplication::sendEvent(w.scene(), &drop);
    QVERIFY(w.document()->topology()->data().node(QStringLiteral("mq1")));
    const QByteArray afterDrop = bytesOf(w);
    QTest::keySequence(&w, QKeySequence::Undo);
    check("drop");
    QTest::keySequence(&w, QKeySequence::Redo);
    QCOMPARE(bytesOf(w), afterDrop);
    QTest::keySequence(&w, QKeySequence::Undo);

    // Connect two nodes by dragging from a rim.
    w.view()->resetZoom();
    w.view()->centerOn(300, 200);
    QWidget *vp = w.view()->viewport();
    const QPoint from = w.view()->mapFromScene(QPointF(NodePainter::kWidth / 2 - 3, 280));  // rim of the partner client
    const QPoint to = w.view()->mapFromScene(QPointF(300, 140));                            // the PayrollService gateway
    QTest::mousePress(vp, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(vp, from + (to - from) * i / 5);
    QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
    const Link *link = w.document()->topology()->data().linkBetween(QStringLiteral("partner"), QStringLiteral("sgpay"));
    QVERIFY2(link, "no link drawn");
    QTest::keySequence(&w, QKeySequence::Undo);
    check("connect");

    // Paste, and a nudge.
    w.scene()->selectOnly(QStringLiteral("hws1"));
    QTest::keySequence(&w, QKeySequence::Copy);
    QTest::keySequence(&w, QKeySequence::Paste);
    QVERIFY(w.document()->topology()->data().node(QStringLiteral("hws2")));
    w.view()->setFocus();
    QTest::keyClick(w.view(), Qt::Key_Up);
    QTest::keySequence(&w, QKeySequence::Undo);
    QTest::keySequence(&w, QKeySequence::Undo);
    check("paste");
}

void TestMainWindow::racfInPropertyEditorTogglesFinding()
{
    MainWindow w;
    showActive(w);
    QVERIFY(w.openFile(copyOf(QStringLiteral("soap_gateway_untp.secflow"))));
    const QByteArray before = bytesOf(w);
    // ADV-02: SAML user IDs without passwords into an IMS Connect that runs RACF=Y.
    QTRY_VERIFY(hasFinding(w, QStringLiteral("ADV-02"), QStringLiteral("hws1")));
    NodeItem *hws1 = w.scene()->nodeItem(QStringLiteral("hws1"));
    QCOMPARE(hws1->visual().errors, 1);

    auto *editor = w.findChild<PropertyEditor *>();
    QVERIFY(editor);
    w.dock(QStringLiteral("propertiesDock"))->raise();
    w.scene()->selectOnly(QStringLiteral("hws1"));
    OptionEditor *racf = editor->editor(QStringLiteral("RACF"));
    QVERIFY(racf);
    auto *combo = racf->findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("Y"));
    combo->setFocus();
    const int target = combo->findText(QStringLiteral("N"));
    QTest::keyClick(combo, target > combo->currentIndex() ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(combo->currentText(), QStringLiteral("N"));
    QCOMPARE(NodeKinds::option(*w.document()->topology()->data().node(QStringLiteral("hws1")), QStringLiteral("RACF")).toString(),
             QStringLiteral("N"));
    QTRY_VERIFY(!hasFinding(w, QStringLiteral("ADV-02"), QStringLiteral("hws1")));
    QCOMPARE(hws1->visual().errors, 0);
    QVERIFY(!w.findingsPanel()->summaryText().contains(QStringLiteral("1 error")));

    QTest::keySequence(&w, QKeySequence::Undo);
    QCOMPARE(bytesOf(w), before);
    QTRY_VERIFY(hasFinding(w, QStringLiteral("ADV-02"), QStringLiteral("hws1")));
    QTRY_COMPARE(hws1->visual().errors, 1);
    QCOMPARE(combo->currentText(), QStringLiteral("Y"));
    QTest::keySequence(&w, QKeySequence::Redo);
    QTRY_VERIFY(!hasFinding(w, QStringLiteral("ADV-02"), QStringLiteral("hws1")));
}

void TestMainWindow::findingActivatedShowsItOnCanvas()
{
    MainWindow w;
    showActive(w);
    QVERIFY(w.openFile(copyOf(QStringLiteral("soap_gateway_untp.secflow"))));
    QTRY_VERIFY(hasFinding(w, QStringLiteral("ADV-10"), QStringLiteral("sgrates")));
    w.view()->setZoom(3);
    w.view()->centerOn(2000, 2000);
    QTreeView *list = w.findingsPanel()->view();
    QModelIndex row;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        for (int c = 0; c < list->model()->columnCount(); ++c)
            if (list->model()->index(r, c).data().toString() == QLatin1String("sgrates"))
                row = list->model()->index(r, 0);
    }
    QVERIFY(row.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
    QTRY_COMPARE(w.scene()->selectedNodeIds(), QStringList{QStringLiteral("sgrates")});
    NodeItem *node = w.scene()->nodeItem(QStringLiteral("sgrates"));
    QVERIFY(node->isHighlighted());
    QVERIFY(w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect().contains(node->pos()));
}

void TestMainWindow::copyPasteBetweenWindows()
{
    MainWindow a, b;
    showActive(a);
    QVERIFY(a.openFile(copyOf(QStringLiteral("open_db.secflow"))));
    b.show();
    const QByteArray emptyB = bytesOf(b);
    a.scene()->selectOnly(QStringLiteral("hws1"));
    a.scene()->nodeItem(QStringLiteral("odbm1"))->setSelected(true);
    QTest::keySequence(&a, QKeySequence::Copy);

    showActive(b);
    QTest::keySequence(&b, QKeySequence::Paste);
    const TopologyData &pasted = b.document()->topology()->data();
    QCOMPARE(pasted.nodes.size(), 2);
    // Both ends were copied, so the link between them came along; ids kept (no clash here).
    const Node *hws1 = pasted.node(QStringLiteral("hws1"));
    QVERIFY(hws1);
    const Node *original = a.document()->topology()->data().node(QStringLiteral("hws1"));
    // Certificates stay with their document: the reference to one B lacks is dropped.
    QJsonObject expected = original->options;
    expected.remove(QStringLiteral("certificate"));
    QCOMPARE(hws1->options, expected);
    QCOMPARE(hws1->label, original->label);
    QVERIFY(pasted.linkBetween(QStringLiteral("hws1"), QStringLiteral("odbm1")));
    QVERIFY(hws1->image.isEmpty());  // B has no image SYSA
    QStringList selected = b.scene()->selectedNodeIds();
    selected.sort();
    QCOMPARE(selected, (QStringList{QStringLiteral("hws1"), QStringLiteral("odbm1")}));
    QTest::keySequence(&b, QKeySequence::Undo);
    QCOMPARE(bytesOf(b), emptyB);

    // A frame brings its RACF database along.
    showActive(a);
    a.scene()->selectOnly(QStringLiteral("SYSA"));
    QTest::keySequence(&a, QKeySequence::Copy);
    showActive(b);
    QTest::keySequence(&b, QKeySequence::Paste);
    QVERIFY(b.document()->topology()->data().image(QStringLiteral("SYSA")));
    QVERIFY(b.document()->topology()->data().domain(QStringLiteral("RACFPROD")));
    const auto &aNodes = a.document()->topology()->data().nodes;
    QCOMPARE(b.document()->topology()->data().nodes.size(),
             std::count_if(aNodes.cbegin(), aNodes.cend(), [](const Node &n) { return n.image == QLatin1String("SYSA"); }));
    QTest::keySequence(&b, QKeySequence::Undo);
    QCOMPARE(bytesOf(b), emptyB);

    // Into the same document: clashing ids are renamed.
    a.scene()->selectOnly(QStringLiteral("hws1"));
    QTest::keySequence(&a, QKeySequence::Copy);
    showActive(a);
    const QByteArray beforeA = bytesOf(a);
    QTest::keySequence(&a, QKeySequence::Paste);
    QVERIFY(a.document()->topology()->data().node(QStringLiteral("hws2")));
    QTest::keySequence(&a, QKeySequence::Undo);
    QCOMPARE(bytesOf(a), beforeA);
}

void TestMainWindow::deleteAndUndoRestoreIdsAndOrder()
{
    MainWindow w;
    showActive(w);
    QVERIFY(w.openFile(copyOf(QStringLiteral("ims_to_ims_passtickets.secflow"))));
    const QByteArray before = bytesOf(w);
    w.scene()->selectOnly(QStringLiteral("hwsa"));
    w.scene()->linkItem(QStringLiteral("hws1-otmaa"))->setSelected(true);
    w.view()->setFocus();
    QTest::keyClick(w.view(), Qt::Key_Delete);
    QVERIFY(!w.document()->topology()->data().node(QStringLiteral("hwsa")));
    QVERIFY(!w.document()->topology()->data().link(QStringLiteral("hwsa-hwsb")));
    QVERIFY(!w.document()->topology()->data().link(QStringLiteral("hws1-otmaa")));
    QVERIFY(!w.scene()->nodeItem(QStringLiteral("hwsa")));
    QTest::keySequence(&w, QKeySequence::Undo);
    QCOMPARE(bytesOf(w), before);
    QVERIFY(w.scene()->linkItem(QStringLiteral("hwsa-hwsb")));

    // Deleting a frame deletes what it holds; undo brings all back.
    w.scene()->selectOnly(QStringLiteral("SYSB"));
    QTest::keySequence(&w, QKeySequence::Delete);
    QVERIFY(!w.document()->topology()->data().image(QStringLiteral("SYSB")));
    QVERIFY(!w.document()->topology()->data().node(QStringLiteral("hwsb")));
    QTest::keySequence(&w, QKeySequence::Undo);
    QCOMPARE(bytesOf(w), before);
}

void TestMainWindow::closeWithUnsavedChangesAsks()
{
    MainWindow w;
    showActive(w);
    QVERIFY(w.openFile(copyOf(QStringLiteral("mq_bridge.secflow"))));
    w.scene()->selectOnly(QStringLiteral("otma"));
    w.view()->setFocus();
    QTest::keyClick(w.view(), Qt::Key_Down);
    QVERIFY(w.autosaver()->saveNow());
    QString question;
    onNextModal([&](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!w.close());
    QVERIFY(question.contains(QStringLiteral("mq_bridge.secflow")));
    QVERIFY(w.isVisible());
    QVERIFY(w.document()->isModified());
    onNextModal([](QWidget *dialog) { qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Discard)->click(); });
    QVERIFY(w.close());
    // A clean close leaves no recovery file behind.
    QVERIFY(Autosaver::orphans().isEmpty());
    QVERIFY(QDir(Autosaver::directory()).entryList(QDir::Files).isEmpty());
}

void TestMainWindow::autosaveWritesAndCleanSaveRemoves()
{
    MainWindow w;
    showActive(w);
    const QString file = copyOf(QStringLiteral("mq_bridge.secflow"));
    QVERIFY(w.openFile(file));
    QVERIFY(!w.autosaver()->saveNow());  // nothing to save
    QVERIFY(w.autosaver()->recoveryFile().isEmpty());
    w.scene()->selectOnly(QStringLiteral("otma"));
    w.view()->setFocus();
    QTest::keyClick(w.view(), Qt::Key_Down);
    QVERIFY(w.autosaver()->saveNow());
    const QString recovery = w.autosaver()->recoveryFile();
    QVERIFY(QFileInfo::exists(recovery));
    QVERIFY(recovery.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(QFileInfo(recovery).fileName().startsWith(QStringLiteral("mq_bridge-")));
    QVERIFY(!w.autosaver()->saveNow());  // unchanged since
    QVERIFY(Autosaver::orphans().isEmpty());  // owned by a live window, not offered

    QTest::keySequence(&w, QKeySequence::Save);
    QVERIFY(!w.document()->isModified());
    QVERIFY(!QFileInfo::exists(recovery));

    // Undoing back to the saved state also removes it.
    QTest::keyClick(w.view(), Qt::Key_Down);
    QVERIFY(w.autosaver()->saveNow());
    QTest::keySequence(&w, QKeySequence::Undo);
    QVERIFY(w.autosaver()->recoveryFile().isEmpty());
}

void TestMainWindow::autosaveTimerRuns()
{
    MainWindow w;
    showActive(w);
    w.autosaver()->setInterval(1);
    w.scene()->addNode(QStringLiteral("client"), {0, 0});
    QTRY_VERIFY_WITH_TIMEOUT(!w.autosaver()->recoveryFile().isEmpty(), 4000);
    w.autosaver()->discard();
}

void TestMainWindow::recoverAfterCrash()
{
    const QString file = copyOf(QStringLiteral("was_local_option.secflow"));
    QByteArray edited;
    {
        auto *crashed = new MainWindow;
        QVERIFY(crashed->openFile(file));
        crashed->scene()->addNode(QStringLiteral("mq"), {100, 600});
        crashed->scene()->selectOnly(QStringLiteral("otma"));
        crashed->scene()->moveSelection({20, 0});
        edited = bytesOf(*crashed);
        QVERIFY(crashed->autosaver()->saveNow());
        // A crash: the window goes without closing, so nothing cleans up after it.
        delete crashed;
    }
    const QList<Autosaver::Entry> orphans = Autosaver::orphans();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().originalFile, file);
    QVERIFY(orphans.first().saved.secsTo(QDateTime::currentDateTime()) < 60);

    MainWindow w;
    showActive(w);
    QStringList shown;
    onNextModal([&](QWidget *dialog) {
        auto *recovery = qobject_cast<RecoveryDialog *>(dialog);
        QVERIFY(recovery);
        QTreeWidgetItem *row = recovery->list()->topLevelItem(0);
        shown = {row->text(0), row->text(1), row->text(2)};
        QTest::mouseClick(recovery->button(RecoveryDialog::Recover), Qt::LeftButton);
    });
    GuiApplication::offerRecovery(&w);
    QCOMPARE(shown.value(0), QStringLiteral("was_local_option.secflow"));
    QVERIFY(!shown.value(1).isEmpty());  // when
    QCOMPARE(shown.value(2), QDir::toNativeSeparators(file));
    QCOMPARE(bytesOf(w), edited);
    QVERIFY(w.document()->isModified());
    QVERIFY(w.isWindowModified());
    QCOMPARE(w.document()->fileName(), file);
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("was_local_option.secflow")));
    QVERIFY(!w.autosaver()->recoveryFile().isEmpty());  // still protected
    QVERIFY(Autosaver::orphans().isEmpty());
    // Modified even after undoing everything: the file on disk still differs.
    while (w.document()->undoStack()->canUndo())
        w.document()->undoStack()->undo();
    QVERIFY(w.document()->isModified());

    showActive(w);
    QTest::keySequence(&w, QKeySequence::Save);
    QVERIFY(!w.document()->isModified());
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray onDisk = saved.readAll();
    QCOMPARE(onDisk.trimmed(), edited.trimmed());
    QVERIFY(QDir(Autosaver::directory()).entryList({QStringLiteral("*.secflow")}, QDir::Files).isEmpty());
}

void TestMainWindow::recoveryLaterAndDiscard()
{
    {
        auto *crashed = new MainWindow;
        crashed->scene()->addNode(QStringLiteral("ims"), {0, 0});
        QVERIFY(crashed->autosaver()->saveNow());
        delete crashed;
    }
    MainWindow w;
    onNextModal([](QWidget *d) { qobject_cast<RecoveryDialog *>(d)->button(RecoveryDialog::Later)->click(); });
    GuiApplication::offerRecovery(&w);
    QCOMPARE(Autosaver::orphans().size(), 1);
    QCOMPARE(Autosaver::orphans().first().originalFile, QString());
    QVERIFY(w.document()->topology()->data().nodes.isEmpty());
    onNextModal([](QWidget *d) { qobject_cast<RecoveryDialog *>(d)->button(RecoveryDialog::Discard)->click(); });
    GuiApplication::offerRecovery(&w);
    QVERIFY(Autosaver::orphans().isEmpty());
    QVERIFY(QDir(Autosaver::directory()).entryList(QDir::Files).isEmpty());
}

void TestMainWindow::preferencesApplyLiveAndPersist()
{
    MainWindow w;
    showActive(w);
    QVERIFY(!CanvasColors::isDark(QApplication::palette()));
    const QColor lightBackground = w.scene()->colors().background;

    // Dark while the dialog is open; Cancel puts light back.
    bool sawDark = false;
    onNextModal([&](QWidget *d) {
        auto *dialog = qobject_cast<PreferencesDialog *>(d);
        QVERIFY(dialog);
        QComboBox *theme = dialog->themeBox();
        theme->setFocus();
        while (theme->currentData().toInt() != int(Theme::Mode::Dark))
            QTest::keyClick(theme, Qt::Key_Down);
        QCoreApplication::processEvents();  // windows hear of a new application palette through their event queue
        sawDark = CanvasColors::isDark(QApplication::palette()) && w.scene()->colors().background.lightness() < 80;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    w.preferencesAction()->trigger();
    QCoreApplication::processEvents();
    QVERIFY(sawDark);
    QVERIFY(!CanvasColors::isDark(QApplication::palette()));
    QCOMPARE(w.scene()->colors().background, lightBackground);

    onNextModal([&](QWidget *d) {
        auto *dialog = qobject_cast<PreferencesDialog *>(d);
        dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(int(Theme::Mode::Dark)));
        dialog->snapBox()->setChecked(false);
        dialog->autosaveBox()->setValue(60);
        dialog->recentBox()->setValue(3);
        dialog->accept();
    });
    w.preferencesAction()->trigger();
    QCoreApplication::processEvents();
    QVERIFY(CanvasColors::isDark(QApplication::palette()));
    QVERIFY(w.scene()->colors().background.lightness() < 80);
    QCOMPARE(w.autosaver()->interval(), 60);
    QVERIFY(!w.scene()->snapToGrid());
    QVERIFY(!w.snapAction()->isChecked());
    const Preferences stored = Preferences::load();
    QVERIFY(stored.theme == Theme::Mode::Dark);
    QCOMPARE(stored.autosaveSeconds, 60);
    QCOMPARE(stored.recentFiles, 3);
    QVERIFY(!stored.snapToGrid);
    MainWindow next;  // new windows start from the preferences
    QVERIFY(!next.scene()->snapToGrid());
    QCOMPARE(next.autosaver()->interval(), 60);
    Theme::apply(Theme::Mode::Light);
}

void TestMainWindow::recentFiles()
{
    MainWindow w;
    const QString a = copyOf(QStringLiteral("mq_bridge.secflow"));
    const QString b = copyOf(QStringLiteral("open_db.secflow"));
    QVERIFY(w.openFile(a));
    QVERIFY(w.openFile(b));
    QCOMPARE(w.fileActions()->recentFiles(), (QStringList{b, a}));
    w.fileActions()->fillRecentMenu();
    const QList<QAction *> entries = w.fileActions()->recentMenu()->actions();
    QVERIFY(entries.value(0)->text().contains(QStringLiteral("open_db.secflow")));
    QVERIFY(entries.value(1)->text().contains(QStringLiteral("mq_bridge.secflow")));
    entries.value(1)->trigger();
    QCOMPARE(w.document()->fileName(), a);
    w.fileActions()->setMaxRecent(1);
    QCOMPARE(w.fileActions()->recentFiles(), QStringList{a});
}

void TestMainWindow::layoutAt1280x800_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestMainWindow::layoutAt1280x800()
{
    QFETCH(bool, dark);
    Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    MainWindow w;
    w.resize(1280, 800);
    showActive(w);
    QVERIFY(w.openFile(copyOf(QStringLiteral("zos_connect_mobile.secflow"))));
    QCOMPARE(w.size(), QSize(1280, 800));
    for (const char *name : {"paletteDock", "propertiesDock", "domainsDock", "findingsDock"}) {
        QDockWidget *d = w.dock(QLatin1String(name));
        QVERIFY2(d, name);
        d->raise();  // the tabbed ones, one after the other
        QCoreApplication::processEvents();
        QVERIFY2(d->isVisible(), name);
        QVERIFY2(!d->isFloating(), name);
        QVERIFY2(w.rect().contains(d->geometry()), name);
        QVERIFY2(d->width() >= d->minimumSizeHint().width() && d->height() >= d->minimumSizeHint().height(), name);
    }
    QCOMPARE(w.tabifiedDockWidgets(w.dock(QStringLiteral("propertiesDock"))),
             QList<QDockWidget *>{w.dock(QStringLiteral("domainsDock"))});
    // The canvas keeps the larger part of the window.
    QVERIFY(w.view()->width() >= 700);
    QVERIFY(w.view()->height() >= 450);
    // Palette entries are fully readable.
    PaletteWidget *palette = w.paletteWidget();
    for (int i = 0; i < palette->count(); ++i) {
        const QRect r = palette->visualItemRect(palette->item(i));
        QVERIFY2(palette->viewport()->rect().contains(r), qPrintable(palette->item(i)->text()));
    }
    // The fitted drawing is inside the canvas.
    w.view()->fitToContents();
    QVERIFY(w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect().contains(w.scene()->itemsBoundingRect()));
    QCOMPARE(CanvasColors::isDark(w.QMainWindow::palette()), dark);
    QCOMPARE(w.scene()->colors().background.lightness() < 80, dark);
    Theme::apply(Theme::Mode::Light);
}

void TestMainWindow::screenshotCommand()
{
    const QString secflow = QCoreApplication::applicationDirPath() + QStringLiteral("/secflow");
    if (!QFileInfo::exists(secflow))
        QSKIP("the secflow executable is not built");
    const QString out = mDir.filePath(QStringLiteral("shot.png"));
    QProcess p;
    p.start(secflow, {QStringLiteral("--screenshot"), out, kExamples + QStringLiteral("mq_bridge.secflow")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QImage image(out);
    QCOMPARE(image.size(), QSize(1280, 800));
    p.start(secflow, {QStringLiteral("--dark"), QStringLiteral("--screenshot"), out,
                      QStringLiteral(SECFLOW_TEST_DATA "/bad/wrong_type.secflow")});
    // A broken file: the error dialog would block, so --screenshot reports and exits.
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardError().contains("links[1].persistent"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
