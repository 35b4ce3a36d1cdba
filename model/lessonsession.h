#pragma once

#include "lesson.h"
#include "tracetimeline.h"

#include <QHash>
#include <QObject>
#include <QStringList>

struct TopologyData;

// Where a lesson step puts the playback: a request and a stop of its
// timeline, or before the request starts (step -1).
struct LessonStop
{
    QString request;
    int step = -1;

    bool isBeforeStart() const { return step < 0; }
    bool operator==(const LessonStop &) const = default;
};

// The trainee's answer to one predict question, for the end summary.
struct LessonAnswer
{
    int step = -1;    // lesson step index
    int chosen = -1;  // -1: not answered yet
    int right = -1;   // -1: the trace cannot answer it (a broken lesson)
    bool isAnswered() const { return chosen >= 0; }
    bool isCorrect() const { return chosen >= 0 && chosen == right; }
};

// One trainee walking through one lesson. Every request the lesson uses is
// run through the engine once, up front, so each step maps to an exact stop
// of a TraceTimeline and each question's right answer comes from the trace.
// A step with a question is "pending" until answered: the trainee cannot go
// past it, and the stop shown is the one before it, so the answer is not
// given away. Going back keeps answers; the first answer is the one scored.
class LessonSession : public QObject
{
    Q_OBJECT

public:
    LessonSession(const TopologyData &topology, const Lesson &lesson, QObject *parent = nullptr);

    const Lesson &lesson() const { return mLesson; }
    // What does not fit the file (unknown request, node off the path...); empty when sound.
    const QStringList &problems() const { return mProblems; }

    int stepCount() const { return int(mLesson.steps.size()); }
    int current() const { return mCurrent; }  // == stepCount() on the end screen
    bool isFinished() const { return mCurrent >= stepCount(); }
    const LessonStep &step(int index) const { return mLesson.steps.at(index); }

    // The stop a step reveals, and the one shown while its question is pending.
    LessonStop stopOf(int index) const { return mStops.value(index); }
    LessonStop stopBefore(int index) const;
    // What the canvas should show now.
    LessonStop shownStop() const;
    const TraceTimeline *timeline(const QString &request) const;
    // The node of a stop, or "" before the start.
    QString nodeOf(const LessonStop &stop) const;

    bool hasQuestion(int index) const;
    QStringList choicesOf(int index) const;
    bool isPending() const;  // the current step asks a question not yet answered
    const LessonAnswer *answerOf(int index) const;
    // Answers the current step's question; returns whether it is right.
    // Only the first answer counts; false as well when nothing is asked.
    bool answer(int choice);

    bool canGoNext() const { return !isFinished() && !isPending(); }
    bool canGoBack() const { return mCurrent > 0; }

    int questionCount() const;
    int answeredCount() const;
    int correctCount() const;
    QList<LessonAnswer> answers() const;  // in step order, answered or not

public slots:
    bool next();
    bool previous();
    void restart();

signals:
    void stepChanged(int index);  // also on entering the end screen (index == stepCount())
    void answered(int index, bool correct);

private:
    void build(const TopologyData &topology);

    Lesson mLesson;
    QHash<QString, TraceTimeline> mTimelines;
    QList<LessonStop> mStops;
    QHash<int, LessonAnswer> mAnswers;
    QStringList mProblems;
    int mCurrent = 0;
};
