#include "presentationmode.h"

#include "canvasfocus.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "lessonplayer.h"
#include "nodeitem.h"
#include "traceplayer.h"
#include "tracesession.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QShortcut>
#include <QStatusBar>
#include <QToolBar>

namespace {
const QColor kBlack(0, 0, 0), kWhite(255, 255, 255), kYellow(0xff, 0xd6, 0x00), kGrey(0xc8, 0xc8, 0xc8);
constexpr qreal kHopMargin = 140;  // scene units around the hop: its neighbours' edges stay in view
constexpr qreal kMaxHopZoom = 2.2;
} // namespace

PresentationMode::PresentationMode(QMainWindow *window, DiagramView *view, TraceSession *trace, LessonPlayer *player,
                                   QDockWidget *lessonDock, QObject *parent)
    : QObject(parent), mWindow(window), mView(view), mTrace(trace), mPlayer(player), mLessonDock(lessonDock),
      mFocus(new CanvasFocus(view, this)), mEscape(new QShortcut(QKeySequence(Qt::Key_Escape), window))
{
    mEscape->setContext(Qt::WindowShortcut);
    mEscape->setEnabled(false);
    connect(mEscape, &QShortcut::activated, this, [this] { setActive(false); });
    connect(mEscape, &QShortcut::activatedAmbiguously, this, [this] { setActive(false); });
    mFocusLater.setSingleShot(true);
    mFocusLater.setInterval(0);
    connect(&mFocusLater, &QTimer::timeout, this, &PresentationMode::focusCurrentHop);
    const auto schedule = [this] {
        if (mActive)
            mFocusLater.start();
    };
    connect(mTrace, &TraceSession::traceChanged, this, schedule);
    connect(mTrace->player(), &TracePlayer::stepChanged, this, schedule);
}

PresentationMode::~PresentationMode() = default;

QPalette PresentationMode::palette()
{
    QPalette p;
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, kBlack);
        p.setColor(group, QPalette::WindowText, kWhite);
        p.setColor(group, QPalette::Base, kBlack);
        p.setColor(group, QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
        p.setColor(group, QPalette::Text, kWhite);
        p.setColor(group, QPalette::Button, QColor(0x14, 0x14, 0x14));
        p.setColor(group, QPalette::ButtonText, kWhite);
        p.setColor(group, QPalette::BrightText, kYellow);
        p.setColor(group, QPalette::Highlight, kYellow);
        p.setColor(group, QPalette::HighlightedText, kBlack);
        p.setColor(group, QPalette::Link, kYellow);
        p.setColor(group, QPalette::LinkVisited, kYellow);
        p.setColor(group, QPalette::ToolTipBase, kBlack);
        p.setColor(group, QPalette::ToolTipText, kWhite);
        p.setColor(group, QPalette::PlaceholderText, kGrey);
        // Frame and button edges: light enough to see on black.
        p.setColor(group, QPalette::Light, kWhite);
        p.setColor(group, QPalette::Midlight, kGrey);
        p.setColor(group, QPalette::Mid, kGrey);
        p.setColor(group, QPalette::Dark, kGrey);
        p.setColor(group, QPalette::Shadow, kBlack);
    }
    p.setColor(QPalette::Disabled, QPalette::Window, kBlack);
    p.setColor(QPalette::Disabled, QPalette::Base, kBlack);
    p.setColor(QPalette::Disabled, QPalette::Button, kBlack);
    p.setColor(QPalette::Disabled, QPalette::WindowText, kGrey);
    p.setColor(QPalette::Disabled, QPalette::Text, kGrey);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::Light, kGrey);
    p.setColor(QPalette::Disabled, QPalette::Mid, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Dark, QColor(0x80, 0x80, 0x80));
    return p;
}

CanvasColors PresentationMode::canvasColors()
{
    CanvasColors c = CanvasColors::from(palette());
    c.background = kBlack;
    c.grid = QColor(0x22, 0x22, 0x22);
    c.card = kBlack;
    c.cardBorder = kWhite;
    c.text = kWhite;
    c.mutedText = kGrey;
    c.selection = kYellow;
    c.link = kWhite;
    c.imageFill = QColor(0x10, 0x10, 0x10, 200);
    c.imageBorder = kYellow;
    c.secure = QColor(0x5c, 0xe0, 0x7a);
    c.insecure = QColor(0xff, 0x9a, 0x5d);
    c.error = QColor(0xff, 0x6b, 0x6b);
    c.warning = kYellow;
    return c;
}

void PresentationMode::setActive(bool on)
{
    if (on == mActive)
        return;
    if (on)
        enter();
    else
        leave();
    mActive = on;
    mEscape->setEnabled(on);
    mPlayer->setKeysWindowWide(on);
    emit activeChanged(on);
}

void PresentationMode::enter()
{
    auto *scene = qobject_cast<DiagramScene *>(mView->scene());
    mSaved.windowState = mWindow->windowState();
    mSaved.geometry = mWindow->saveGeometry();
    mSaved.dockState = mWindow->saveState();
    mSaved.ownPalette = mWindow->testAttribute(Qt::WA_SetPalette);
    mSaved.palette = mWindow->palette();
    mSaved.colors = scene ? scene->colors() : CanvasColors();
    mSaved.zoom = mView->zoom();
    mSaved.center = mView->mapToScene(mView->viewport()->rect().center());
    mSaved.fontScale = mPlayer->fontScale();
    mSaved.statusBar = mWindow->statusBar()->isVisible();

    for (QDockWidget *d : mWindow->findChildren<QDockWidget *>()) {
        if (d != mLessonDock)
            d->hide();
    }
    for (QToolBar *t : mWindow->findChildren<QToolBar *>())
        t->hide();
    mWindow->statusBar()->hide();
    mLessonDock->show();
    mLessonDock->raise();
    mWindow->setPalette(palette());
    if (scene)
        scene->setColors(canvasColors());
    mPlayer->setFontScale(kFontScale);
    mWindow->showFullScreen();
    // The window may not have its full-screen size yet: the screen says what it will be.
    const int width = mWindow->screen() ? mWindow->screen()->geometry().width() : mWindow->width();
    mWindow->resizeDocks({mLessonDock}, {qMax(420, width * 3 / 10)}, Qt::Horizontal);
    mFocusLater.start();
}

void PresentationMode::leave()
{
    mFocusLater.stop();
    mFocus->stop();
    mWindow->setPalette(mSaved.ownPalette ? mSaved.palette : QPalette());
    if (auto *scene = qobject_cast<DiagramScene *>(mView->scene()))
        scene->setColors(mSaved.colors);
    mPlayer->setFontScale(mSaved.fontScale);
    mWindow->setWindowState(mSaved.windowState);
    if (!(mSaved.windowState & (Qt::WindowFullScreen | Qt::WindowMaximized)))
        mWindow->restoreGeometry(mSaved.geometry);
    mWindow->restoreState(mSaved.dockState);
    mWindow->statusBar()->setVisible(mSaved.statusBar);
    mView->setZoom(mSaved.zoom);
    mView->centerOn(mSaved.center);
}

void PresentationMode::focusCurrentHop()
{
    auto *scene = qobject_cast<DiagramScene *>(mView->scene());
    if (!scene)
        return;
    const TraceTimeline &timeline = mTrace->timeline();
    const int step = mTrace->player()->step();
    NodeItem *item = nullptr;
    if (!timeline.isEmpty() && step >= 0 && step < timeline.stepCount())
        item = scene->nodeItem(timeline.step(step).node);
    // Before a request starts there is no hop: the whole drawing.
    if (item)
        mFocus->focus(item->sceneBoundingRect(), kHopMargin, kMaxHopZoom);
    else
        mFocus->focus(scene->itemsBoundingRect(), 40, 1.25);
}
