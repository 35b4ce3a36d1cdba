// Playing a request's trace on the canvas: the overlay's badges, check marks
// and failure mark at every step, stepping back to exactly the same picture,
// the keyboard on the canvas, play, loop and speed, and the replay after an
// edit (what-if). Uses the real SOAP Gateway example.
// covers: ICON-07 OTMA-02
#include "guitestsetup.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "mainwindow.h"
#include "playbackbar.h"
#include "simulator.h"
#include "theme.h"
#include "tracegeometry.h"
#include "traceoverlay.h"
#include "traceplayer.h"
#include "tracesession.h"

#include <QAction>
#include <QLabel>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString kExample = QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples/soap_gateway_untp.secflow");

struct Fixture
{
    MainWindow window;
    TraceSession *session = window.traceSession();
    TracePlayer *player = session->player();
    TraceOverlay *overlay = window.traceOverlay();

    Fixture()
    {
        QString error;
        if (!window.document()->load(kExample, &error))
            qFatal("%s", qPrintable(error));
        window.show();
        QApplication::setActiveWindow(&window);
    }
    void show(const QString &request)
    {
        session->showRequest(request);
        QCOMPARE(session->requestId(), request);
    }
};

QStringList matching(const QStringList &marks, const QString &node)
{
    QStringList out;
    for (const QString &m : marks) {
        if (m.startsWith(node + QStringLiteral(": ")))
            out.append(m.mid(node.size() + 2));
    }
    return out;
}

} // namespace

class TestTracePlayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        GuiTestSetup::apply();
    }

    void eachStepShowsBadgesAndChecks()
    {
        Fixture f;
        f.show(QStringLiteral("jsmith_payinq"));
        QCOMPARE(f.player->stepCount(), 10);
        QCOMPARE(f.overlay->step(), 0);
        QVERIFY(f.overlay->isTokenVisible());
        QCOMPARE(f.overlay->tokenPos(), TraceGeometry::restPoint(f.window.scene(), QStringLiteral("portal")));
        QVERIFY(f.overlay->badgeTexts().isEmpty());
        // Off the path: the other clients and gateways are dimmed.
        const QStringList dimmed = f.overlay->state().dimmed;
        QCOMPARE(dimmed, QStringList({"partner", "sgpartner", "sgrates"}));

        f.player->stepForward();
        QCOMPARE(f.overlay->badgeTexts(), QStringList({"UNTP JSMITH"}));
        QCOMPARE(f.overlay->badges().first().change, IdentityBadge::Change::Appeared);

        f.player->setStep(3);  // leaving the gateway: the UsernameToken became user ID and password
        QCOMPARE(f.overlay->state().badges, QStringList({"+USERID JSMITH", "+PASSWORD", "-UNTP JSMITH"}));
        QVERIFY(matching(f.overlay->checkMarks(), QStringLiteral("sgpay")).contains(QStringLiteral("SG-02 pass")));
        QVERIFY(matching(f.overlay->checkMarks(), QStringLiteral("hws1")).isEmpty());

        f.player->setStep(4);  // arriving at IMS Connect: its checks appear
        QCOMPARE(f.overlay->state().node, QStringLiteral("hws1"));
        const QStringList hws1 = matching(f.overlay->checkMarks(), QStringLiteral("hws1"));
        QVERIFY(hws1.contains(QStringLiteral("ICON-01 pass")));
        QVERIFY(hws1.contains(QStringLiteral("ICON-07 pass")));
        QCOMPARE(f.overlay->state().trail, QStringList({"portal-sgpay", "sgpay-hws1"}));

        f.player->stepForward();  // IMS Connect drops the password and sends a UTOKEN on
        QCOMPARE(f.overlay->state().badges,
                 QStringList({"USERID JSMITH", "+GROUP PAYCLERK", "+UTOKEN JSMITH", "-PASSWORD"}));
        QCOMPARE(f.window.playbackBar()->stepText(), QStringLiteral("Step 6 of 10 — leaves IMS Connect HWS1"));

        f.player->toEnd();
        QVERIFY(matching(f.overlay->checkMarks(), QStringLiteral("otma")).contains(QStringLiteral("OTMA-02 pass")));
        QVERIFY(f.overlay->failureText().isEmpty());
        QVERIFY(!f.overlay->state().tokenFailed);
    }

    void stepBackRestoresEveryStepExactly()
    {
        Fixture f;
        f.show(QStringLiteral("jsmith_payupd_denied"));
        QList<OverlayState> forward{f.overlay->state()};
        for (int i = 1; i < f.player->stepCount(); ++i) {
            f.player->stepForward();
            QCOMPARE(f.player->step(), i);
            forward.append(f.overlay->state());
            QVERIFY(forward.at(i) != forward.at(i - 1));
        }
        // Halfway along a link, then back: the motion leaves nothing behind.
        f.player->setStep(3);
        f.overlay->showMotion(3, 4, 0.5);
        QVERIFY(f.overlay->tokenPos() != forward.at(3).token);
        f.overlay->showStep(3);
        QCOMPARE(f.overlay->state(), forward.at(3));
        f.player->toEnd();
        for (int i = f.player->stepCount() - 1; i >= 0; --i) {
            QCOMPARE(f.player->step(), i);
            QCOMPARE(f.overlay->state(), forward.at(i));
            f.player->stepBack();
        }
        QCOMPARE(f.player->step(), 0);
    }

    void failureStopsTheTokenWithAMark()
    {
        Fixture f;
        f.show(QStringLiteral("jsmith_payupd_denied"));
        QCOMPARE(f.player->stepCount(), 7);
        f.player->setStep(5);
        QVERIFY(f.overlay->failureText().isEmpty());
        f.player->stepForward();
        QCOMPARE(f.overlay->failureText(), QStringLiteral("Rejected: OTMA-02"));
        const OverlayState s = f.overlay->state();
        QVERIFY(s.tokenFailed);
        QCOMPARE(s.failures, QStringList({"otma: Rejected: OTMA-02"}));
        QCOMPARE(s.token, TraceGeometry::restPoint(f.window.scene(), QStringLiteral("otma")));
        QVERIFY(matching(s.checkMarks, QStringLiteral("otma")).contains(QStringLiteral("OTMA-02 fail")));
        QVERIFY(matching(s.checkMarks, QStringLiteral("ims1")).isEmpty());
        // The end of the road: forward does nothing, play starts over.
        f.player->stepForward();
        QCOMPARE(f.player->step(), 6);
        QCOMPARE(f.window.playbackBar()->stepText(), QStringLiteral("Step 7 of 7 — rejected at OTMA (XCF group XCFGRP1)"));
    }

    void keyboardOnTheCanvas()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        f.show(QStringLiteral("jsmith_payinq"));
        DiagramView *view = f.window.view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(f.player->step(), 1);
        QTest::keyClick(view, Qt::Key_PageDown);
        QCOMPARE(f.player->step(), 2);
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(f.player->step(), 1);
        QTest::keyClick(view, Qt::Key_PageUp);
        QCOMPARE(f.player->step(), 0);
        QTest::keyClick(view, Qt::Key_End);
        QCOMPARE(f.player->step(), 9);
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(f.player->step(), 0);
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(f.player->isPlaying());
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(!f.player->isPlaying());

        // A text field keeps its keys.
        QLineEdit *edit = nullptr;
        for (QLineEdit *e : f.window.findChildren<QLineEdit *>()) {
            if (e->isVisible() && e->isEnabled() && !e->isReadOnly()) {
                edit = e;
                break;
            }
        }
        QVERIFY(edit);
        edit->setFocus();
        const int step = f.player->step();
        QTest::keyClick(edit, Qt::Key_Right);
        QTest::keyClick(edit, Qt::Key_Space);
        QCOMPARE(f.player->step(), step);
        QVERIFY(!f.player->isPlaying());
        edit->undo();

        // With no trace shown the canvas keys are its own again.
        f.session->clear();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(f.player->step(), 0);
        QVERIFY(!f.overlay->isTokenVisible());
    }

    void playsToTheEndAndLoops()
    {
        Fixture f;
        f.show(QStringLiteral("paytest_jaas_denied"));
        QCOMPARE(f.player->stepCount(), 3);
        f.player->setSpeed(4);
        QSignalSpy steps(f.player, &TracePlayer::stepChanged);
        QSignalSpy moving(f.player, &TracePlayer::moving);
        QList<QPointF> tokens;
        connect(f.player, &TracePlayer::moving, this, [&](int from, int to, qreal p) {
            QCOMPARE(to, from + 1);
            QVERIFY(p >= 0 && p <= 1);
            tokens.append(f.overlay->tokenPos());
        });
        f.player->play();
        QVERIFY(f.player->isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(!f.player->isPlaying(), 20000);
        QCOMPARE(f.player->step(), 2);
        QCOMPARE(steps.size(), 2);
        QVERIFY(!moving.isEmpty());
        // Along the link from the portal to the gateway the token left the portal's rest point.
        const QPointF portal = TraceGeometry::restPoint(f.window.scene(), QStringLiteral("portal"));
        QVERIFY(std::any_of(tokens.begin(), tokens.end(), [&](const QPointF &p) { return p != portal; }));
        QCOMPARE(f.overlay->failureText(), QStringLiteral("Rejected: SG-06"));

        // Looping: after the last stop it starts again from the first.
        f.player->setLoop(true);
        QVERIFY(f.window.playbackBar()->loopAction()->isChecked());
        steps.clear();
        f.player->play();  // from the last step: starts over
        QCOMPARE(f.player->step(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(steps.size() >= 4 && f.player->step() == 0, 20000);
        QVERIFY(f.player->isPlaying());
        f.player->pause();
        QVERIFY(!f.player->isPlaying());
        QVERIFY(!f.player->isMoving());
    }

    void speedIsBoundedAndFollowsTheSlider()
    {
        Fixture f;
        f.show(QStringLiteral("jsmith_payinq"));
        f.player->setSpeed(10);
        QCOMPARE(f.player->speed(), 4.0);
        f.player->setSpeed(0.01);
        QCOMPARE(f.player->speed(), 0.25);
        QSlider *slider = f.window.playbackBar()->speedSlider();
        QCOMPARE(slider->value(), PlaybackBar::positionOf(0.25));
        slider->setValue(PlaybackBar::positionOf(2.0));
        QCOMPARE(f.player->speed(), 2.0);
        slider->setValue(slider->maximum());
        QCOMPARE(f.player->speed(), 4.0);
    }

    void replayAfterAnEditKeepsTheStep()
    {
        Fixture f;
        f.show(QStringLiteral("jsmith_payupd_denied"));
        f.player->toEnd();
        QCOMPARE(f.player->step(), 6);
        QSignalSpy replayed(f.session, &TraceSession::traceReplayed);
        // Moving a card changes nothing in the trace: no what-if.
        f.window.document()->topology()->setNodePosition(QStringLiteral("otma"), QPointF(900, 400));
        f.session->replayNow();
        QCOMPARE(replayed.size(), 0);
        QTest::qWait(0);
        QCOMPARE(f.overlay->state().token, TraceGeometry::restPoint(f.window.scene(), QStringLiteral("otma")));

        // With OTMA security off the request goes through (OTMA-02 is not checked).
        f.window.document()->topology()->setNodeOption(QStringLiteral("otma"), QStringLiteral("OTMASE"), QStringLiteral("NONE"));
        f.session->replayNow();
        QCOMPARE(replayed.size(), 1);
        QVERIFY(!replayed.first().at(0).value<Trace>().accepted);
        QVERIFY(f.session->trace().accepted);
        QVERIFY(f.session->previousTrace());
        QCOMPARE(f.player->step(), 6);
        QCOMPARE(f.player->stepCount(), 10);
        QVERIFY(f.overlay->failureText().isEmpty());
        QCOMPARE(f.overlay->state().node, QStringLiteral("otma"));

        f.overlay->setChangedNodes({QStringLiteral("otma")});
        QCOMPARE(f.overlay->state().changed, QStringList({"otma"}));
        f.session->dismissWhatIf();
        QVERIFY(!f.session->previousTrace());
        QVERIFY(f.overlay->changedNodes().isEmpty());

        // The request goes away: so does its trace.
        f.window.document()->topology()->removeRequest(QStringLiteral("jsmith_payupd_denied"));
        QVERIFY(!f.session->isActive());
        QCOMPARE(f.overlay->state().step, -1);
        QVERIFY(!f.overlay->isTokenVisible());
        QVERIFY(f.overlay->state().dimmed.isEmpty());
    }

    void playbackBarFitsAt1280x800()
    {
        Fixture f;
        f.window.resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.show(QStringLiteral("jsmith_payinq"));
        f.player->setStep(5);
        QApplication::processEvents();  // the toolbar lays out the new caption
        PlaybackBar *bar = f.window.playbackBar();
        QCOMPARE(bar->objectName(), QStringLiteral("playbackToolBar"));
        auto *label = bar->findChild<QLabel *>(QStringLiteral("stepLabel"));
        QVERIFY(label && label->isVisible());
        // The whole caption is readable, and the canvas keeps most of the window.
        QVERIFY(label->width() >= label->sizeHint().width());
        QVERIFY(bar->rect().contains(QRect(label->mapTo(bar, QPoint(0, 0)), label->size())));
        QVERIFY2(f.window.view()->height() >= 450, qPrintable(QString::number(f.window.view()->height())));
    }

    void overlayWithoutSession()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.document()->load(kExample, &error));
        const TopologyData &data = window.document()->topology()->data();
        TraceOverlay overlay(window.scene());
        overlay.setTimeline(TraceTimeline(simulate(data, data.requests.at(0))));
        overlay.showStep(5);
        QCOMPARE(overlay.state().badges, QStringList({"USERID JSMITH", "+GROUP PAYCLERK", "+UTOKEN JSMITH", "-PASSWORD"}));
        QVERIFY(!overlay.boundingRect().isEmpty());
        overlay.clear();
        QVERIFY(!overlay.isTokenVisible());
        QVERIFY(overlay.boundingRect().isEmpty());
    }
};

QTEST_MAIN(TestTracePlayer)
#include "tst_traceplayer.moc"
