#include "lessonsession.h"

#include "lessonanswers.h"
#include "simulator.h"
#include "topologydata.h"

LessonSession::LessonSession(const TopologyData &topology, const Lesson &lesson, QObject *parent)
    : QObject(parent), mLesson(lesson)
{
    // Lessons built in code get the defaults the reader gives those from a file.
    for (LessonStep &s : mLesson.steps) {
        if (!s.predict || !s.predict->choices.isEmpty())
            continue;
        if (s.predict->ask == LessonQuestion::Ask::Outcome)
            s.predict->choices = {QStringLiteral("accepted"), QStringLiteral("rejected")};
        else if (s.predict->ask == LessonQuestion::Ask::Check)
            s.predict->choices = {QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("bypass"), QStringLiteral("skip")};
    }
    build(topology);
}

void LessonSession::build(const TopologyData &topology)
{
    // The request each step runs: its own, else the one before, else the file's first.
    QStringList requests;
    QString request = topology.requests.isEmpty() ? QString() : topology.requests.first().id;
    for (const LessonStep &s : mLesson.steps) {
        if (!s.request.isEmpty()) {
            request = s.request;
            break;
        }
    }
    for (const LessonStep &s : std::as_const(mLesson.steps)) {
        if (!s.request.isEmpty())
            request = s.request;
        requests.append(request);
    }

    const Simulator simulator(topology);
    for (const QString &id : std::as_const(requests)) {
        if (id.isEmpty() || mTimelines.contains(id))
            continue;
        if (const Request *r = topology.request(id))
            mTimelines.insert(id, TraceTimeline(simulator.run(*r)));
        else
            mProblems.append(tr("The lesson names request \"%1\", which the file does not have.").arg(id));
    }

    for (int i = 0; i < stepCount(); ++i) {
        const LessonStep &s = mLesson.steps.at(i);
        LessonStop stop{requests.at(i), -1};
        const TraceTimeline *t = timeline(stop.request);
        if (t && !t->isEmpty() && !s.at.isEmpty()) {
            if (s.at == QLatin1String("end")) {
                stop.step = t->stepCount() - 1;
            } else {
                const auto phase = s.leave ? TimelineStep::Phase::Leave : TimelineStep::Phase::Arrive;
                stop.step = t->stepOf(s.at, phase);
                // A request that stops at a hop never leaves it: show the arrival instead.
                if (stop.step < 0 && s.leave)
                    stop.step = t->stepOf(s.at, TimelineStep::Phase::Arrive);
                if (stop.step < 0)
                    mProblems.append(tr("Step %1: %2 is not on the path of request \"%3\".").arg(i + 1).arg(s.at, stop.request));
            }
        }
        mStops.append(stop);
        if (s.predict) {
            LessonAnswer a;
            a.step = i;
            QString error;
            LessonStep resolved = s;
            resolved.request = stop.request;
            a.right = t ? LessonAnswers::rightChoice(resolved, t->trace(), &error) : -1;
            if (a.right < 0)
                mProblems.append(tr("Step %1: the trace does not answer \"%2\" (%3).").arg(i + 1).arg(s.predict->text, error));
            mAnswers.insert(i, a);
        }
    }
}

const TraceTimeline *LessonSession::timeline(const QString &request) const
{
    auto it = mTimelines.constFind(request);
    return it == mTimelines.constEnd() ? nullptr : &it.value();
}

LessonStop LessonSession::stopBefore(int index) const
{
    // One stop back on the same request; the first stop falls back to before the start.
    LessonStop stop = stopOf(index);
    if (stop.step >= 0)
        --stop.step;
    // A Leave stop shows what is about to arrive at the next hop: for a
    // question about that, go back to the previous hop's arrival instead.
    const LessonStep &s = step(index);
    const TraceTimeline *t = timeline(stop.request);
    if (s.predict && s.predict->ask == LessonQuestion::Ask::Arrives && t && stop.step >= 0
        && t->step(stop.step).phase == TimelineStep::Phase::Leave)
        --stop.step;
    return stop;
}

LessonStop LessonSession::shownStop() const
{
    if (isFinished())
        return stepCount() > 0 ? stopOf(stepCount() - 1) : LessonStop{};
    return isPending() ? stopBefore(mCurrent) : stopOf(mCurrent);
}

QString LessonSession::nodeOf(const LessonStop &stop) const
{
    const TraceTimeline *t = timeline(stop.request);
    if (!t || stop.step < 0 || stop.step >= t->stepCount())
        return {};
    return t->step(stop.step).node;
}

bool LessonSession::hasQuestion(int index) const
{
    return mAnswers.contains(index);
}

QStringList LessonSession::choicesOf(int index) const
{
    if (index < 0 || index >= stepCount() || !step(index).predict)
        return {};
    return step(index).predict->choices;
}

bool LessonSession::isPending() const
{
    auto it = mAnswers.constFind(mCurrent);
    return it != mAnswers.constEnd() && !it->isAnswered();
}

const LessonAnswer *LessonSession::answerOf(int index) const
{
    auto it = mAnswers.constFind(index);
    return it == mAnswers.constEnd() ? nullptr : &it.value();
}

bool LessonSession::answer(int choice)
{
    auto it = mAnswers.find(mCurrent);
    if (it == mAnswers.end() || it->isAnswered() || choice < 0 || choice >= choicesOf(mCurrent).size())
        return false;
    it->chosen = choice;
    emit answered(mCurrent, it->isCorrect());
    return it->isCorrect();
}

int LessonSession::questionCount() const
{
    return int(mAnswers.size());
}

int LessonSession::answeredCount() const
{
    return int(std::count_if(mAnswers.cbegin(), mAnswers.cend(), [](const LessonAnswer &a) { return a.isAnswered(); }));
}

int LessonSession::correctCount() const
{
    return int(std::count_if(mAnswers.cbegin(), mAnswers.cend(), [](const LessonAnswer &a) { return a.isCorrect(); }));
}

QList<LessonAnswer> LessonSession::answers() const
{
    QList<LessonAnswer> list;
    for (int i = 0; i < stepCount(); ++i) {
        if (const LessonAnswer *a = answerOf(i))
            list.append(*a);
    }
    return list;
}

bool LessonSession::next()
{
    if (!canGoNext())
        return false;
    ++mCurrent;
    emit stepChanged(mCurrent);
    return true;
}

bool LessonSession::previous()
{
    if (!canGoBack())
        return false;
    --mCurrent;
    emit stepChanged(mCurrent);
    return true;
}

void LessonSession::restart()
{
    for (LessonAnswer &a : mAnswers)
        a.chosen = -1;
    mCurrent = 0;
    emit stepChanged(mCurrent);
}
