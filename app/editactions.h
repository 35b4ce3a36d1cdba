#pragma once

#include <QObject>

class MainWindow;
class QAction;
class QMenu;

// The Edit menu: undo and redo, clipboard (JSON, so copies travel between
// documents and SecFlow windows), delete and select all.
class EditActions : public QObject
{
    Q_OBJECT

public:
    explicit EditActions(MainWindow *window);

    QMenu *menu() const { return mMenu; }
    QAction *undoAction() const { return mUndo; }
    QAction *redoAction() const { return mRedo; }
    void copy();
    void cut();
    void paste();
    void deleteSelection();
    void selectAll();

private:
    MainWindow *mWindow;
    QMenu *mMenu;
    QAction *mUndo;
    QAction *mRedo;
};
