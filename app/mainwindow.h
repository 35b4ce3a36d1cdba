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
class PaletteWidget;
class QAction;
class QDockWidget;
class QLabel;
class ReviewRunner;
class TraceSession;

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
    QAction *snapAction() const { return mSnapAction; }
    QAction *preferencesAction() const { return mPreferencesAction; }
    QDockWidget *dock(const QString &objectName) const;
    // Running requests: playback, inspector, what-if, compare, access matrix, lessons.
    QMenu *simulateMenu() const { return mSimulateMenu; }
    // The request shown on the canvas and its playback (created before the docks).
    TraceSession *traceSession() const { return mTraceSession; }

    bool openFile(const QString &fileName);
    // Opens a recovery file as unsaved changes to the file it belongs to.
    bool recover(const Autosaver::Entry &entry, QString *error);
    // `changedFrom`: the preferences before; only what changed is applied (the
    // snap default does not undo a window's own toggle). Null: apply all.
    void applyPreferences(const Preferences &preferences, const Preferences *changedFrom = nullptr);
    void showPreferences();
    void resetLayout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createDocks();
    void applyDefaultSizes();
    void createViewMenu();
    void createToolBar();
    void createHelpMenu();
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
    QAction *mSnapAction = nullptr;
    QAction *mPreferencesAction = nullptr;
    QLabel *mZoomLabel;
    QByteArray mDefaultState;
    bool mRestored = false;  // a saved dock layout was restored
    bool mShown = false;
};
