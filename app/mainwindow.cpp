#include "mainwindow.h"

#include "accessmatrixdialog.h"
#include "arrangecommand.h"
#include "canvascolors.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "domaineditor.h"
#include "editactions.h"
#include "fileactions.h"
#include "findingspanel.h"
#include "lessonbrowser.h"
#include "lessonplayer.h"
#include "nodeicons.h"
#include "palettewidget.h"
#include "preferencesdialog.h"
#include "presentationmode.h"
#include "propertyeditor.h"
#include "requestspanel.h"
#include "reviewrunner.h"
#include "playbackbar.h"
#include "comparedialog.h"
#include "traceinspector.h"
#include "traceoverlay.h"
#include "whatifbanner.h"
#include "tracesession.h"

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
#include <QTimer>
#include <QToolBar>

namespace {
constexpr int kStateVersion = 3;  // bump when the docks change, so old layouts are not restored
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
    mTraceSession = new TraceSession(mDocument, this);
    createDocks();
    createViewMenu();
    menuBar()->addMenu(mSimulateMenu);
    createToolBar();
    createPlayback();
    mSimulateMenu->addSeparator();
    mSimulateMenu->addAction(tr("Access &Matrix..."), this, [this] {
        // One non-modal window per main window, raised when asked again.
        auto *dialog = findChild<AccessMatrixDialog *>();
        if (!dialog)
            dialog = new AccessMatrixDialog(mDocument, this);
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
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
    createLessonPanel();
    createInspector();
    createRequestsDock();
}

// The requests of the document under the canvas, a tab beside the findings:
// the list and the form want the canvas's width, not a side panel's.
void MainWindow::createRequestsDock()
{
    mRequests = new RequestsPanel(mDocument, this);
    mRequests->setScene(mScene);
    mRequests->setTraceSession(mTraceSession);
    QDockWidget *requestsDock = addDock(mRequests, tr("Requests"), QStringLiteral("requestsDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(dock(QStringLiteral("findingsDock")), requestsDock);
    dock(QStringLiteral("findingsDock"))->raise();
    connect(mRequests, &RequestsPanel::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
}

// The trace inspector under the canvas beside the findings, the what-if
// banner over the canvas; both follow the trace session.
void MainWindow::createInspector()
{
    mInspector = new TraceInspector(this);
    mInspector->setSession(mTraceSession);
    QDockWidget *inspectorDock = addDock(mInspector, tr("Trace Inspector"), QStringLiteral("inspectorDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(dock(QStringLiteral("findingsDock")), inspectorDock);
    dock(QStringLiteral("findingsDock"))->raise();
    // A request just started: its trace comes to the front unless the inspector
    // was closed, the first time with room for a hop's checks where the canvas can spare it.
    connect(mTraceSession, &TraceSession::traceChanged, inspectorDock, [this, inspectorDock, sized = false]() mutable {
        // Not isVisible(): a dock behind another tab is hidden but still open.
        if (!mTraceSession->isActive() || !inspectorDock->toggleViewAction()->isChecked())
            return;
        inspectorDock->raise();
        if (sized || inspectorDock->isFloating())
            return;
        sized = true;
        // After the raise is laid out, when the heights are the tab's.
        QTimer::singleShot(0, inspectorDock, [this, inspectorDock] {
            const int grow = 300 - inspectorDock->height();
            if (grow > 0 && mView->height() - grow >= 420)
                resizeDocks({inspectorDock}, {300}, Qt::Vertical);
        });
    });
    mWhatIf = new WhatIfBanner(mView);
    mWhatIf->attachTo(mView);
    mWhatIf->setSession(mTraceSession);
    connect(mWhatIf, &WhatIfBanner::changedNodesChanged, this, [this](const QSet<QString> &nodes) {
        if (mTraceOverlay)
            mTraceOverlay->setChangedNodes(nodes);
    });
    mSimulateMenu->addAction(tr("&Compare Requests..."), this, [this] {
        CompareDialog dialog(mDocument->topology()->data(), this);
        dialog.exec();
    });
    mSimulateMenu->addAction(tr("Show &Trace Inspector"), this, [inspectorDock] {
        inspectorDock->show();
        inspectorDock->raise();
    });
}

void MainWindow::createLessonPanel()
{
    mLessonPlayer = new LessonPlayer(mTraceSession, this);
    mLessonPlayer->setView(mView);
    QDockWidget *lessonDock = addDock(mLessonPlayer, tr("Lesson"), QStringLiteral("lessonDock"), Qt::RightDockWidgetArea);
    lessonDock->hide();
    connect(mLessonPlayer, &LessonPlayer::started, lessonDock, [this, lessonDock] {
        // Shown for the first time: a tab beside the properties rather than a sliver under them.
        QDockWidget *properties = dock(QStringLiteral("propertiesDock"));
        if (lessonDock->isHidden() && !lessonDock->isFloating() && tabifiedDockWidgets(lessonDock).isEmpty()
            && dockWidgetArea(properties) == dockWidgetArea(lessonDock) && properties->isVisible())
            tabifyDockWidget(properties, lessonDock);
        lessonDock->show();
        lessonDock->raise();
        // Large type needs room: a little more than the property editor takes.
        if (!lessonDock->isFloating() && lessonDock->width() < 400)
            resizeDocks({lessonDock}, {400}, Qt::Horizontal);
    });
    connect(mLessonPlayer, &LessonPlayer::browseRequested, this, &MainWindow::showLessons);
    mLessonsAction = mSimulateMenu->addAction(tr("&Lessons..."), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::showLessons);
    mPresentation = new PresentationMode(this, mView, mTraceSession, mLessonPlayer, lessonDock, this);
    mPresentationAction = new QAction(tr("&Presentation Mode"), this);
    mPresentationAction->setCheckable(true);
    mPresentationAction->setShortcut(QKeySequence(Qt::Key_F5));
    mPresentationAction->setToolTip(tr("Full screen, high contrast, the canvas following each step (F5; Esc leaves)"));
    addAction(mPresentationAction);  // F5 still works while presenting, menus or not
    connect(mPresentationAction, &QAction::toggled, mPresentation, &PresentationMode::setActive);
    connect(mPresentation, &PresentationMode::activeChanged, mPresentationAction, &QAction::setChecked);
}

void MainWindow::showLessons()
{
    LessonBrowser browser(mDocument, this);
    if (browser.exec() != QDialog::Accepted || !browser.selected())
        return;
    browser.openEntry(*browser.selected(), mLessonPlayer, [this] { return mFileActions->maybeSave(); });
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
    // Tall enough for the request form (id, path, one page of fields) without scrolling.
    resizeDocks({dock(QStringLiteral("findingsDock"))}, {210}, Qt::Vertical);
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
    // Graphviz lays the whole diagram out; one undo step puts it all back.
    QAction *arrange = menu->addAction(tr("Arran&ge Diagram"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this, [this] {
        QString error;
        if (ArrangeCommand *command = ArrangeCommand::forScene(mScene, &error)) {
            mDocument->undoStack()->push(command);
            mScene->flushPending();
            mView->fitToContents();
        } else if (!error.isEmpty()) {
            statusBar()->showMessage(tr("Could not arrange the diagram: %1").arg(error), 6000);
        }
    });
    arrange->setObjectName(QStringLiteral("arrangeAction"));
    arrange->setStatusTip(tr("Place nodes so requests flow left to right, each z/OS image in its own frame"));
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
    menu->addAction(mPresentationAction);
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

void MainWindow::createPlayback()
{
    mTraceOverlay = new TraceOverlay(mScene, this);
    mTraceOverlay->attach(mTraceSession);
    mPlaybackBar = new PlaybackBar(mTraceSession, this);
    mPlaybackBar->setIconSize(QSize(20, 20));
    // A row of its own: the step in words needs the width.
    addToolBarBreak();
    addToolBar(mPlaybackBar);
    // The keys act on the canvas only; the menu shows them.
    mView->addActions(mPlaybackBar->canvasActions());
    if (!mSimulateMenu->isEmpty())
        mSimulateMenu->addSeparator();
    mSimulateMenu->addAction(mPlaybackBar->runAction());
    mSimulateMenu->addActions(mPlaybackBar->canvasActions());
    mSimulateMenu->addAction(mPlaybackBar->loopAction());
    mViewMenu->insertAction(mViewMenu->actions().value(mViewMenu->actions().size() - 2), mPlaybackBar->toggleViewAction());
}

void MainWindow::createHelpMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Help"));
    menu->addAction(mLessonsAction);
    menu->addSeparator();
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
    mPresentation->setActive(false);  // the layout saved is the working one, not the full-screen one
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
