#pragma once

#include "lesson.h"

#include <QList>
#include <QKeySequence>
#include <QWidget>

#include <functional>

class DiagramView;
class LessonSession;
class LessonStepPage;
class LessonSummaryPage;
class QLabel;
class QPushButton;
class QScrollArea;
class QShortcut;
class QStackedWidget;
class TraceSession;

// The lesson panel: title and progress, the step (narration, predict
// question, feedback), Back and Next, and the end summary. Large type for
// a classroom. Each step drives the canvas through the TraceSession: the
// stop the step reveals, or the one before while its question is open, so
// the canvas never gives the answer away. Clickers work: PageDown/PageUp
// anywhere in the window, Right/Left/Space in the panel (window-wide in
// presentation mode), 1..8 answer.
class LessonPlayer : public QWidget
{
    Q_OBJECT

public:
    static constexpr qreal kFontScale = 1.4;  // against the application font

    explicit LessonPlayer(TraceSession *trace, QWidget *parent = nullptr);
    ~LessonPlayer() override;

    // The canvas to keep the current hop in sight on; optional.
    void setView(DiagramView *view) { mView = view; }
    void setFontScale(qreal scale);
    qreal fontScale() const { return mScale; }
    // Presentation mode: the navigation keys work wherever the focus is.
    void setKeysWindowWide(bool on);

    bool isRunning() const { return mSession != nullptr; }
    LessonSession *session() const { return mSession; }
    LessonStepPage *stepPage() const { return mStepPage; }
    LessonSummaryPage *summaryPage() const { return mSummaryPage; }
    QPushButton *backButton() const { return mBack; }
    QPushButton *nextButton() const { return mNext; }
    QLabel *progressLabel() const { return mProgress; }

public slots:
    // Plays a lesson of the document's file (its topology and requests).
    void start(const Lesson &lesson);
    void stop();
    void goNext();
    void goBack();
    void answer(int choice);

signals:
    void started();
    void stopped();
    void browseRequested();
    // The node the canvas shows now ("" before a request starts).
    void stopShown(const QString &node);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildIdlePage();
    void addKey(const QKeySequence &key, bool panelOnly, const std::function<void()> &action);
    void onSpace();
    void refresh();
    void showOnCanvas();
    void applyFont();

    TraceSession *mTrace;
    DiagramView *mView = nullptr;
    LessonSession *mSession = nullptr;
    qreal mScale = kFontScale;
    bool mApplyingFont = false;
    QLabel *mTitle;
    QLabel *mProgress;
    QStackedWidget *mStack;
    QWidget *mIdle;
    QScrollArea *mStepScroll;
    LessonStepPage *mStepPage;
    QScrollArea *mSummaryScroll;
    LessonSummaryPage *mSummaryPage;
    QWidget *mNav;
    QPushButton *mBack;
    QPushButton *mNext;
    QList<QShortcut *> mPanelKeys;   // widget-with-children; window-wide when presenting
    QList<QShortcut *> mWindowKeys;  // always window-wide while a lesson runs
};
