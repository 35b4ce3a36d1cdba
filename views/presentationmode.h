#pragma once

#include "canvascolors.h"

#include <QByteArray>
#include <QObject>
#include <QPalette>
#include <QPointF>
#include <QTimer>

class CanvasFocus;
class DiagramView;
class LessonPlayer;
class QDockWidget;
class QMainWindow;
class QShortcut;
class TraceSession;

// Teaching in front of a room: the window goes full screen with a high
// contrast palette (black, white, yellow accents; right and wrong still
// carry a mark and a word), every dock but the lesson panel is hidden, the
// lesson type grows, and the canvas glides to the hop being shown at each
// step. Esc or the toggle leaves and puts back exactly what was there:
// window state and geometry, docks, toolbars, palette, canvas colours, zoom.
class PresentationMode : public QObject
{
    Q_OBJECT

public:
    static constexpr qreal kFontScale = 1.9;

    PresentationMode(QMainWindow *window, DiagramView *view, TraceSession *trace, LessonPlayer *player,
                     QDockWidget *lessonDock, QObject *parent = nullptr);
    ~PresentationMode() override;

    bool isActive() const { return mActive; }
    CanvasFocus *focus() const { return mFocus; }
    static QPalette palette();
    static CanvasColors canvasColors();

public slots:
    void setActive(bool on);
    void toggle() { setActive(!mActive); }

signals:
    void activeChanged(bool active);

private:
    void enter();
    void leave();
    void focusCurrentHop();

    QMainWindow *mWindow;
    DiagramView *mView;
    TraceSession *mTrace;
    LessonPlayer *mPlayer;
    QDockWidget *mLessonDock;
    CanvasFocus *mFocus;
    QShortcut *mEscape;
    QTimer mFocusLater;  // one glide for the several signals of one step
    bool mActive = false;

    // What enter() changed, for leave() to put back.
    struct Saved {
        Qt::WindowStates windowState;
        QByteArray geometry;
        QByteArray dockState;
        bool ownPalette = false;
        QPalette palette;
        CanvasColors colors;
        qreal zoom = 1;
        QPointF center;
        qreal fontScale = 1;
        bool statusBar = true;
    } mSaved;
};
