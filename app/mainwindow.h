#pragma once

#include "autosaver.h"
#include "preferences.h"

#include <QMainWindow>

class DiagramScene;
class DiagramView;
class Document;
class EditActions;
class FileActions;
class FindingsPanel;
class LessonPlayer;
class PaletteWidget;
class PresentationMode;
class QAction;
class QDockWidget;
class QLabel;
class RequestsPanel;
class ReviewRunner;
class PlaybackBar;
class TraceInspector;
class TraceOverlay;
class TraceSession;
class WhatIfBanner;

// The designer window: the canvas in the middle, panels docked around it.
// Menus and their actions live in FileActions and EditActions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return mDocument; }
    DiagramScene *scene() const { return mScene; }
    DiagramView *view() const { return mView; }
    PaletteWidget *paletteWidget() const { return mPalette; }
    FileActions *fileActions() const { return mFileActions; }
    EditActions *editActions() const { return mEditActions; }
    Autosaver *autosaver() const { return mAutosaver; }
    ReviewRunner *reviewRunner() const { return mReview; }
    FindingsPanel *findingsPanel() const { return mFindings; }
    RequestsPanel *requestsPanel() const { return mRequests; }
    QAction *snapAction() const { return mSnapAction; }
    QAction *preferencesAction() const { return mPreferencesAction; }
    QDockWidget *dock(const QString &objectName) const;
    // Running requests: playback, inspector, what-if, compare, access matrix, lessons.
    QMenu *simulateMenu() const { return mSimulateMenu; }
    // The request shown on the canvas and its playback (created before the docks).
    TraceSession *traceSession() const { return mTraceSession; }
    LessonPlayer *lessonPlayer() const { return mLessonPlayer; }
    PresentationMode *presentationMode() const { return mPresentation; }
    QAction *presentationAction() const { return mPresentationAction; }
    // The trace drawn on the canvas, and the toolbar that plays it.
    TraceOverlay *traceOverlay() const { return mTraceOverlay; }
    PlaybackBar *playbackBar() const { return mPlaybackBar; }
    TraceInspector *traceInspector() const { return mInspector; }
    WhatIfBanner *whatIfBanner() const { return mWhatIf; }

    bool openFile(const QString &fileName);
    // Opens a recovery file as unsaved changes to the file it belongs to.
    bool recover(const Autosaver::Entry &entry, QString *error);
    // `changedFrom`: the preferences before; only what changed is applied (the
    // snap default does not undo a window's own toggle). Null: apply all.
    void applyPreferences(const Preferences &preferences, const Preferences *changedFrom = nullptr);
    void showPreferences();
    void resetLayout();
    // The lesson browser; a chosen lesson starts in the lesson panel.
    void showLessons();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createDocks();
    void applyDefaultSizes();
    void createViewMenu();
    void createToolBar();
    void createPlayback();
    void createHelpMenu();
    void createLessonPanel();
    void createInspector();
    void createRequestsDock();
    void updateTitle();
    void restoreSettings();
    void saveSettings() const;
    void showFinding(const QString &id);
    QDockWidget *addDock(QWidget *widget, const QString &title, const QString &objectName, Qt::DockWidgetArea area);

    Document *mDocument;
    DiagramScene *mScene;
    DiagramView *mView;
    PaletteWidget *mPalette;
    FileActions *mFileActions;
    EditActions *mEditActions;
    Autosaver *mAutosaver;
    ReviewRunner *mReview = nullptr;
    FindingsPanel *mFindings = nullptr;
    QMenu *mViewMenu = nullptr;
    QMenu *mSimulateMenu = nullptr;
    TraceSession *mTraceSession = nullptr;
    TraceOverlay *mTraceOverlay = nullptr;
    PlaybackBar *mPlaybackBar = nullptr;
    TraceInspector *mInspector = nullptr;
    RequestsPanel *mRequests = nullptr;
    WhatIfBanner *mWhatIf = nullptr;
    LessonPlayer *mLessonPlayer = nullptr;
    PresentationMode *mPresentation = nullptr;
    QAction *mPresentationAction = nullptr;
    QAction *mLessonsAction = nullptr;
    QAction *mSnapAction = nullptr;
    QAction *mPreferencesAction = nullptr;
    QLabel *mZoomLabel;
    QByteArray mDefaultState;
    bool mRestored = false;  // a saved dock layout was restored
    bool mShown = false;
};
