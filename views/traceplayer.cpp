#include "traceplayer.h"

#include <QtGlobal>

namespace {
constexpr int kMoveMs = 1100;   // one stop to the next at normal speed
constexpr int kDwellMs = 900;   // rest at each stop while playing, to read it
constexpr qreal kMinSpeed = 0.25;
constexpr qreal kMaxSpeed = 4.0;
} // namespace

TracePlayer::TracePlayer(QObject *parent) : QObject(parent)
{
    mMotion.setStartValue(0.0);
    mMotion.setEndValue(1.0);
    mMotion.setEasingCurve(QEasingCurve::InOutSine);
    mDwell.setSingleShot(true);
    applyDurations();
    connect(&mMotion, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        if (mMotion.state() == QAbstractAnimation::Running)
            emit moving(mFrom, mFrom + 1, v.toReal());
    });
    connect(&mMotion, &QVariantAnimation::finished, this, &TracePlayer::onMotionFinished);
    connect(&mDwell, &QTimer::timeout, this, [this] {
        if (!mPlaying)
            return;
        if (mStep + 1 < mCount) {
            startMotion();
        } else if (mLoop && mCount > 1) {
            setStep(0);
            dwell();
        } else {
            pause();
        }
    });
}

bool TracePlayer::isMoving() const
{
    return mMotion.state() == QAbstractAnimation::Running;
}

qreal TracePlayer::movingProgress() const
{
    return isMoving() ? mMotion.currentValue().toReal() : 0.0;
}

void TracePlayer::setStepCount(int count)
{
    count = qMax(0, count);
    const int old = mStep;
    if (isMoving() && mFrom + 1 >= count)
        stopMotion();
    mCount = count;
    mStep = qBound(0, mStep, qMax(0, count - 1));
    emit stepCountChanged(count);
    if (mStep != old)
        emit stepChanged(mStep);
    if (count == 0)
        pause();
}

void TracePlayer::play()
{
    if (mPlaying || mCount < 2)
        return;
    // Playing from the last stop starts over, as a media player does.
    if (mStep == mCount - 1)
        setStep(0);
    mPlaying = true;
    emit playingChanged(true);
    dwell();
}

void TracePlayer::pause()
{
    const bool wasPlaying = mPlaying;
    mPlaying = false;
    mDwell.stop();
    // The token does not stop between two nodes: it finishes the link.
    if (isMoving())
        mMotion.setCurrentTime(mMotion.duration());
    if (wasPlaying)
        emit playingChanged(false);
}

void TracePlayer::togglePlay()
{
    if (mPlaying)
        pause();
    else
        play();
}

void TracePlayer::stepForward()
{
    if (mPlaying) {
        // Moving: arrive now and rest there; resting: leave now.
        if (isMoving()) {
            mMotion.setCurrentTime(mMotion.duration());
        } else if (mStep + 1 < mCount) {
            mDwell.stop();
            startMotion();
        }
        return;
    }
    setStep(mStep + 1);
}

void TracePlayer::stepBack()
{
    setStep(mStep - 1);
    if (mPlaying)
        dwell();
}

void TracePlayer::toStart()
{
    setStep(0);
    if (mPlaying)
        dwell();
}

void TracePlayer::toEnd()
{
    pause();
    setStep(mCount - 1);
}

void TracePlayer::setStep(int step)
{
    stopMotion();
    step = qBound(0, step, qMax(0, mCount - 1));
    if (step == mStep)
        return;
    mStep = step;
    emit stepChanged(step);
}

void TracePlayer::setSpeed(qreal speed)
{
    speed = qBound(kMinSpeed, speed, kMaxSpeed);
    if (qFuzzyCompare(speed, mSpeed))
        return;
    mSpeed = speed;
    applyDurations();
    emit speedChanged(speed);
}

void TracePlayer::setLoop(bool loop)
{
    if (loop == mLoop)
        return;
    mLoop = loop;
    emit loopChanged(loop);
}

void TracePlayer::startMotion()
{
    mFrom = mStep;
    mMotion.stop();
    mMotion.start();
}

void TracePlayer::onMotionFinished()
{
    const int to = mFrom + 1;
    mFrom = -1;
    if (to >= mCount)
        return;
    mStep = to;
    emit stepChanged(to);
    if (mPlaying)
        dwell();
}

void TracePlayer::dwell()
{
    mDwell.start(qRound(kDwellMs / mSpeed));
}

void TracePlayer::stopMotion()
{
    if (!isMoving())
        return;
    // Stopped, not finished: the step stays the one the token left.
    const QSignalBlocker block(&mMotion);
    mMotion.stop();
    mFrom = -1;
}

void TracePlayer::applyDurations()
{
    mMotion.setDuration(qRound(kMoveMs / mSpeed));
}
