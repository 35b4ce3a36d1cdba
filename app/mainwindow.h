#pragma once

#include <QMainWindow>

class DiagramScene;
class DiagramView;
class Document;
class EditActions;
class FileActions;
class PaletteWidget;
class QDockWidget;
class QLabel;

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
    FileActions *fileActions() const { return mFileActions; }
    EditActions *editActions() const { return mEditActions; }
    QDockWidget *dock(const QString &objectName) const;

    bool openFile(const QString &fileName);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createDocks();
    void createViewMenu();
    void createHelpMenu();
    void updateTitle();
    void restoreSettings();
    void saveSettings() const;
    QDockWidget *addDock(QWidget *widget, const QString &title, const QString &objectName, Qt::DockWidgetArea area);

    Document *mDocument;
    DiagramScene *mScene;
    DiagramView *mView;
    PaletteWidget *mPalette;
    FileActions *mFileActions;
    EditActions *mEditActions;
    QLabel *mZoomLabel;
};
