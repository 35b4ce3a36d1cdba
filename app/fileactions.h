#pragma once

#include <QObject>
#include <QStringList>

class MainWindow;
class QAction;
class QMenu;

// The File menu: new, open (files, built-in examples, recent files), save,
// save as, and the question before unsaved work is thrown away.
class FileActions : public QObject
{
    Q_OBJECT

public:
    explicit FileActions(MainWindow *window);

    QMenu *menu() const { return mMenu; }
    bool open(const QString &fileName);
    bool save();
    bool saveAs();
    // Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();
    QStringList recentFiles() const;

private:
    void newDocument();
    void openDialog();
    void addRecent(const QString &fileName);
    void fillRecentMenu();
    void fillExamplesMenu();
    bool saveTo(const QString &fileName);

    MainWindow *mWindow;
    QMenu *mMenu;
    QMenu *mRecentMenu;
    QMenu *mExamplesMenu;
};
