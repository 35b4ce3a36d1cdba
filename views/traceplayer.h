#pragma once

#include <QObject>
#include <QTimer>
#include <QVariantAnimation>

// Where playback stands on a timeline of `stepCount` stops, and the motion
// between them. Stepping is instant and exact (step back restores the state
// of that step); playing moves the token along the link with a
// QVariantAnimation, pauses at each stop, and loops if asked. It knows
// nothing of security: what a step shows comes from TraceTimeline.
class TracePlayer : public QObject
{
    Q_OBJECT

public:
    explicit TracePlayer(QObject *parent = nullptr);

    int stepCount() const { return mCount; }
    void setStepCount(int count);  // keeps the step where it still exists
    int step() const { return mStep; }
    bool isPlaying() const { return mPlaying; }
    bool loops() const { return mLoop; }
    qreal speed() const { return mSpeed; }  // 0.25 .. 4, 1 = normal

    // Between two stops while moving: the step left, the step aimed at, 0..1.
    bool isMoving() const;
    int movingFrom() const { return mFrom; }
    qreal movingProgress() const;

public slots:
    void play();
    void pause();
    void togglePlay();
    void stepForward();   // animated when playing, instant otherwise
    void stepBack();
    void toStart();
    void toEnd();
    void setStep(int step);  // instant
    void setSpeed(qreal speed);
    void setLoop(bool loop);

signals:
    void stepChanged(int step);
    void moving(int fromStep, int toStep, qreal progress);  // every animation frame
    void playingChanged(bool playing);
    void speedChanged(qreal speed);
    void loopChanged(bool loop);
    void stepCountChanged(int count);

private:
    void startMotion();
    void onMotionFinished();
    void dwell();  // rests at the current stop, then moves on (while playing)
    void stopMotion();
    void applyDurations();

    int mCount = 0;
    int mStep = 0;
    int mFrom = -1;
    bool mPlaying = false;
    bool mLoop = false;
    qreal mSpeed = 1.0;
    QVariantAnimation mMotion;
    QTimer mDwell;
};
