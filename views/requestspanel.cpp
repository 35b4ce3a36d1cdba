#include "requestspanel.h"

#include "canvascolors.h"
#include "commands/requestcommands.h"
#include "diagramscene.h"
#include "document.h"
#include "requestform.h"
#include "requestlistmodel.h"
#include "requestpathrow.h"
#include "routefinder.h"
#include "tracesession.h"

#include <QEvent>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

RequestsPanel::RequestsPanel(Document *document, QWidget *parent)
    : QWidget(parent), mDocument(document), mModel(new RequestListModel(document->topology(), this)),
      mView(new QTreeView(this)), mForm(new RequestForm(document, this)), mNew(new QToolButton(this)),
      mDuplicate(new QToolButton(this)), mDelete(new QToolButton(this)),
      mRun(new QToolButton(this))
{
    mView->setObjectName(QStringLiteral("requestList"));
    mView->setModel(mModel);
    mView->setRootIsDecorated(false);
    mView->setUniformRowHeights(true);
    mView->setAlternatingRowColors(true);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->setAllColumnsShowFocus(true);
    mView->header()->setStretchLastSection(true);
    const QFontMetrics fm = mView->fontMetrics();
    mView->setColumnWidth(RequestListModel::NameColumn, fm.horizontalAdvance(QLatin1Char('M')) * 12);
    mView->setColumnWidth(RequestListModel::KindColumn, fm.horizontalAdvance(tr("Synchronous callout")) + 16);
    mView->setColumnWidth(RequestListModel::ResourceColumn, fm.horizontalAdvance(QStringLiteral("PAYROLL")) + 20);
    mView->setColumnWidth(RequestListModel::OutcomeColumn, fm.horizontalAdvance(tr("Rejected")) + 40);
    mView->setTextElideMode(Qt::ElideRight);
    mView->installEventFilter(this);
    connect(mView, &QTreeView::activated, this, &RequestsPanel::runRequest);

    mNew->setText(tr("New"));
    mDuplicate->setText(tr("Duplicate"));
    mDelete->setText(tr("Delete"));
    mRun->setText(tr("Run"));
    mNew->setObjectName(QStringLiteral("newRequest"));
    mNew->setToolTip(tr("A new transaction request from the node selected on the canvas (or the first client)"));
    mDuplicate->setObjectName(QStringLiteral("duplicateRequest"));
    mDelete->setObjectName(QStringLiteral("deleteRequest"));
    mRun->setObjectName(QStringLiteral("runRequest"));
    mRun->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    mRun->setToolTip(tr("Play the request on the canvas and show its trace"));
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    for (QToolButton *b : {mNew, mDuplicate, mDelete, mRun}) {
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(mView, 1);
    leftLayout->addLayout(buttons);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(mForm);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    mView->setMinimumWidth(fm.horizontalAdvance(QLatin1Char('M')) * 12);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The form gets the width its two columns need; the list shows names and outcomes.
    splitter->setSizes({left->minimumSizeHint().width(),
                        mForm->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width()});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(mNew, &QToolButton::clicked, this, &RequestsPanel::newRequest);
    connect(mDuplicate, &QToolButton::clicked, this, &RequestsPanel::duplicateRequest);
    connect(mDelete, &QToolButton::clicked, this, &RequestsPanel::deleteRequest);
    connect(mRun, &QToolButton::clicked, this, &RequestsPanel::runRequest);
    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        mForm->showRequest(currentRequestId());
        updateButtons();
    });
    connect(mForm, &RequestForm::edited, this, [this](const Request &q, const QString &key) {
        const Request *now = mDocument->topology()->data().request(q.id);
        if (now && !SetRequestCommand::same(*now, q))
            mDocument->undoStack()->push(new SetRequestCommand(mDocument->topology(), q, key));
    });
    connect(mForm->pathRow(), &RequestPathRow::statusMessage, this, &RequestsPanel::statusMessage);
    Topology *t = document->topology();
    // What a command brings back (New, undoing Delete) is what the user looks at next.
    connect(t, &Topology::requestAdded, this, &RequestsPanel::selectRequest);
    connect(t, &Topology::resetDone, this, [this] {
        selectRequest(mModel->idAt(0));
        updateButtons();
    });
    // An edited request's last run may no longer hold, unless it is the one
    // on show: the trace session plays that one again and reports it.
    connect(t, &Topology::requestChanged, this, [this](const QString &id) {
        if (!mSession || mSession->requestId() != id)
            mModel->clearOutcome(id);
    });
    connect(t, &Topology::nodeAdded, this, &RequestsPanel::updateButtons);
    connect(t, &Topology::nodeRemoved, this, &RequestsPanel::updateButtons);
    mModel->setDark(CanvasColors::isDark(palette()));
    selectRequest(mModel->idAt(0));
    updateButtons();
}

void RequestsPanel::setScene(DiagramScene *scene)
{
    mScene = scene;
    mForm->pathRow()->setScene(scene);
}

void RequestsPanel::setTraceSession(TraceSession *session)
{
    if (mSession)
        mSession->disconnect(this);
    mSession = session;
    if (session) {
        connect(session, &TraceSession::traceChanged, this, &RequestsPanel::onTraceChanged);
        connect(session, &TraceSession::traceReplayed, this, &RequestsPanel::onTraceChanged);
    }
    updateButtons();
}

QString RequestsPanel::currentRequestId() const
{
    return mModel->idAt(mView->selectionModel()->currentIndex().row());
}

void RequestsPanel::selectRequest(const QString &id)
{
    const int row = mModel->rowOf(id);
    if (row < 0) {
        mView->selectionModel()->clearCurrentIndex();
        mForm->showRequest(QString());
    } else {
        mView->setCurrentIndex(mModel->index(row, 0));
        mView->scrollTo(mModel->index(row, 0));
        mForm->showRequest(id);  // also when the row was current already (after a reset)
    }
    updateButtons();
}

void RequestsPanel::updateButtons()
{
    const bool has = !currentRequestId().isEmpty();
    const bool nodes = !mDocument->topology()->data().nodes.isEmpty();
    mNew->setEnabled(nodes);
    mNew->setToolTip(nodes ? tr("A new transaction request from the node selected on the canvas (or the first client)")
                           : tr("Add nodes to the canvas first: a request needs a path"));
    mDuplicate->setEnabled(has);
    mDelete->setEnabled(has);
    mRun->setEnabled(has && mSession);
}

int RequestsPanel::insertionIndex() const
{
    const int row = mModel->rowOf(currentRequestId());
    return row < 0 ? -1 : row + 1;
}

void RequestsPanel::newRequest()
{
    const TopologyData &data = mDocument->topology()->data();
    if (data.nodes.isEmpty()) {
        emit statusMessage(tr("Add nodes to the canvas first: a request needs a path."));
        return;
    }
    // From the node the user points at, else from the first caller.
    QString start;
    if (const QStringList selected = mScene ? mScene->selectedNodeIds() : QStringList(); selected.size() == 1)
        start = selected.first();
    for (qsizetype i = 0; start.isEmpty() && i < data.nodes.size(); ++i) {
        if (data.nodes.at(i).kind == QLatin1String("client"))
            start = data.nodes.at(i).id;
    }
    if (start.isEmpty())
        start = data.nodes.first().id;
    Request q;
    q.id = mDocument->topology()->uniqueId(QStringLiteral("r"));
    q.label = tr("New request");
    q.kind = data.node(start)->kind == QLatin1String("ims") ? QStringLiteral("sync_callout") : QStringLiteral("transaction");
    q.path = RouteFinder(data).propose(start, q.kind);
    if (q.path.isEmpty())
        q.path = {start};
    mDocument->undoStack()->push(new AddRequestCommand(mDocument->topology(), q, insertionIndex()));
}

void RequestsPanel::duplicateRequest()
{
    const Request *current = mDocument->topology()->data().request(currentRequestId());
    if (!current)
        return;
    Request q = *current;
    q.id = mDocument->topology()->uniqueId(QStringLiteral("r"));
    q.label = tr("%1 (copy)").arg(current->label.isEmpty() ? current->id : current->label);
    mDocument->undoStack()->push(new AddRequestCommand(mDocument->topology(), q, insertionIndex()));
}

void RequestsPanel::deleteRequest()
{
    const QString id = currentRequestId();
    if (id.isEmpty())
        return;
    const int row = mModel->rowOf(id);
    mDocument->undoStack()->push(new RemoveRequestCommand(mDocument->topology(), id));
    selectRequest(mModel->idAt(qMin(row, mModel->rowCount() - 1)));
}

void RequestsPanel::runRequest()
{
    const QString id = currentRequestId();
    if (!mSession || id.isEmpty())
        return;
    mForm->pathRow()->endGesture();  // the trace overlay replaces a proposal
    mSession->showRequest(id);
}

void RequestsPanel::onTraceChanged()
{
    if (!mSession || !mSession->isActive())
        return;
    // Only the document's own request, not a lesson's ad-hoc one with the same id.
    const Request *q = mDocument->topology()->data().request(mSession->requestId());
    if (q && SetRequestCommand::same(*q, mSession->request()))
        mModel->setOutcome(q->id, mSession->trace().accepted, mSession->trace().rejectedAt);
}

bool RequestsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != mView || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key != Qt::Key_Delete && key != Qt::Key_Backspace)
        return false;
    // In the list these keys delete the request, not the canvas selection.
    event->accept();
    if (event->type() == QEvent::KeyPress)
        deleteRequest();
    return true;
}

void RequestsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        mModel->setDark(CanvasColors::isDark(palette()));
}
