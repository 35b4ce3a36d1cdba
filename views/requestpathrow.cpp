#include "requestpathrow.h"

#include "diagramscene.h"
#include "document.h"
#include "fieldmessage.h"
#include "pathchips.h"
#include "pathpicktool.h"
#include "routefinder.h"

#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// A path the loader refuses (a missing node or link, a loop), as opposed to
// one that loads but does not play as its kind.
bool loads(const QStringList &path, const RouteFinder &routes)
{
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (routes.kindOf(path.at(i)).isEmpty() || path.indexOf(path.at(i)) != i)
            return false;
        if (i > 0 && !routes.linked(path.at(i - 1), path.at(i)))
            return false;
    }
    return !path.isEmpty();
}
} // namespace

RequestPathRow::RequestPathRow(Document *document, QWidget *parent)
    : QWidget(parent), mDocument(document), mChips(new PathChips(this)), mMessage(new FieldMessage(this)),
      mPick(new QToolButton(this)), mPropose(new QToolButton(this)),
      mDone(new QToolButton(this)), mCancel(new QToolButton(this)),
      mAccept(new QToolButton(this)), mDismiss(new QToolButton(this)), mButtons(new QWidget(this))
{
    mPick->setText(tr("Pick on Canvas"));
    mPropose->setText(tr("Propose Route"));
    mDone->setText(tr("Done"));
    mCancel->setText(tr("Cancel"));
    mAccept->setText(tr("Use This Route"));
    mDismiss->setText(tr("Dismiss"));
    mChips->setObjectName(QStringLiteral("pathChips"));
    mMessage->setObjectName(QStringLiteral("pathMessage"));
    mPick->setObjectName(QStringLiteral("pickPath"));
    mPick->setCheckable(true);
    mPick->setToolTip(tr("Click the nodes of the path on the canvas, in order; only nodes linked to the previous "
                         "one are taken. Backspace removes the last, Enter keeps the path, Escape cancels."));
    mPropose->setObjectName(QStringLiteral("proposeRoute"));
    mPropose->setToolTip(tr("Proposes the shortest route from the path's first node (or from the nodes picked so far) "
                            "to the nearest node that serves this kind of request"));
    mDone->setObjectName(QStringLiteral("pickDone"));
    mCancel->setObjectName(QStringLiteral("pickCancel"));
    mAccept->setObjectName(QStringLiteral("acceptRoute"));
    mDismiss->setObjectName(QStringLiteral("dismissRoute"));
    auto *buttons = new QHBoxLayout(mButtons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(4);
    for (QToolButton *b : {mPick, mPropose, mDone, mCancel, mAccept, mDismiss}) {
        b->setParent(mButtons);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(b);
    }
    auto *line = new QHBoxLayout;
    line->setSpacing(6);
    auto *label = new QLabel(tr("Path:"), this);
    label->setFixedHeight(fontMetrics().height() + 8);  // level with the first line of chips
    line->addWidget(label, 0, Qt::AlignTop | Qt::AlignLeft);
    line->addWidget(mChips, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(line);
    layout->addWidget(mMessage);

    connect(mPick, &QToolButton::clicked, this, [this](bool on) { on ? startPicking() : endGesture(); });
    connect(mPropose, &QToolButton::clicked, this, &RequestPathRow::propose);
    connect(mDone, &QToolButton::clicked, this, [this] {
        if (mTool)
            mTool->finish();
    });
    connect(mCancel, &QToolButton::clicked, this, &RequestPathRow::endGesture);
    connect(mAccept, &QToolButton::clicked, this, &RequestPathRow::acceptProposal);
    connect(mDismiss, &QToolButton::clicked, this, &RequestPathRow::endGesture);
    updateButtons();
}

RequestPathRow::~RequestPathRow()
{
    if (mTool && mScene)
        mTool->cancel();
}

void RequestPathRow::setScene(DiagramScene *scene)
{
    endGesture();
    mScene = scene;
    updateButtons();
}

bool RequestPathRow::isPicking() const { return mTool && mTool->isRunning(); }

void RequestPathRow::setRequest(const Request *request)
{
    if (!request || !mHasRequest || request->id != mRequest.id || request->kind != mRequest.kind)
        endGesture();
    mHasRequest = request != nullptr;
    mRequest = request ? *request : Request();
    if (!isPicking() && !isProposing())
        showSaved();
    updateButtons();
}

void RequestPathRow::showSaved()
{
    const TopologyData &data = mDocument->topology()->data();
    mChips->setPath(mHasRequest ? mRequest.path : QStringList(), data);
    mMessage->clear();
    if (!mHasRequest)
        return;
    const RouteFinder routes(data);
    QString why;
    if (!loads(mRequest.path, routes)) {
        routes.isValid(mRequest.path, mRequest.kind, &why);
        mMessage->setMessage(FieldMessage::Kind::Error, tr("The file will not load with this path: %1.").arg(why));
    } else if (!routes.isValid(mRequest.path, mRequest.kind, &why)) {
        mMessage->setMessage(FieldMessage::Kind::Warning, tr("This path will not play as it should: %1.").arg(why));
    }
}

void RequestPathRow::updateButtons()
{
    const bool picking = isPicking();
    mPick->setEnabled(mHasRequest && mScene);
    mPick->setChecked(picking);
    mPropose->setEnabled(mHasRequest);
    mPropose->setVisible(!isProposing());
    mDone->setVisible(picking);
    mCancel->setVisible(picking);
    mAccept->setVisible(isProposing());
    mDismiss->setVisible(isProposing());
}

void RequestPathRow::startPicking()
{
    if (!mHasRequest || !mScene)
        return;
    endGesture();
    mTool = new PathPickTool(mScene, mRequest.kind, this);
    connect(mTool, &PathPickTool::pathChanged, this, [this](const QStringList &path) {
        mChips->setPath(path, mDocument->topology()->data(), PathChips::Style::Picking);
    });
    connect(mTool, &PathPickTool::refused, this, [this](const QString &why) {
        mMessage->setMessage(FieldMessage::Kind::Warning, why);
        emit statusMessage(why);
    });
    connect(mTool, &PathPickTool::finished, this, &RequestPathRow::onPickFinished);
    connect(mTool, &PathPickTool::cancelled, this, [this] {
        std::exchange(mTool, nullptr)->deleteLater();
        showSaved();
        updateButtons();
    });
    mTool->start();
    mMessage->setMessage(FieldMessage::Kind::Info, tr("Click the nodes on the canvas in order. Backspace removes the "
                                                      "last one, Enter or Done keeps the path, Escape cancels."));
    updateButtons();
    // The keys go to the canvas, where the clicks are.
    if (QGraphicsView *view = mScene->views().value(0))
        view->setFocus();
}

void RequestPathRow::onPickFinished(const QStringList &path)
{
    std::exchange(mTool, nullptr)->deleteLater();
    showSaved();
    updateButtons();
    if (path.isEmpty())
        emit statusMessage(tr("No node picked: the path is unchanged."));
    else if (path != mRequest.path)
        emit pathCommitted(path);
}

QString RequestPathRow::proposalStart(QStringList *prefix) const
{
    if (isPicking() && !mTool->path().isEmpty()) {
        *prefix = mTool->path();
        return prefix->last();
    }
    const TopologyData &data = mDocument->topology()->data();
    if (!mRequest.path.isEmpty() && data.node(mRequest.path.first()))
        return mRequest.path.first();
    const QStringList selected = mScene ? mScene->selectedNodeIds() : QStringList();
    return selected.size() == 1 ? selected.first() : QString();
}

void RequestPathRow::propose()
{
    if (!mHasRequest)
        return;
    QStringList prefix;
    const QString from = proposalStart(&prefix);
    if (from.isEmpty()) {
        mMessage->setMessage(FieldMessage::Kind::Warning, tr("Select the node to start from on the canvas."));
        return;
    }
    const RouteFinder routes(mDocument->topology()->data());
    QSet<QString> avoid(prefix.cbegin(), prefix.cend());
    avoid.remove(from);
    const QStringList route = routes.propose(from, mRequest.kind, avoid);
    if (route.isEmpty()) {
        const QString problem = routes.startProblem(from, mRequest.kind);
        mMessage->setMessage(FieldMessage::Kind::Warning,
                             problem.isEmpty() ? tr("No route from %1 reaches a node that serves a %2 request.").arg(from, mRequest.kind)
                                               : problem.at(0).toUpper() + problem.mid(1) + QLatin1Char('.'));
        return;
    }
    const QStringList full = prefix.isEmpty() ? route : prefix + route.mid(1);
    endGesture();
    if (full == mRequest.path) {
        mMessage->setMessage(FieldMessage::Kind::Info, tr("The path is already the shortest route for this kind of request."));
        return;
    }
    mProposal = full;
    mChips->setPath(full, mDocument->topology()->data(), PathChips::Style::Proposed);
    if (mScene)
        mScene->showPath(full, PathOverlayItem::Style::Proposed);
    mMessage->setMessage(FieldMessage::Kind::Info, tr("Proposed: the shortest route from %1 to %2, dashed on the canvas. "
                                                      "Use This Route applies it; Undo takes it back.").arg(full.first(), full.last()));
    updateButtons();
}

void RequestPathRow::acceptProposal()
{
    const QStringList path = std::exchange(mProposal, {});
    if (mScene)
        mScene->showPath({});
    showSaved();
    updateButtons();
    if (!path.isEmpty())
        emit pathCommitted(path);
}

void RequestPathRow::endGesture()
{
    if (mTool)
        mTool->cancel();  // its handler tidies up
    if (!mProposal.isEmpty()) {
        mProposal.clear();
        if (mScene)
            mScene->showPath({});
        showSaved();
    }
    updateButtons();
}
