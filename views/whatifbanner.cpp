#include "whatifbanner.h"

#include "canvascolors.h"
#include "document.h"
#include "tracecomparison.h"
#include "tracepainter.h"
#include "tracesession.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QUndoStack>

namespace {
constexpr int kMargin = 8;       // from the canvas edges
constexpr int kMaxWidth = 980;   // a long line wraps rather than spanning a wide screen
} // namespace

WhatIfBanner::WhatIfBanner(QWidget *parent)
    : QFrame(parent), mIcon(new QLabel(this)), mLabel(new QLabel(this)), mDismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("whatIfBanner"));
    setFrameShape(QFrame::StyledPanel);
    mIcon->setObjectName(QStringLiteral("whatIfTag"));
    mIcon->setText(tr("What-if"));
    mIcon->setAlignment(Qt::AlignTop);
    QFont bold = mIcon->font();
    bold.setBold(true);
    mIcon->setFont(bold);
    mLabel->setWordWrap(true);
    mLabel->setTextFormat(Qt::RichText);
    mLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mLabel->setMaximumHeight(mLabel->fontMetrics().lineSpacing() * 3 + 4);
    mDismiss->setText(tr("Dismiss"));
    mDismiss->setToolTip(tr("Hide this comparison and the marks of changed hops"));
    mDismiss->setAutoRaise(true);
    connect(mDismiss, &QToolButton::clicked, this, &WhatIfBanner::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 5, 4, 5);
    layout->setSpacing(8);
    layout->addWidget(mIcon, 0, Qt::AlignTop);
    layout->addWidget(mLabel, 1);
    layout->addWidget(mDismiss, 0, Qt::AlignTop);
    updateStyle();
    hide();
}

void WhatIfBanner::setSession(TraceSession *session)
{
    if (mSession)
        disconnect(mSession, nullptr, this, nullptr);
    if (mStack)
        disconnect(mStack, nullptr, this, nullptr);
    mSession = session;
    mStack = session ? session->document()->undoStack() : nullptr;
    if (!session)
        return;
    mUndoIndex = mStack->index();
    connect(mStack, &QUndoStack::indexChanged, this, &WhatIfBanner::onUndoIndex);
    connect(session, &TraceSession::traceReplayed, this, [this](const Trace &before, const Trace &after) {
        const TraceComparison comparison(before, after, &mSession->document()->topology()->data());
        showComparison(comparison, lastChange());
        mStackMoved = false;
    });
    connect(session, &TraceSession::whatIfDismissed, this, &WhatIfBanner::hideBanner);
    connect(session, &TraceSession::traceChanged, this, &WhatIfBanner::hideBanner);
}

void WhatIfBanner::onUndoIndex(int index)
{
    mUndone = index < mUndoIndex;
    mUndoIndex = index;
    mStackMoved = true;
}

// The undo step behind the replay: the one just done, or the one just undone.
QString WhatIfBanner::lastChange() const
{
    if (!mStack || !mStackMoved)
        return tr("After the last change");
    if (mUndone)
        return tr("Undo %1").arg(mStack->text(mUndoIndex));
    return mStack->text(mUndoIndex - 1);
}

void WhatIfBanner::showComparison(const TraceComparison &comparison, const QString &change)
{
    const QString summary = comparison.summary();
    mText = change.isEmpty() ? summary : tr("%1: %2").arg(change, summary);
    mDetails = comparison.consequences();
    mChanged = comparison.changedNodes();
    mLabel->setText(change.isEmpty() ? summary.toHtmlEscaped()
                                     : QStringLiteral("<b>%1:</b> %2").arg(change.toHtmlEscaped(), summary.toHtmlEscaped()));
    mLabel->setToolTip(mDetails.isEmpty() ? mText : QStringLiteral("• ") + mDetails.join(QStringLiteral("\n• ")));
    emit changedNodesChanged(mChanged);
    show();
    raise();
    place();
}

void WhatIfBanner::dismiss()
{
    if (mSession && mSession->previousTrace())
        mSession->dismissWhatIf();  // comes back through whatIfDismissed
    else
        hideBanner();
}

void WhatIfBanner::hideBanner()
{
    const bool hadMarks = !mChanged.isEmpty();
    mChanged.clear();
    mText.clear();
    mDetails.clear();
    hide();
    if (hadMarks)
        emit changedNodesChanged(mChanged);
}

QString WhatIfBanner::text() const { return isHidden() ? QString() : mText; }

QStringList WhatIfBanner::details() const { return mDetails; }

void WhatIfBanner::attachTo(QWidget *host)
{
    if (mHost) {
        mHost->removeEventFilter(this);
        if (auto *scroll = qobject_cast<QAbstractScrollArea *>(mHost.data()))
            scroll->viewport()->removeEventFilter(this);
    }
    mHost = host;
    if (parentWidget() != host)
        setParent(host);
    host->installEventFilter(this);
    // Scroll bars coming and going resize the viewport, not the host.
    if (auto *scroll = qobject_cast<QAbstractScrollArea *>(host))
        scroll->viewport()->installEventFilter(this);
    place();
}

bool WhatIfBanner::eventFilter(QObject *watched, QEvent *event)
{
    const bool host = watched == mHost || (mHost && watched->parent() == mHost);
    if (host && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        place();
    return QFrame::eventFilter(watched, event);
}

void WhatIfBanner::place()
{
    if (!mHost || isHidden())
        return;
    // Inside a scroll area's viewport, clear of its scroll bars.
    QRect area = mHost->rect();
    if (auto *scroll = qobject_cast<QAbstractScrollArea *>(mHost.data()))
        area = scroll->viewport()->geometry();
    const int width = qMin(kMaxWidth, area.width() - 2 * kMargin);
    const int height = heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height();
    setGeometry(area.left() + (area.width() - width) / 2, area.top() + kMargin, width, height);
}

void WhatIfBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateStyle();
}

// The what-if colour of the canvas halos on the left edge and in the tag, so
// banner and marks read as one.
void WhatIfBanner::updateStyle()
{
    // From the application's palette: the style sheet changes this widget's own.
    const QPalette app = QApplication::palette();
    const bool dark = CanvasColors::isDark(app);
    const QColor accent = TracePainter::changedColor(CanvasColors::from(app));
    const QColor back = dark ? QColor(0x2d, 0x27, 0x36) : QColor(0xfb, 0xf5, 0xff);
    const QString sheet = QStringLiteral("QFrame#whatIfBanner { background: %1; border: 1px solid %2; "
                                         "border-left: 5px solid %2; border-radius: 3px; } "
                                         "QFrame#whatIfBanner QLabel { color: %3; } QLabel#whatIfTag { color: %2; }")
                              .arg(back.name(), accent.name(), app.color(QPalette::WindowText).name());
    // A new style sheet changes the palette again: set it only when it differs.
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}
