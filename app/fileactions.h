#pragma once

#include <QObject>
#include <QStringList>

class MainWindow;
class QAction;
class QMenu;

// The File menu: new, open (files, built-in examples, recent files), save,
// save as, and the question before unsaved work is thrown away. Errors are
// shown in a dialog that names the file, line and JSON path.
class FileActions : public QObject
{
    Q_OBJECT

public:
    explicit FileActions(MainWindow *window);

    QMenu *menu() const { return mMenu; }
    QAction *newAction() const { return mNew; }
    QAction *openAction() const { return mOpen; }
    QAction *saveAction() const { return mSave; }
    QAction *saveAsAction() const { return mSaveAs; }
    QMenu *recentMenu() const { return mRecentMenu; }
    void setMaxRecent(int count);

    bool open(const QString &fileName);
    bool save();
    bool saveAs();
    // Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();
    QStringList recentFiles() const;
    void fillRecentMenu();

private:
    void newDocument();
    void openDialog();
    void addRecent(const QString &fileName);
    void fillExamplesMenu();
    bool saveTo(const QString &fileName);

    MainWindow *mWindow;
    QMenu *mMenu;
    QAction *mNew;
    QAction *mOpen;
    QAction *mSave;
    QAction *mSaveAs;
    QMenu *mRecentMenu;
    QMenu *mExamplesMenu;
    int mMaxRecent = 10;
};
