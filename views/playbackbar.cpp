#include "playbackbar.h"

#include "document.h"
#include "playbackicons.h"
#include "stepcaption.h"
#include "traceplayer.h"
#include "tracesession.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace {
constexpr qreal kSpeeds[] = {0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0};
constexpr int kSpeedCount = int(std::size(kSpeeds));

// A twin of a toolbar action, carrying its keys. The toolbar's own actions
// have none, so keys typed in the request picker stay there.
QAction *canvasTwin(QAction *action, const QList<QKeySequence> &keys)
{
    auto *twin = new QAction(action->text(), action->parent());
    twin->setShortcuts(keys);
    twin->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(twin, &QAction::triggered, action, &QAction::trigger);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text(), keys.first().toString(QKeySequence::NativeText)));
    return twin;
}
} // namespace

PlaybackBar::PlaybackBar(TraceSession *session, QWidget *parent)
    : QToolBar(tr("Playback"), parent), mSession(session), mPicker(new QComboBox(this)),
      mSpeed(new QSlider(Qt::Horizontal, this)), mSpeedLabel(new QLabel(this)), mStepLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("playbackToolBar"));
    setIconSize(QSize(18, 18));
    mPicker->setObjectName(QStringLiteral("requestPicker"));
    mPicker->setToolTip(tr("The request to play through the topology"));
    mPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mPicker->setMinimumContentsLength(14);
    addWidget(mPicker);
    mRun = addAction(tr("Run"));
    mRun->setToolTip(tr("Run the chosen request and play its trace"));
    addSeparator();
    mStart = addAction(tr("To Start"));
    mBack = addAction(tr("Step Back"));
    mPlay = addAction(tr("Play"));
    mForward = addAction(tr("Step Forward"));
    mEnd = addAction(tr("To End"));
    mCanvasActions = {canvasTwin(mPlay, {Qt::Key_Space}), canvasTwin(mBack, {Qt::Key_Left, Qt::Key_PageUp}),
                      canvasTwin(mForward, {Qt::Key_Right, Qt::Key_PageDown}), canvasTwin(mStart, {Qt::Key_Home}),
                      canvasTwin(mEnd, {Qt::Key_End})};
    mCanvasActions.first()->setObjectName(QStringLiteral("playPauseShortcut"));
    mLoop = addAction(tr("Loop"));
    mLoop->setCheckable(true);
    mLoop->setToolTip(tr("Start again after the last step"));
    for (QAction *a : {mRun, mLoop}) {
        if (auto *button = qobject_cast<QToolButton *>(widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    addSeparator();
    mSpeed->setRange(0, kSpeedCount - 1);
    mSpeed->setPageStep(1);
    mSpeed->setFixedWidth(90);
    mSpeed->setToolTip(tr("Playback speed"));
    mSpeed->setValue(positionOf(1.0));
    addWidget(mSpeed);
    mSpeedLabel->setMinimumWidth(36);
    addWidget(mSpeedLabel);
    addSeparator();
    mStepLabel->setObjectName(QStringLiteral("stepLabel"));
    addWidget(mStepLabel);

    TracePlayer *player = session->player();
    connect(mRun, &QAction::triggered, this, [this] { runPicked(true); });
    connect(mPicker, &QComboBox::activated, this, [this] { runPicked(false); });
    connect(mPlay, &QAction::triggered, player, &TracePlayer::togglePlay);
    connect(mBack, &QAction::triggered, player, &TracePlayer::stepBack);
    connect(mForward, &QAction::triggered, player, &TracePlayer::stepForward);
    connect(mStart, &QAction::triggered, player, &TracePlayer::toStart);
    connect(mEnd, &QAction::triggered, player, &TracePlayer::toEnd);
    connect(mLoop, &QAction::toggled, player, &TracePlayer::setLoop);
    connect(mSpeed, &QSlider::valueChanged, this, [player](int v) { player->setSpeed(speedAt(v)); });
    connect(player, &TracePlayer::loopChanged, mLoop, &QAction::setChecked);
    connect(player, &TracePlayer::speedChanged, this, [this](qreal speed) {
        const QSignalBlocker block(mSpeed);
        mSpeed->setValue(positionOf(speed));
        updateState();
    });
    for (auto signal : {&TracePlayer::stepChanged, &TracePlayer::stepCountChanged})
        connect(player, signal, this, &PlaybackBar::updateState);
    connect(player, &TracePlayer::playingChanged, this, &PlaybackBar::updateState);
    connect(session, &TraceSession::traceChanged, this, &PlaybackBar::updateState);
    connect(session, &TraceSession::traceReplayed, this, &PlaybackBar::updateState);

    Topology *topology = session->document()->topology();
    for (auto signal : {&Topology::requestAdded, &Topology::requestRemoved, &Topology::requestChanged})
        connect(topology, signal, this, &PlaybackBar::fillPicker);
    connect(topology, &Topology::resetDone, this, &PlaybackBar::fillPicker);
    updateIcons();
    fillPicker();
    updateState();
}

qreal PlaybackBar::speedAt(int position)
{
    return kSpeeds[qBound(0, position, kSpeedCount - 1)];
}

int PlaybackBar::positionOf(qreal speed)
{
    int best = 0;
    for (int i = 1; i < kSpeedCount; ++i) {
        if (std::abs(kSpeeds[i] - speed) < std::abs(kSpeeds[best] - speed))
            best = i;
    }
    return best;
}

void PlaybackBar::changeEvent(QEvent *event)
{
    QToolBar::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

void PlaybackBar::updateIcons()
{
    using PlaybackIcons::Icon;
    const QColor ink = palette().color(QPalette::ButtonText);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    mPauseShown = mSession->player()->isPlaying();
    const Icon play = mPauseShown ? Icon::Pause : Icon::Play;
    const QList<std::pair<QAction *, Icon>> icons{{mStart, Icon::Start}, {mBack, Icon::Back}, {mPlay, play},
                                                  {mForward, Icon::Forward}, {mEnd, Icon::End}, {mLoop, Icon::Loop}};
    for (const auto &[action, icon] : icons)
        action->setIcon(PlaybackIcons::icon(icon, ink));
    // The menu shows the canvas twins: the same pictures.
    for (int i = 0; i < 5; ++i)
        mCanvasActions.at(i)->setIcon(QList<QAction *>{mPlay, mBack, mForward, mStart, mEnd}.at(i)->icon());
    mRun->setIcon(PlaybackIcons::icon(Icon::Run, dark ? QColor(0x4c, 0xb8, 0x6c) : QColor(0x1f, 0x8a, 0x45)));
}

QString PlaybackBar::stepText() const
{
    return mStepLabel->text();
}

void PlaybackBar::fillPicker()
{
    const QString current = mSession->isActive() ? mSession->requestId() : mPicker->currentData().toString();
    const QSignalBlocker block(mPicker);
    mPicker->clear();
    for (const Request &r : mSession->document()->topology()->data().requests) {
        mPicker->addItem(r.id, r.id);
        mPicker->setItemData(mPicker->count() - 1, r.label, Qt::ToolTipRole);
    }
    mPicker->setCurrentIndex(qMax(0, mPicker->findData(current)));
    updateState();
}

void PlaybackBar::runPicked(bool play)
{
    const QString id = mPicker->currentData().toString();
    if (id.isEmpty())
        return;
    mSession->showRequest(id);
    if (play)
        mSession->player()->play();
}

void PlaybackBar::updateState()
{
    const TracePlayer *player = mSession->player();
    const bool active = mSession->isActive() && player->stepCount() > 0;
    mRun->setEnabled(mPicker->count() > 0);
    mPicker->setEnabled(mPicker->count() > 0);
    // Disabled with nothing shown: the canvas's own keys (nudge, space to pan) work again.
    for (QAction *a : {mPlay, mBack, mForward, mStart, mEnd})
        a->setEnabled(active);
    for (QAction *a : std::as_const(mCanvasActions))
        a->setEnabled(active);
    const QString playText = player->isPlaying() ? tr("Pause") : tr("Play");
    for (QAction *a : {mPlay, mCanvasActions.first()})
        a->setText(playText);
    if (mPauseShown != player->isPlaying())
        updateIcons();
    mPlay->setToolTip(tr("%1 (Space)").arg(playText));
    mSpeedLabel->setText(tr("%1×").arg(QLocale().toString(player->speed(), 'g', 3)));
    if (mSession->isActive() && !mSession->requestId().isEmpty()) {
        const QSignalBlocker block(mPicker);
        const int index = mPicker->findData(mSession->requestId());
        if (index >= 0)
            mPicker->setCurrentIndex(index);
    }
    mStepLabel->setText(active ? StepCaption::caption(mSession->timeline(), player->step(),
                                                      mSession->document()->topology()->data())
                               : tr("No request shown"));
}
