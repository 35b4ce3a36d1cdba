#include "lessonplayer.h"

#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "lessonchoicebutton.h"
#include "lessonsession.h"
#include "lessonsteppage.h"
#include "lessonsummarypage.h"
#include "nodeitem.h"
#include "traceplayer.h"
#include "tracesession.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace {
QScrollArea *scrolling(QWidget *page, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}
} // namespace

LessonPlayer::LessonPlayer(TraceSession *trace, QWidget *parent) : QWidget(parent), mTrace(trace)
{
    auto *layout = new QVBoxLayout(this);
    setFocusPolicy(Qt::ClickFocus);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(10);
    mTitle = new QLabel(this);
    mTitle->setObjectName(QStringLiteral("lessonTitle"));
    mTitle->setWordWrap(true);
    mProgress = new QLabel(this);
    mProgress->setObjectName(QStringLiteral("lessonProgress"));
    mStack = new QStackedWidget(this);
    buildIdlePage();
    mStepPage = new LessonStepPage;
    mStepScroll = scrolling(mStepPage, mStack);
    mSummaryPage = new LessonSummaryPage;
    mSummaryScroll = scrolling(mSummaryPage, mStack);
    mStack->addWidget(mStepScroll);
    mStack->addWidget(mSummaryScroll);

    mNav = new QWidget(this);
    auto *nav = new QHBoxLayout(mNav);
    nav->setContentsMargins(0, 0, 0, 0);
    mBack = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), mNav);
    mNext = new QPushButton(style()->standardIcon(QStyle::SP_ArrowForward), tr("Next"), mNav);
    mBack->setObjectName(QStringLiteral("lessonBack"));
    mNext->setObjectName(QStringLiteral("lessonNext"));
    mNext->setLayoutDirection(Qt::RightToLeft);  // the arrow after the word
    nav->addWidget(mBack);
    nav->addStretch(1);
    nav->addWidget(mNext);

    layout->addWidget(mTitle);
    layout->addWidget(mProgress);
    layout->addWidget(mStack, 1);
    layout->addWidget(mNav);

    connect(mBack, &QPushButton::clicked, this, &LessonPlayer::goBack);
    connect(mNext, &QPushButton::clicked, this, &LessonPlayer::goNext);
    connect(mStepPage, &LessonStepPage::choiceClicked, this, &LessonPlayer::answer);
    connect(mSummaryPage, &LessonSummaryPage::restartClicked, this, [this] {
        if (mSession)
            mSession->restart();
    });
    connect(mSummaryPage, &LessonSummaryPage::closeClicked, this, &LessonPlayer::stop);
    // Another file replaces the lesson's topology: the lesson cannot go on.
    connect(mTrace->document()->topology(), &Topology::resetDone, this, &LessonPlayer::stop);

    addKey(QKeySequence(Qt::Key_PageDown), false, [this] { goNext(); });
    addKey(QKeySequence(Qt::Key_PageUp), false, [this] { goBack(); });
    addKey(QKeySequence(Qt::Key_Right), true, [this] { goNext(); });
    addKey(QKeySequence(Qt::Key_Left), true, [this] { goBack(); });
    addKey(QKeySequence(Qt::Key_Space), true, [this] { onSpace(); });
    for (int i = 0; i < 8; ++i)
        addKey(QKeySequence(Qt::Key_1 + i), true, [this, i] { answer(i); });
    applyFont();
    refresh();
}

LessonPlayer::~LessonPlayer() = default;

void LessonPlayer::buildIdlePage()
{
    mIdle = new QWidget(mStack);
    auto *layout = new QVBoxLayout(mIdle);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *text = new QLabel(tr("No lesson is open. A lesson walks you through a request step by step and asks "
                               "you to predict what happens before each step is shown."),
                            mIdle);
    text->setWordWrap(true);
    auto *browse = new QPushButton(tr("Choose a Lesson..."), mIdle);
    browse->setObjectName(QStringLiteral("lessonBrowse"));
    connect(browse, &QPushButton::clicked, this, &LessonPlayer::browseRequested);
    layout->addWidget(text);
    layout->addWidget(browse, 0, Qt::AlignLeft);
    layout->addStretch(1);
    mStack->addWidget(mIdle);
}

void LessonPlayer::addKey(const QKeySequence &key, bool panelOnly, const std::function<void()> &action)
{
    auto *shortcut = new QShortcut(key, this);
    shortcut->setContext(panelOnly ? Qt::WidgetWithChildrenShortcut : Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, action);
    // Another panel may bind the same key; while a lesson runs, the lesson wins.
    connect(shortcut, &QShortcut::activatedAmbiguously, this, action);
    (panelOnly ? mPanelKeys : mWindowKeys).append(shortcut);
}

void LessonPlayer::setKeysWindowWide(bool on)
{
    for (QShortcut *s : std::as_const(mPanelKeys))
        s->setContext(on ? Qt::WindowShortcut : Qt::WidgetWithChildrenShortcut);
}

void LessonPlayer::setFontScale(qreal scale)
{
    mScale = scale;
    applyFont();
}

void LessonPlayer::applyFont()
{
    mApplyingFont = true;
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * mScale);
    setFont(f);
    QFont title = f;
    title.setPointSizeF(f.pointSizeF() * 1.25);
    title.setBold(true);
    mTitle->setFont(title);
    mApplyingFont = false;
}

void LessonPlayer::start(const Lesson &lesson)
{
    delete mSession;
    mSession = new LessonSession(mTrace->document()->topology()->data(), lesson, this);
    connect(mSession, &LessonSession::stepChanged, this, &LessonPlayer::refresh);
    connect(mSession, &LessonSession::answered, this, &LessonPlayer::refresh);
    refresh();
    emit started();
    mNext->setFocus();  // the keys (Right, Space, 1..8) now drive the lesson
}

void LessonPlayer::stop()
{
    if (!mSession)
        return;
    delete mSession;
    mSession = nullptr;
    mTrace->clear();
    refresh();
    emit stopped();
}

void LessonPlayer::goNext()
{
    if (mSession)
        mSession->next();
}

void LessonPlayer::goBack()
{
    if (mSession)
        mSession->previous();
}

void LessonPlayer::answer(int choice)
{
    if (mSession && mSession->isPending())
        mSession->answer(choice);
}

void LessonPlayer::onSpace()
{
    // On an open question Space picks the focused choice, as on any button; otherwise it moves on.
    if (mSession && mSession->isPending()) {
        if (auto *choice = qobject_cast<LessonChoiceButton *>(QApplication::focusWidget()); choice && isAncestorOf(choice))
            choice->click();
        return;
    }
    goNext();
}

void LessonPlayer::refresh()
{
    for (QShortcut *s : mPanelKeys + mWindowKeys)
        s->setEnabled(mSession != nullptr);
    mNav->setVisible(mSession != nullptr);
    if (!mSession) {
        mTitle->setText(tr("Lessons"));
        mProgress->clear();
        mProgress->hide();
        mStack->setCurrentWidget(mIdle);
        return;
    }
    // Keep the keyboard in the panel when it was there: the focused choice or button may be about to go.
    QWidget *focus = QApplication::focusWidget();
    const bool keepFocus = !focus || isAncestorOf(focus);
    const int count = mSession->stepCount();
    const int current = mSession->current();
    mTitle->setText(mSession->lesson().title);
    mProgress->show();
    if (mSession->isFinished()) {
        mProgress->setText(tr("Summary of all %1 steps").arg(count));
        mSummaryPage->showSummary(*mSession);
        mStack->setCurrentWidget(mSummaryScroll);
    } else {
        mProgress->setText(mSession->isPending() ? tr("Step %1 of %2: predict first").arg(current + 1).arg(count)
                                                 : tr("Step %1 of %2").arg(current + 1).arg(count));
        mStepPage->showStep(*mSession, current);
        mStack->setCurrentWidget(mStepScroll);
        mStepScroll->verticalScrollBar()->setValue(0);
    }
    mBack->setEnabled(mSession->canGoBack());
    mNext->setEnabled(mSession->canGoNext());
    mNext->setVisible(!mSession->isFinished());
    mNext->setText(current == count - 1 ? tr("Finish") : tr("Next"));
    mNext->setToolTip(mSession->isPending() ? tr("Answer the question first") : tr("Next step (Page Down)"));
    if (keepFocus) {
        // Not on a choice while a question is open: Space would answer it by accident.
        if (mSession->isFinished())
            mSummaryPage->restartButton()->setFocus();
        else if (mNext->isEnabled())
            mNext->setFocus();
        else
            setFocus();
    }
    showOnCanvas();
}

void LessonPlayer::showOnCanvas()
{
    const LessonStop stop = mSession->shownStop();
    if (stop.isBeforeStart() || !mSession->timeline(stop.request)) {
        mTrace->clear();
    } else {
        if (mTrace->requestId() != stop.request || mTrace->timeline().isEmpty())
            mTrace->showRequest(stop.request);
        mTrace->player()->pause();
        mTrace->player()->setStep(stop.step);
    }
    const QString node = mSession->nodeOf(stop);
    if (mView && !node.isEmpty()) {
        if (auto *scene = qobject_cast<DiagramScene *>(mView->scene()); scene && scene->nodeItem(node))
            mView->ensureVisible(scene->nodeItem(node), 80, 80);
    }
    emit stopShown(node);
}

void LessonPlayer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ApplicationFontChange && !mApplyingFont)
        applyFont();
}
