#include "lessonsession.h"
#include "secflowreader.h"

#include <QSignalSpy>
#include <QTest>

namespace {
LessonStep step(const QString &request, const QString &at, bool leave = false)
{
    LessonStep s;
    s.request = request;
    s.at = at;
    s.leave = leave;
    s.narration = QStringLiteral("narration at %1").arg(at);
    return s;
}

LessonQuestion question(LessonQuestion::Ask ask, const QStringList &choices = {})
{
    LessonQuestion q;
    q.ask = ask;
    q.text = QStringLiteral("What happens?");
    q.choices = choices;
    return q;
}
} // namespace

// A lesson walked step by step: stops, answers from the trace, scoring and
// the rule that a question must be answered before the step is revealed.
class TestLessonSession : public QObject
{
    Q_OBJECT

private:
    TopologyData mData;
    Lesson mLesson;

    // Steps: 0 intro, 1 ICON-01 at hws1 (pass), 2 leave hws1, 3 UTOKEN at otma,
    // 4 outcome (accepted), 5 ICON-01 on a wrong password (fail), 6 outcome
    // (rejected), 7 free choice, 8 closing words.
    Lesson lesson() const
    {
        Lesson l;
        l.id = QStringLiteral("test");
        l.title = QStringLiteral("Test lesson");
        l.steps.append(step({}, {}));
        l.steps.append(step(QStringLiteral("jsmith_payinq"), QStringLiteral("hws1")));
        l.steps.last().predict = question(LessonQuestion::Ask::Check);
        l.steps.last().predict->rule = QStringLiteral("ICON-01");
        l.steps.append(step({}, QStringLiteral("hws1"), true));
        l.steps.append(step({}, QStringLiteral("otma")));
        l.steps.last().predict = question(LessonQuestion::Ask::Arrives, {QStringLiteral("HWSSTC"), QStringLiteral("JSMITH"), QStringLiteral("(none)")});
        l.steps.last().predict->element = QStringLiteral("utoken");
        l.steps.append(step({}, QStringLiteral("end")));
        l.steps.last().predict = question(LessonQuestion::Ask::Outcome);
        l.steps.append(step(QStringLiteral("jsmith_wrong_password"), QStringLiteral("hws1")));
        l.steps.last().predict = question(LessonQuestion::Ask::Check);
        l.steps.last().predict->rule = QStringLiteral("ICON-01");
        l.steps.append(step({}, QStringLiteral("end")));
        l.steps.last().predict = question(LessonQuestion::Ask::Outcome);
        l.steps.append(step({}, QStringLiteral("end")));
        l.steps.last().predict = question(LessonQuestion::Ask::Choice, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        l.steps.last().predict->answer = 2;
        l.steps.append(step({}, {}));
        return l;
    }

private slots:
    void initTestCase()
    {
        SecflowReader reader;
        auto data = reader.readFile(QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples/soap_gateway_untp.secflow"));
        QVERIFY2(data, qPrintable(reader.errorString()));
        mData = *data;
        mLesson = lesson();
    }

    void stopsFollowTheTimeline()
    {
        LessonSession s(mData, mLesson);
        QVERIFY2(s.problems().isEmpty(), qPrintable(s.problems().join(QLatin1Char('\n'))));
        const TraceTimeline *payinq = s.timeline(QStringLiteral("jsmith_payinq"));
        const TraceTimeline *wrong = s.timeline(QStringLiteral("jsmith_wrong_password"));
        QVERIFY(payinq && wrong);
        QVERIFY(payinq->trace().accepted);
        QVERIFY(!wrong->trace().accepted);

        // The introduction comes before the lesson's first request starts.
        QCOMPARE(s.stopOf(0), (LessonStop{QStringLiteral("jsmith_payinq"), -1}));
        QVERIFY(s.stopOf(0).isBeforeStart());
        QCOMPARE(s.stopOf(1).step, payinq->stepOf(QStringLiteral("hws1")));
        QCOMPARE(s.stopOf(2).step, payinq->stepOf(QStringLiteral("hws1"), TimelineStep::Phase::Leave));
        QCOMPARE(s.nodeOf(s.stopOf(2)), QStringLiteral("hws1"));
        QCOMPARE(s.stopOf(3).request, QStringLiteral("jsmith_payinq"));  // inherited from the step before
        QCOMPARE(s.stopOf(4).step, payinq->stepCount() - 1);
        QCOMPARE(s.stopOf(6), (LessonStop{QStringLiteral("jsmith_wrong_password"), wrong->stepCount() - 1}));
        QCOMPARE(s.nodeOf(s.stopOf(6)), QStringLiteral("hws1"));  // rejected there, so it is the end
        QCOMPARE(s.stopOf(8).request, QStringLiteral("jsmith_wrong_password"));
        QVERIFY(s.stopOf(8).isBeforeStart());
    }

    void rightAnswersComeFromTheTrace()
    {
        // covers: ICON-01
        LessonSession s(mData, mLesson);
        QCOMPARE(s.answerOf(1)->right, 0);  // ICON-01 passes for Jane's right password
        QCOMPARE(s.answerOf(3)->right, 1);  // her own UTOKEN reaches OTMA
        QCOMPARE(s.answerOf(4)->right, 0);  // accepted
        QCOMPARE(s.answerOf(5)->right, 1);  // ICON-01 fails for the wrong password
        QCOMPARE(s.answerOf(6)->right, 1);  // rejected
        QCOMPARE(s.answerOf(7)->right, 2);  // the author's answer
        QCOMPARE(s.answerOf(2), nullptr);
        QCOMPARE(s.questionCount(), 6);
        QCOMPARE(s.choicesOf(1), (QStringList{"pass", "fail", "bypass", "skip"}));
        QCOMPARE(s.choicesOf(4), (QStringList{"accepted", "rejected"}));
    }

    void flagElementsAndAbsence()
    {
        Lesson l;
        l.steps.append(step(QStringLiteral("jsmith_payinq"), QStringLiteral("hws1")));
        l.steps.last().predict = question(LessonQuestion::Ask::Arrives, {QStringLiteral("present"), QStringLiteral("(none)")});
        l.steps.last().predict->element = QStringLiteral("password");
        l.steps.append(l.steps.last());
        l.steps.last().at = QStringLiteral("otma");
        LessonSession s(mData, l);
        QCOMPARE(s.answerOf(0)->right, 0);  // the password reaches IMS Connect
        QCOMPARE(s.answerOf(1)->right, 1);  // and is gone at OTMA
    }

    void cannotSkipAQuestion()
    {
        LessonSession s(mData, mLesson);
        QVERIFY(!s.isPending());
        QVERIFY(s.next());
        QCOMPARE(s.current(), 1);
        QVERIFY(s.isPending());
        QVERIFY(!s.canGoNext());
        QVERIFY(!s.next());
        QCOMPARE(s.current(), 1);
        // While pending the canvas shows the stop before; answering reveals the step.
        QCOMPARE(s.shownStop(), s.stopBefore(1));
        QCOMPARE(s.shownStop().step, s.stopOf(1).step - 1);
        QVERIFY(!s.answer(7));  // no such choice
        QVERIFY(s.isPending());
        QVERIFY(s.answer(0));
        QVERIFY(!s.isPending());
        QCOMPARE(s.shownStop(), s.stopOf(1));
        QVERIFY(s.next());
    }

    void arrivesQuestionDoesNotShowTheAnswer()
    {
        // Step 3 asks whose UTOKEN reaches OTMA. The stop just before it is
        // the Leave stop of the hop before, whose badges would give the
        // answer away; the canvas shows that hop's arrival instead.
        LessonSession s(mData, mLesson);
        const LessonStop target = s.stopOf(3);
        const LessonStop shown = s.stopBefore(3);
        const TraceTimeline *t = s.timeline(target.request);
        QVERIFY(t);
        QCOMPARE(t->step(target.step).phase, TimelineStep::Phase::Arrive);
        QVERIFY(shown.step >= 0 && shown.step < target.step);
        QCOMPARE(t->step(shown.step).phase, TimelineStep::Phase::Arrive);
        QCOMPARE(t->step(target.step - 1).phase, TimelineStep::Phase::Leave);
        QCOMPARE(shown.step, target.step - 2);
    }

    void scoringAndOrder()
    {
        LessonSession s(mData, mLesson);
        QSignalSpy answered(&s, &LessonSession::answered);
        QSignalSpy changed(&s, &LessonSession::stepChanged);
        const QList<int> choices{-1, 0, -1, 2, 0, 0, 1, 2, -1};  // steps 3 and 5 wrong
        for (int i = 0; i < choices.size(); ++i) {
            QCOMPARE(s.current(), i);
            if (choices.at(i) >= 0) {
                QCOMPARE(s.answer(choices.at(i)), choices.at(i) == s.answerOf(i)->right);
                QVERIFY(!s.answer(s.answerOf(i)->right));  // a second try does not count
            }
            QVERIFY(s.next());
        }
        QVERIFY(s.isFinished());
        QVERIFY(!s.next());
        QCOMPARE(changed.size(), 9);
        QCOMPARE(changed.last().first().toInt(), 9);
        QCOMPARE(answered.size(), 6);
        QCOMPARE(s.questionCount(), 6);
        QCOMPARE(s.answeredCount(), 6);
        QCOMPARE(s.correctCount(), 4);
        const QList<LessonAnswer> all = s.answers();
        QCOMPARE(all.size(), 6);
        QCOMPARE(all.at(1).step, 3);
        QCOMPARE(all.at(1).chosen, 2);
        QVERIFY(!all.at(1).isCorrect());
        QVERIFY(all.at(2).isCorrect());
        QCOMPARE(all.at(3).chosen, 0);
        QCOMPARE(all.at(3).right, 1);
    }

    void goingBackKeepsAnswers()
    {
        LessonSession s(mData, mLesson);
        s.next();
        s.answer(1);  // wrong
        s.next();
        s.next();
        QVERIFY(s.isPending());
        QVERIFY(s.previous());
        QVERIFY(s.previous());
        QCOMPARE(s.current(), 1);
        QVERIFY(!s.isPending());
        QCOMPARE(s.answerOf(1)->chosen, 1);
        QCOMPARE(s.shownStop(), s.stopOf(1));
        QVERIFY(!s.answer(0));
        QCOMPARE(s.correctCount(), 0);
        QVERIFY(s.next() && s.next());
        QVERIFY(s.isPending());
        s.restart();
        QCOMPARE(s.current(), 0);
        QCOMPARE(s.answeredCount(), 0);
        QVERIFY(!s.canGoBack());
    }

    void brokenLessonsAreReported()
    {
        Lesson l;
        l.steps.append(step(QStringLiteral("nosuch"), QStringLiteral("end")));
        l.steps.append(step(QStringLiteral("jsmith_wrong_password"), QStringLiteral("ims1")));
        l.steps.last().predict = question(LessonQuestion::Ask::Check);
        l.steps.last().predict->rule = QStringLiteral("OTMA-02");
        LessonSession s(mData, l);
        QCOMPARE(s.problems().size(), 3);  // unknown request, node not reached, unanswerable question
        QVERIFY(s.stopOf(0).isBeforeStart());
        QCOMPARE(s.answerOf(1)->right, -1);
    }
};

QTEST_GUILESS_MAIN(TestLessonSession)
#include "tst_lessonsession.moc"
