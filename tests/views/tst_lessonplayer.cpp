// The lesson panel driven like a trainee drives it: predict by clicking a
// choice, see right or wrong, step on with the mouse or a clicker's keys,
// the score at the end; the canvas never shows a step before its question
// is answered; every built-in lesson can be played through; presentation
// mode goes full screen in high contrast and Esc puts everything back.
#include "canvasfocus.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "lessonbrowser.h"
#include "lessonchoicebutton.h"
#include "lessonplayer.h"
#include "lessonsession.h"
#include "lessonsteppage.h"
#include "lessonsummarypage.h"
#include "mainwindow.h"
#include "nodeitem.h"
#include "presentationmode.h"
#include "theme.h"
#include "traceplayer.h"
#include "tracesession.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

namespace {

const QString kExample = QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples/soap_gateway_untp.secflow");

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

LessonStep step(const QString &request, const QString &at, const QString &narration)
{
    LessonStep s;
    s.request = request;
    s.at = at;
    s.narration = narration;
    return s;
}

// 0 intro, 1 ICON-01 at hws1 (pass), 2 UTOKEN at otma (JSMITH), 3 outcome of a wrong password (rejected), 4 end.
Lesson fixture()
{
    Lesson l;
    l.id = QStringLiteral("fixture");
    l.title = QStringLiteral("Jane's password at IMS Connect");
    l.objectives = {QStringLiteral("Say where the password stops")};
    l.steps.append(step({}, {}, QStringLiteral("Jane opens her payslip.")));
    l.steps.append(step(QStringLiteral("jsmith_payinq"), QStringLiteral("hws1"), QStringLiteral("RACF checks the password at HWS1.")));
    LessonQuestion check;
    check.ask = LessonQuestion::Ask::Check;
    check.rule = QStringLiteral("ICON-01");
    check.text = QStringLiteral("What does ICON-01 report?");
    check.choices = {QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("bypass"), QStringLiteral("skip")};
    check.explanation = QStringLiteral("Her password is right.");
    l.steps.last().predict = check;
    l.steps.append(step({}, QStringLiteral("otma"), QStringLiteral("A UTOKEN reaches OTMA.")));
    LessonQuestion arrives;
    arrives.ask = LessonQuestion::Ask::Arrives;
    arrives.element = QStringLiteral("utoken");
    arrives.text = QStringLiteral("Whose UTOKEN reaches OTMA?");
    arrives.choices = {QStringLiteral("HWSSTC"), QStringLiteral("JSMITH"), QStringLiteral("(none)")};
    l.steps.last().predict = arrives;
    l.steps.append(step(QStringLiteral("jsmith_wrong_password"), QStringLiteral("end"), QStringLiteral("Refused at HWS1.")));
    LessonQuestion outcome;
    outcome.ask = LessonQuestion::Ask::Outcome;
    outcome.text = QStringLiteral("Will PAYINQ run with the wrong password?");
    outcome.choices = {QStringLiteral("accepted"), QStringLiteral("rejected")};
    l.steps.last().predict = outcome;
    l.steps.append(step({}, {}, QStringLiteral("That is all.")));
    return l;
}

void showActive(MainWindow &w)
{
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
}

void click(QWidget *button)
{
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
}

// The stop the canvas shows: request and step of the trace session; before a
// request starts the canvas shows no trace, whichever request comes next.
LessonStop canvasStop(MainWindow &w)
{
    TraceSession *t = w.traceSession();
    return t->timeline().isEmpty() ? LessonStop{{}, -1} : LessonStop{t->requestId(), t->player()->step()};
}

LessonStop onCanvas(LessonStop stop)
{
    return stop.isBeforeStart() ? LessonStop{{}, -1} : stop;
}

} // namespace

class TestLessonPlayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("SecFlowTest"));
        QApplication::setApplicationName(QStringLiteral("SecFlowLessonTest"));
        Theme::captureSystemPalette();
    }

    void predictThenReveal()
    {
        MainWindow w;
        QVERIFY(w.openFile(kExample));
        showActive(w);
        LessonPlayer *player = w.lessonPlayer();
        QDockWidget *dock = w.dock(QStringLiteral("lessonDock"));
        QVERIFY(dock && !dock->isVisible());
        player->start(fixture());
        QVERIFY(dock->isVisible());
        LessonSession *s = player->session();
        QVERIFY2(s->problems().isEmpty(), qPrintable(s->problems().join(QLatin1Char('\n'))));
        QCOMPARE(player->progressLabel()->text(), QStringLiteral("Step 1 of 5"));
        QVERIFY(player->stepPage()->narrationLabel()->isVisible());
        QCOMPARE(canvasStop(w).step, -1);  // the introduction: no request yet
        // Large type for a classroom.
        QVERIFY(player->font().pointSizeF() >= QApplication::font().pointSizeF() * 1.4 - 0.01);
        QVERIFY(!player->backButton()->isEnabled());

        click(player->nextButton());
        QCOMPARE(s->current(), 1);
        QCOMPARE(player->progressLabel()->text(), QStringLiteral("Step 2 of 5: predict first"));
        // Not revealed yet: the canvas stands one stop before HWS1, the narration is hidden.
        QCOMPARE(canvasStop(w), s->stopBefore(1));
        QVERIFY(canvasStop(w).step < s->stopOf(1).step);
        QVERIFY(!player->stepPage()->narrationLabel()->isVisible());
        QVERIFY(!player->stepPage()->feedbackLabel()->isVisible());
        QVERIFY(!player->nextButton()->isEnabled());
        const auto choices = player->stepPage()->choiceButtons();
        QCOMPARE(choices.size(), 4);
        QCOMPARE(choices.at(0)->choiceText(), QStringLiteral("Pass"));

        click(choices.at(0));  // right
        QCOMPARE(canvasStop(w), s->stopOf(1));
        QVERIFY(player->stepPage()->feedbackLabel()->isVisible());
        QVERIFY(player->stepPage()->feedbackLabel()->text().startsWith(QStringLiteral("Right")));
        QVERIFY(player->stepPage()->narrationLabel()->isVisible());
        QCOMPARE(player->stepPage()->narrationLabel()->text(), QStringLiteral("RACF checks the password at HWS1."));
        QCOMPARE(player->stepPage()->choiceButtons().at(0)->mark(), LessonChoiceButton::Mark::Right);
        QVERIFY(!player->stepPage()->choiceButtons().at(1)->isEnabled());

        click(player->nextButton());
        QCOMPARE(canvasStop(w), s->stopBefore(2));
        click(player->stepPage()->choiceButtons().at(0));  // HWSSTC: wrong
        QVERIFY(player->stepPage()->feedbackLabel()->text().contains(QStringLiteral("JSMITH")));
        QVERIFY(player->stepPage()->feedbackLabel()->text().startsWith(QStringLiteral("Not quite")));
        QCOMPARE(player->stepPage()->choiceButtons().at(0)->mark(), LessonChoiceButton::Mark::Wrong);
        QCOMPARE(player->stepPage()->choiceButtons().at(1)->mark(), LessonChoiceButton::Mark::Right);
        QCOMPARE(canvasStop(w), s->stopOf(2));

        // Back keeps the answer: the step stays revealed and cannot be answered again.
        click(player->backButton());
        QCOMPARE(s->current(), 1);
        QCOMPARE(canvasStop(w), s->stopOf(1));
        QVERIFY(player->stepPage()->feedbackLabel()->isVisible());
        click(player->nextButton());
        click(player->nextButton());
        QCOMPARE(s->current(), 3);
        QCOMPARE(canvasStop(w), s->stopBefore(3));
        QCOMPARE(w.traceSession()->requestId(), QStringLiteral("jsmith_wrong_password"));
        click(player->stepPage()->choiceButtons().at(1));  // rejected: right
        click(player->nextButton());
        QCOMPARE(player->nextButton()->text(), QStringLiteral("Finish"));
        click(player->nextButton());

        // The end: score, each answer, Restart and Close.
        QVERIFY(s->isFinished());
        QLabel *score = player->summaryPage()->scoreLabel();
        QVERIFY(score->isVisible());
        QVERIFY2(score->text().contains(QStringLiteral("2 of 3")), qPrintable(score->text()));
        const QList<QLabel *> rows = player->summaryPage()->answerLabels();
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(0)->text().contains(QStringLiteral("Your answer: Pass (right)")));
        QVERIFY(rows.at(1)->text().contains(QStringLiteral("Your answer: HWSSTC (wrong)")));
        QVERIFY(rows.at(1)->text().contains(QStringLiteral("Right answer: JSMITH")));
        QVERIFY(!player->nextButton()->isVisible());

        click(player->summaryPage()->restartButton());
        QCOMPARE(s->current(), 0);
        QCOMPARE(s->answeredCount(), 0);
        QCOMPARE(canvasStop(w).step, -1);
        while (!s->isFinished()) {
            if (s->isPending())
                s->answer(s->answerOf(s->current())->right);
            s->next();
        }
        QVERIFY(player->summaryPage()->scoreLabel()->text().contains(QStringLiteral("3 of 3")));
        click(player->summaryPage()->closeButton());
        QVERIFY(!player->isRunning());
        QVERIFY(w.traceSession()->timeline().isEmpty());
    }

    void clickerKeys()
    {
        MainWindow w;
        QVERIFY(w.openFile(kExample));
        showActive(w);
        LessonPlayer *player = w.lessonPlayer();
        player->start(fixture());
        LessonSession *s = player->session();
        // A clicker sends Page Down / Page Up, wherever the focus is.
        w.view()->setFocus();
        QTest::keyClick(w.view(), Qt::Key_PageDown);
        QCOMPARE(s->current(), 1);
        QTest::keyClick(w.view(), Qt::Key_PageDown);  // the question must be answered first
        QCOMPARE(s->current(), 1);
        QTest::keyClick(w.view(), Qt::Key_PageUp);
        QCOMPARE(s->current(), 0);
        // In the panel, Right/Left/Space and the digit keys work too.
        player->nextButton()->setFocus();
        QTest::keyClick(player->nextButton(), Qt::Key_Right);
        QCOMPARE(s->current(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);  // "fail": wrong
        QVERIFY(!s->isPending());
        QCOMPARE(s->answerOf(1)->chosen, 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(s->current(), 2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(s->current(), 1);
        // Arrow keys on the canvas still belong to the canvas.
        w.view()->setFocus();
        QTest::keyClick(w.view(), Qt::Key_Right);
        QCOMPARE(s->current(), 1);
    }

    void everyBuiltInLessonPlaysThrough()
    {
        const QList<LessonBrowser::Entry> lessons = LessonBrowser::builtInLessons();
        QVERIFY(!lessons.isEmpty());
        for (int i = 1; i < lessons.size(); ++i)
            QVERIFY(lessons.at(i - 1).lesson.level <= lessons.at(i).lesson.level);
        MainWindow w;
        showActive(w);
        LessonPlayer *player = w.lessonPlayer();
        for (const LessonBrowser::Entry &entry : lessons) {
            LessonBrowser browser(w.document(), &w);
            QVERIFY(browser.openEntry(entry, player, [] { return true; }));
            QVERIFY(w.document()->fileName().isEmpty());  // a new, untitled document
            LessonSession *s = player->session();
            QVERIFY2(s->problems().isEmpty(), qPrintable(entry.file + QLatin1Char('\n') + s->problems().join(QLatin1Char('\n'))));
            while (!s->isFinished()) {
                const QByteArray where = QStringLiteral("%1 step %2").arg(entry.file).arg(s->current() + 1).toUtf8();
                QVERIFY2(canvasStop(w) == onCanvas(s->shownStop()), where);
                if (s->isPending()) {
                    const int right = s->answerOf(s->current())->right;
                    QVERIFY2(right >= 0, where);
                    click(player->stepPage()->choiceButtons().value(right));
                    QVERIFY2(player->stepPage()->feedbackLabel()->text().startsWith(QStringLiteral("Right")), where);
                    QVERIFY2(canvasStop(w) == onCanvas(s->stopOf(s->current())), where);
                }
                click(player->nextButton());
            }
            QCOMPARE(s->correctCount(), s->questionCount());
            QVERIFY(player->summaryPage()->scoreLabel()->isVisible());
        }
    }

    void browserStartsALesson()
    {
        MainWindow w;
        QVERIFY(w.openFile(kExample));
        showActive(w);
        const QList<LessonBrowser::Entry> lessons = LessonBrowser::builtInLessons();
        QVERIFY(!lessons.isEmpty());
        bool shown = false;
        onNextModal([&](QWidget *dialog) {
            auto *browser = qobject_cast<LessonBrowser *>(dialog);
            QVERIFY(browser);
            shown = true;
            // Built-in lessons come first, by level.
            QTreeWidgetItem *first = browser->list()->topLevelItem(0)->child(0);
            QCOMPARE(first->text(0), lessons.first().lesson.title);
            QCOMPARE(first->text(1), LessonBrowser::levelName(lessons.first().lesson.level));
            browser->select(lessons.last().file, lessons.last().lesson.id);
            QTest::mouseClick(browser->openButton(), Qt::LeftButton);
        });
        QAction *lessonsAction = nullptr;
        for (QAction *a : w.simulateMenu()->actions()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L))
                lessonsAction = a;
        }
        QVERIFY(lessonsAction);
        lessonsAction->trigger();
        QVERIFY(shown);
        QVERIFY(w.lessonPlayer()->isRunning());
        QCOMPARE(w.lessonPlayer()->session()->lesson().id, lessons.last().lesson.id);
        QVERIFY(w.document()->fileName().isEmpty());
        QVERIFY(!w.document()->isModified());
        QVERIFY(w.dock(QStringLiteral("lessonDock"))->isVisible());
    }

    void presentationModeAndBack()
    {
        MainWindow w;
        QVERIFY(w.openFile(kExample));
        showActive(w);
        QDockWidget *properties = w.dock(QStringLiteral("propertiesDock"));
        QDockWidget *findings = w.dock(QStringLiteral("findingsDock"));
        QVERIFY(findings->isVisible());
        w.view()->setZoom(0.8);
        const qreal zoomBefore = w.view()->zoom();
        const QColor windowBefore = w.palette().color(QPalette::Window);
        const QColor canvasBefore = w.scene()->colors().background;
        const qreal fontBefore = w.lessonPlayer()->font().pointSizeF();
        const bool propertiesBefore = properties->isVisible();
        w.lessonPlayer()->start(fixture());

        QTest::keyClick(&w, Qt::Key_F5);
        PresentationMode *p = w.presentationMode();
        QVERIFY(p->isActive());
        QVERIFY(w.presentationAction()->isChecked());
        QVERIFY(w.isFullScreen());
        QCOMPARE(w.palette().color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(w.palette().color(QPalette::WindowText), QColor(Qt::white));
        QCOMPARE(w.scene()->colors().background, QColor(Qt::black));
        QVERIFY(!findings->isVisible());
        QVERIFY(!properties->isVisible());
        QVERIFY(!w.statusBar()->isVisible());
        QVERIFY(w.dock(QStringLiteral("lessonDock"))->isVisible());
        QVERIFY(w.lessonPlayer()->font().pointSizeF() > fontBefore);

        // Each step glides the canvas to its hop; the keys work from anywhere.
        LessonSession *s = w.lessonPlayer()->session();
        w.view()->setFocus();
        QTest::keyClick(w.view(), Qt::Key_Right);
        QCOMPARE(s->current(), 1);
        QTest::keyClick(w.view(), Qt::Key_1);
        QVERIFY(!s->isPending());
        QTRY_VERIFY(p->focus()->isMoving());
        p->focus()->finish();
        const QPointF hop = w.scene()->nodeItem(QStringLiteral("hws1"))->sceneBoundingRect().center();
        const QPointF centre = w.view()->mapToScene(w.view()->viewport()->rect().center());
        QVERIFY2(QLineF(hop, centre).length() < 30, qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
        QVERIFY(w.view()->zoom() > zoomBefore);

        QTest::keyClick(w.view(), Qt::Key_Escape);
        QVERIFY(!p->isActive());
        QVERIFY(!w.presentationAction()->isChecked());
        QVERIFY(!w.isFullScreen());
        QCOMPARE(w.palette().color(QPalette::Window), windowBefore);
        QVERIFY(!w.testAttribute(Qt::WA_SetPalette));
        QCOMPARE(w.scene()->colors().background, canvasBefore);
        QVERIFY(findings->isVisible());
        QCOMPARE(properties->isVisible(), propertiesBefore);
        QVERIFY(w.statusBar()->isVisible());
        QCOMPARE(w.lessonPlayer()->font().pointSizeF(), fontBefore);
        QCOMPARE(w.view()->zoom(), zoomBefore);
        // Esc does nothing more once out; F5 goes back in.
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(w.isFullScreen());
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(!w.isFullScreen());
    }
};

QTEST_MAIN(TestLessonPlayer)
#include "tst_lessonplayer.moc"
