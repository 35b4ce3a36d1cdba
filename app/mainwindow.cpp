#include "mainwindow.h"

#include "canvascolors.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "domaineditor.h"
#include "editactions.h"
#include "fileactions.h"
#include "findingspanel.h"
#include "nodeicons.h"
#include "palettewidget.h"
#include "preferencesdialog.h"
#include "propertyeditor.h"
#include "reviewrunner.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTime>
#include <QToolBar>

namespace {
constexpr int kStateVersion = 2;  // bump when the docks change, so old layouts are not restored
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), mDocument(new Document(this)), mScene(new DiagramScene(mDocument, this)),
      mView(new DiagramView(this)), mPalette(new PaletteWidget(this)), mAutosaver(new Autosaver(mDocument, this))
{
    setWindowIcon(NodeIcons::icon(QStringLiteral("secflow")));
    mView->setScene(mScene);
    setCentralWidget(mView);
    mFileActions = new FileActions(this);
    mEditActions = new EditActions(this);
    mPreferencesAction = mEditActions->menu()->addAction(tr("Pre&ferences..."), this, &MainWindow::showPreferences);
    mPreferencesAction->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    mPreferencesAction->setMenuRole(QAction::PreferencesRole);
    mSimulateMenu = new QMenu(tr("&Simulate"), this);
    createDocks();
    createViewMenu();
    menuBar()->addMenu(mSimulateMenu);
    createToolBar();
    createHelpMenu();
    mZoomLabel = new QLabel(tr("100%"), this);
    mZoomLabel->setMinimumWidth(48);
    mZoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(mZoomLabel);
    connect(mView, &DiagramView::zoomChanged, this, [this](qreal z) { mZoomLabel->setText(tr("%1%").arg(qRound(z * 100))); });
    connect(mAutosaver, &Autosaver::saved, this, [this] {
        statusBar()->showMessage(tr("Autosaved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)), 4000);
    });

    connect(mDocument, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(mDocument, &Document::fileNameChanged, this, &MainWindow::updateTitle);
    connect(mDocument->topology(), &Topology::documentChanged, this, &MainWindow::updateTitle);
    connect(mDocument->topology(), &Topology::resetDone, this, [this] {
        updateTitle();
        mView->fitToContents();
    });
    connect(mPalette, &PaletteWidget::kindActivated, this, [this](const QString &kind) {
        const QPointF centre = mView->mapToScene(mView->viewport()->rect().center());
        mScene->addNode(kind, mScene->freeSpotNear(centre));
        mView->setFocus();
    });
    updateTitle();
    resize(1280, 800);
    mDefaultState = saveState(kStateVersion);
    restoreSettings();
    applyPreferences(Preferences::load());
}

MainWindow::~MainWindow()
{
    // Tearing the document down clears its undo stack, which looks like a
    // return to the saved state; the recovery file must survive that.
    delete mAutosaver;
}

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
    // Side panels run the full height; the findings sit under the canvas only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    addDock(mPalette, tr("Palette"), QStringLiteral("paletteDock"), Qt::LeftDockWidgetArea);

    auto *properties = new PropertyEditor(mDocument, this);
    QDockWidget *propertiesDock = addDock(properties, tr("Properties"), QStringLiteral("propertiesDock"), Qt::RightDockWidgetArea);
    connect(mScene, &QGraphicsScene::selectionChanged, properties, [this, properties] {
        properties->showSelection(mScene->selectedNodeIds(), mScene->selectedLinkIds(), mScene->selectedImageIds());
    });
    // The domain tables are wide; in a side panel they scroll rather than squeeze the canvas.
    auto *domains = new QScrollArea(this);
    domains->setWidget(new DomainEditor(mDocument, domains));
    domains->setWidgetResizable(true);
    domains->setFrameShape(QFrame::NoFrame);
    tabifyDockWidget(propertiesDock, addDock(domains, tr("Security Domains"), QStringLiteral("domainsDock"), Qt::RightDockWidgetArea));
    propertiesDock->raise();

    mFindings = new FindingsPanel(this);
    addDock(mFindings, tr("Findings"), QStringLiteral("findingsDock"), Qt::BottomDockWidgetArea);
    mReview = new ReviewRunner(mDocument->topology(), this);
    connect(mReview, &ReviewRunner::findingsChanged, this, [this](const QList<Finding> &findings) {
        mScene->setFindings(findings);
        mFindings->setFindings(findings, &mDocument->topology()->data());
    });
    connect(mReview, &ReviewRunner::busyChanged, mFindings, &FindingsPanel::setBusy);
    connect(mFindings, &FindingsPanel::findingActivated, this, &MainWindow::showFinding);
    mReview->reviewNow();
}

void MainWindow::applyDefaultSizes()
{
    // Docks take what they ask for unless told; the canvas gets the rest.
    QList<QDockWidget *> side{dock(QStringLiteral("paletteDock"))};
    QList<int> widths{190};
    for (const char *name : {"propertiesDock", "domainsDock"}) {
        if (QDockWidget *d = dock(QLatin1String(name)); d && !d->isFloating()) {
            side.append(d);
            widths.append(330);
        }
    }
    resizeDocks(side, widths, Qt::Horizontal);
    resizeDocks({dock(QStringLiteral("findingsDock"))}, {160}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!mShown && !mRestored)
        applyDefaultSizes();
    mShown = true;
}

void MainWindow::showFinding(const QString &id)
{
    mScene->selectOnly(id);
    mScene->setHighlighted(id);
    mView->centerOnItem(id);
}

void MainWindow::createViewMenu()
{
    QMenu *menu = mViewMenu = menuBar()->addMenu(tr("&View"));
    QAction *in = menu->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, mView, &DiagramView::zoomIn);
    QAction *out = menu->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, mView, &DiagramView::zoomOut);
    QAction *fit = menu->addAction(tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_9), mView, &DiagramView::fitToContents);
    menu->addAction(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0), mView, &DiagramView::resetZoom);
    in->setIcon(QIcon::fromTheme(QStringLiteral("zoom-in")));
    out->setIcon(QIcon::fromTheme(QStringLiteral("zoom-out")));
    fit->setIcon(QIcon::fromTheme(QStringLiteral("zoom-fit-best")));
    menu->addSeparator();
    mSnapAction = menu->addAction(tr("&Snap to Grid"));
    mSnapAction->setCheckable(true);
    mSnapAction->setChecked(mScene->snapToGrid());
    mSnapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(mSnapAction, &QAction::toggled, mScene, &DiagramScene::setSnapToGrid);
    menu->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        menu->addAction(d->toggleViewAction());
    menu->addSeparator();
    menu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(mFileActions->newAction());
    bar->addAction(mFileActions->openAction());
    bar->addAction(mFileActions->saveAction());
    bar->addSeparator();
    bar->addAction(mEditActions->undoAction());
    bar->addAction(mEditActions->redoAction());
    bar->addSeparator();
    bar->addActions(mViewMenu->actions().mid(0, 3));
    mViewMenu->insertAction(mViewMenu->actions().value(mViewMenu->actions().size() - 2), bar->toggleViewAction());
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

bool MainWindow::recover(const Autosaver::Entry &entry, QString *error)
{
    auto data = Autosaver::read(entry, error);
    if (!data)
        return false;
    mDocument->loadData(std::move(*data), entry.originalFile);
    // Unsaved changes to the original file: modified until saved, even after undoing to here.
    mDocument->undoStack()->resetClean();
    // Our own recovery copy first, then the old one goes (they may share a name).
    mAutosaver->saveNow();
    if (QFileInfo(mAutosaver->recoveryFile()).completeBaseName() != entry.key)
        Autosaver::remove(entry);
    return true;
}

void MainWindow::applyPreferences(const Preferences &p, const Preferences *changedFrom)
{
    if (!changedFrom || changedFrom->snapToGrid != p.snapToGrid)
        mSnapAction->setChecked(p.snapToGrid);
    mAutosaver->setInterval(p.autosaveSeconds);
    mFileActions->setMaxRecent(p.recentFiles);
}

void MainWindow::showPreferences()
{
    const Preferences before = Preferences::load();
    PreferencesDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences after = dialog.preferences();
    after.save();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(w))
            window->applyPreferences(after, &before);
    }
}

void MainWindow::resetLayout()
{
    restoreState(mDefaultState, kStateVersion);
    applyDefaultSizes();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mFileActions->maybeSave()) {
        event->ignore();
        return;
    }
    mAutosaver->discard();
    saveSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    // The canvas follows the theme: a new application palette reaches the
    // window as ApplicationPaletteChange, a palette set on it as PaletteChange.
    if (event->type() == QEvent::PaletteChange)
        mScene->setColors(CanvasColors::from(QMainWindow::palette()));
    else if (event->type() == QEvent::ApplicationPaletteChange && !testAttribute(Qt::WA_SetPalette))
        mScene->setColors(CanvasColors::from(QApplication::palette()));
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    mRestored = restoreState(s.value(QStringLiteral("window/state")).toByteArray(), kStateVersion);
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState(kStateVersion));
}
