#include "mainwindow.h"

#include "canvascolors.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "editactions.h"
#include "fileactions.h"
#include "nodeicons.h"
#include "palettewidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), mDocument(new Document(this)), mScene(new DiagramScene(mDocument, this)),
      mView(new DiagramView(this)), mPalette(new PaletteWidget(this))
{
    setWindowIcon(NodeIcons::icon(QStringLiteral("secflow")));
    mView->setScene(mScene);
    setCentralWidget(mView);
    mFileActions = new FileActions(this);
    mEditActions = new EditActions(this);
    createDocks();
    createViewMenu();
    createHelpMenu();
    mZoomLabel = new QLabel(this);
    statusBar()->addPermanentWidget(mZoomLabel);
    connect(mView, &DiagramView::zoomChanged, this, [this](qreal z) { mZoomLabel->setText(tr("%1%").arg(qRound(z * 100))); });
    mZoomLabel->setText(tr("100%"));

    connect(mDocument, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(mDocument, &Document::fileNameChanged, this, &MainWindow::updateTitle);
    connect(mDocument->topology(), &Topology::documentChanged, this, &MainWindow::updateTitle);
    connect(mDocument->topology(), &Topology::resetDone, this, [this] {
        updateTitle();
        mView->fitToContents();
    });
    connect(mPalette, &PaletteWidget::kindActivated, this,
            [this](const QString &kind) { mScene->addNode(kind, mView->mapToScene(mView->viewport()->rect().center())); });
    updateTitle();
    resize(1280, 800);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &title, const QString &objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    return findChild<QDockWidget *>(objectName);
}

void MainWindow::createDocks()
{
    addDock(mPalette, tr("Palette"), QStringLiteral("paletteDock"), Qt::LeftDockWidgetArea);
}

void MainWindow::createViewMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&View"));
    menu->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, mView, &DiagramView::zoomIn);
    menu->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, mView, &DiagramView::zoomOut);
    menu->addAction(tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_9), mView, &DiagramView::fitToContents);
    menu->addAction(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0), mView, &DiagramView::resetZoom);
    menu->addSeparator();
    QAction *snap = menu->addAction(tr("&Snap to Grid"));
    snap->setCheckable(true);
    snap->setChecked(mScene->snapToGrid());
    snap->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(snap, &QAction::toggled, mScene, &DiagramScene::setSnapToGrid);
    menu->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        menu->addAction(d->toggleViewAction());

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const QList<QAction *> file = mFileActions->menu()->actions();
    bar->addAction(file.value(0));
    bar->addAction(file.value(1));
    bar->addAction(file.value(5));
    bar->addSeparator();
    bar->addActions(mEditActions->menu()->actions().mid(0, 2));
    bar->addSeparator();
    bar->addActions(menu->actions().mid(0, 3));
}

void MainWindow::createHelpMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Help"));
    menu->addAction(tr("&About SecFlow"), this, [this] {
        QMessageBox::about(this, tr("About SecFlow"),
                           tr("<h3>SecFlow %1</h3><p>See how an identity travels from distributed callers into IMS, "
                              "and where it is checked or lost.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::updateTitle()
{
    const QString name = mDocument->topology()->data().name;
    QString title = mDocument->displayName();
    if (mDocument->fileName().isEmpty() && !name.isEmpty())
        title = name;
    setWindowTitle(QStringLiteral("%1[*] — SecFlow").arg(title));
    setWindowModified(mDocument->isModified());
}

bool MainWindow::openFile(const QString &fileName)
{
    return mFileActions->open(fileName);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mFileActions->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        mScene->setColors(CanvasColors::from(palette()));
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
}
