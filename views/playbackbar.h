#pragma once

#include <QList>
#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class TraceSession;

// Chooses a request and plays its trace: run, play/pause, step, start/end,
// speed and loop, with the step in words. The stepping actions carry the
// keyboard shortcuts (Space, Left/Right, Home/End, PageUp/PageDown for
// presentation clickers); the window attaches them to the canvas so they
// never take keys from a text field.
class PlaybackBar : public QToolBar
{
    Q_OBJECT

public:
    explicit PlaybackBar(TraceSession *session, QWidget *parent = nullptr);

    QAction *runAction() const { return mRun; }
    QAction *playAction() const { return mPlay; }
    QAction *backAction() const { return mBack; }
    QAction *forwardAction() const { return mForward; }
    QAction *startAction() const { return mStart; }
    QAction *endAction() const { return mEnd; }
    QAction *loopAction() const { return mLoop; }
    // The same commands with keyboard shortcuts, for the window to add to the
    // canvas (and menus): they fire only while the canvas has focus.
    QList<QAction *> canvasActions() const { return mCanvasActions; }
    QComboBox *requestPicker() const { return mPicker; }
    QSlider *speedSlider() const { return mSpeed; }
    QString stepText() const;

    static qreal speedAt(int position);  // slider position to speed factor
    static int positionOf(qreal speed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcons();
    void fillPicker();
    void updateState();
    void runPicked(bool play);

    TraceSession *mSession;
    QComboBox *mPicker;
    QAction *mRun;
    QAction *mPlay;
    QAction *mBack;
    QAction *mForward;
    QAction *mStart;
    QAction *mEnd;
    QAction *mLoop;
    QSlider *mSpeed;
    QLabel *mSpeedLabel;
    QLabel *mStepLabel;
    QList<QAction *> mCanvasActions;
    bool mPauseShown = false;  // the play action shows "pause"
};
