#include "traceinspector.h"

#include "checkglyph.h"
#include "document.h"
#include "hopdetailswidget.h"
#include "resultfilterbar.h"
#include "tracecomparison.h"
#include "traceeventfilter.h"
#include "traceeventmodel.h"
#include "traceoutcome.h"
#include "traceplayer.h"
#include "tracesession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

TraceInspector::TraceInspector(QWidget *parent)
    : QWidget(parent), mModel(new TraceEventModel(this)), mFilter(new TraceEventFilter(this)), mView(new QTreeView(this)),
      mDetails(new HopDetailsWidget(this)), mFilterBar(new ResultFilterBar(this)), mSearch(new QLineEdit(this)),
      mOutcomeIcon(new QLabel(this)), mOutcome(new QLabel(this)), mEmpty(new QLabel(this)), mStack(new QStackedWidget(this))
{
    mFilter->setSourceModel(mModel);
    mView->setModel(mFilter);
    mView->setUniformRowHeights(true);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->setAllColumnsShowFocus(true);
    mView->setExpandsOnDoubleClick(false);
    mView->header()->setStretchLastSection(true);
    // Room for a usual node label beside its icon and indentation, and for the longest result text.
    const QFontMetrics fm = fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    mView->setColumnWidth(TraceEventModel::EventColumn, fm.horizontalAdvance(QStringLiteral("IMS Connect HWS1")) + 56);
    mView->setColumnWidth(TraceEventModel::ResultColumn, fm.horizontalAdvance(tr("Rejected here")) + 34);
    mView->setColumnWidth(TraceEventModel::ChangeColumn, fm.horizontalAdvance(tr("now reached")) + 16);
    mView->setColumnHidden(TraceEventModel::ChangeColumn, true);
    connect(mView->selectionModel(), &QItemSelectionModel::currentChanged, this, &TraceInspector::onCurrentChanged);
    connect(mDetails, &HopDetailsWidget::checkSelected, this, &TraceInspector::onDetailsCheck);
    // A new filter or search keeps the tree open.
    connect(mFilter, &QAbstractItemModel::modelReset, mView, &QTreeView::expandAll);
    connect(mFilter, &QAbstractItemModel::layoutChanged, mView, &QTreeView::expandAll);
    connect(mFilter, &QAbstractItemModel::rowsInserted, mView, &QTreeView::expandAll);

    connect(mFilterBar, &ResultFilterBar::resultChanged, this, &TraceInspector::setResultFilter);
    mSearch->setPlaceholderText(tr("Search nodes, rules, details"));
    mSearch->setClearButtonEnabled(true);
    mSearch->setMinimumWidth(em * 12);
    mSearch->setMaximumWidth(em * 20);
    connect(mSearch, &QLineEdit::textChanged, this, &TraceInspector::setSearchText);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(2);
    leftLayout->addWidget(mFilterBar);
    leftLayout->addWidget(mView, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(mDetails);
    split->setSizes({500, 600});  // proportions: the splitter scales them to its width
    split->setChildrenCollapsible(false);

    mEmpty->setWordWrap(true);
    mEmpty->setAlignment(Qt::AlignCenter);
    mEmpty->setText(emptyText());
    mStack->addWidget(mEmpty);
    mStack->addWidget(split);

    mOutcome->setTextFormat(Qt::RichText);
    mOutcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    header->addWidget(mOutcomeIcon);
    header->addWidget(mOutcome, 1);
    header->addWidget(mSearch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(mStack, 1);
    updateIcons();
    showNoTrace();
}

QString TraceInspector::emptyText() const
{
    return tr("No request is being traced. Run a request from the Simulate menu to follow its identity hop by hop; "
              "every check it meets appears here.");
}

void TraceInspector::setSession(TraceSession *session)
{
    if (mSession)
        disconnect(mSession, nullptr, this, nullptr);
    mSession = session;
    if (!session)
        return;
    connect(session, &TraceSession::traceChanged, this, &TraceInspector::reloadFromSession);
    connect(session, &TraceSession::traceReplayed, this, &TraceInspector::onReplayed);
    connect(session, &TraceSession::whatIfDismissed, this, [this] { setComparison(nullptr); });
    connect(session->player(), &TracePlayer::stepChanged, this, &TraceInspector::onStep);
    reloadFromSession();
}

void TraceInspector::reloadFromSession()
{
    if (!mSession || !mSession->isActive() || mSession->timeline().isEmpty()) {
        showNoTrace();
        return;
    }
    showTrace(mSession->trace(), &mSession->document()->topology()->data(), &mSession->request());
    onStep(mSession->player()->step());
}

// The same hop and check stay selected across the replay when they still exist.
void TraceInspector::onReplayed()
{
    const QModelIndex current = mFilter->mapToSource(mView->currentIndex());
    const QString node = current.data(TraceEventModel::NodeRole).toString();
    const int check = current.isValid() ? current.data(TraceEventModel::CheckRole).toInt() : -1;
    reloadFromSession();
    if (const Trace *before = mSession->previousTrace()) {
        const TraceComparison comparison(*before, mSession->trace(), &mSession->document()->topology()->data());
        setComparison(&comparison);
    }
    restoreSelection(node, check);
}

void TraceInspector::showTrace(const Trace &trace, const TopologyData *topology, const Request *request)
{
    const QSignalBlocker block(mView->selectionModel());
    mModel->setTrace(trace, topology);
    mView->setColumnHidden(TraceEventModel::ChangeColumn, true);
    mView->expandAll();
    mStack->setCurrentIndex(1);
    mDetails->showNothing(tr("Select a hop or a check to see what arrived, what left and why."));
    updateOutcome(request);
}

void TraceInspector::showNoTrace()
{
    mModel->clear();
    mStack->setCurrentIndex(0);
    mDetails->showNothing(QString());
    mOutcomeIcon->clear();
    mOutcomeText.clear();
    mOutcome->setText(tr("<i>No trace</i>"));
}

void TraceInspector::setComparison(const TraceComparison *comparison)
{
    const QModelIndex current = mFilter->mapToSource(mView->currentIndex());
    const QString node = current.data(TraceEventModel::NodeRole).toString();
    const int check = current.isValid() ? current.data(TraceEventModel::CheckRole).toInt() : -1;
    {
        const QSignalBlocker block(mView->selectionModel());
        mModel->setComparison(comparison);
    }
    mView->setColumnHidden(TraceEventModel::ChangeColumn, comparison == nullptr);
    mView->expandAll();
    restoreSelection(node, check);
}

void TraceInspector::restoreSelection(const QString &node, int check)
{
    const Trace &t = mModel->trace();
    for (int h = 0; h < t.hops.size() && !node.isEmpty(); ++h) {
        if (t.hops.at(h).node == node) {
            const QScopedValueRollback<bool> guard(mSyncing, true);
            selectCheck(h, check < t.hops.at(h).checks.size() ? check : -1);
            return;
        }
    }
}

void TraceInspector::setCurrentHop(int hop) { mModel->setCurrentHop(hop); }

void TraceInspector::setResultFilter(const QString &result)
{
    mFilterBar->setResult(result);  // comes back here through resultChanged when it changes
    mFilter->setResult(result);
    mView->expandAll();
}

QString TraceInspector::resultFilter() const { return mFilter->result(); }

void TraceInspector::setSearchText(const QString &text)
{
    if (mSearch->text() != text)
        mSearch->setText(text);  // comes back here through textChanged
    mFilter->setText(text);
    mView->expandAll();
}

QToolButton *TraceInspector::filterButton(const QString &result) const { return mFilterBar->button(result); }

bool TraceInspector::hasTrace() const { return mModel->hasTrace(); }

QString TraceInspector::outcomeText() const { return mOutcomeText; }

int TraceInspector::selectedHop() const
{
    const QModelIndex i = mView->currentIndex();
    return i.isValid() ? i.data(TraceEventModel::HopRole).toInt() : -1;
}

int TraceInspector::selectedCheck() const
{
    const QModelIndex i = mView->currentIndex();
    return i.isValid() ? i.data(TraceEventModel::CheckRole).toInt() : -1;
}

bool TraceInspector::selectCheck(int hop, int check)
{
    const QModelIndex source = check < 0 ? mModel->hopIndex(hop) : mModel->checkIndex(hop, check);
    const QModelIndex index = mFilter->mapFromSource(source);
    if (!index.isValid())
        return false;
    mView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    mView->scrollTo(index);
    return true;
}

// The player moved: bold its hop, and select it unless the selection is already there.
void TraceInspector::onStep(int step)
{
    if (!mSession || step < 0 || step >= mSession->timeline().stepCount())
        return;
    const int hop = mSession->timeline().step(step).hop;
    mModel->setCurrentHop(hop);
    if (mSyncing || selectedHop() == hop)
        return;
    const QScopedValueRollback<bool> guard(mSyncing, true);
    // At the stop where the request is refused, the failing check is what
    // the reader wants explained: select it rather than the hop.
    int failing = -1;
    if (mSession->timeline().step(step).failed) {
        const QList<Check> &checks = mSession->trace().hops.at(hop).checks;
        for (int i = 0; i < checks.size() && failing < 0; ++i)
            failing = checks.at(i).result == Check::Result::Fail ? i : -1;
    }
    if (failing < 0 || !selectCheck(hop, failing))
        selectCheck(hop, -1);
}

void TraceInspector::onCurrentChanged()
{
    const QModelIndex index = mView->currentIndex();
    if (!index.isValid())
        return;
    const int hop = index.data(TraceEventModel::HopRole).toInt();
    {
        // The details follow the tree here, not the other way round.
        const QSignalBlocker block(mDetails);
        if (mDetails->hop() != hop)
            mDetails->showHop(mModel->trace(), hop, mModel->nodeLabel(mModel->trace().hops.at(hop).node), mModel->kindName(hop));
        mDetails->selectCheck(index.data(TraceEventModel::CheckRole).toInt());
    }
    const QString node = index.data(TraceEventModel::NodeRole).toString();
    if (mSyncing)
        return;
    emit hopSelected(node);
    if (mSession) {
        const int step = mSession->timeline().stepOf(node, TimelineStep::Phase::Arrive);
        const QScopedValueRollback<bool> guard(mSyncing, true);
        if (step >= 0 && mSession->timeline().step(mSession->player()->step()).hop != hop)
            mSession->player()->setStep(step);
    }
}

// A check picked in the details table selects its row in the tree.
void TraceInspector::onDetailsCheck(int check)
{
    const int hop = mDetails->hop();
    if (hop >= 0 && !selectCheck(hop, check) && check >= 0)
        selectCheck(hop, -1);
}

void TraceInspector::updateOutcome(const Request *request)
{
    const Trace &t = mModel->trace();
    mOutcomeText = TraceOutcome::text(t, request, [this](const QString &node) { return mModel->nodeLabel(node); });
    mOutcome->setText(QStringLiteral("<b>%1</b>").arg(mOutcomeText.toHtmlEscaped()));
    mOutcome->setToolTip(request && !request->label.isEmpty() ? request->label : t.request);
    mOutcomeIcon->setPixmap(CheckGlyph::icon(t.accepted ? Check::Result::Pass : Check::Result::Fail, palette()).pixmap(16, 16));
}

void TraceInspector::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

void TraceInspector::updateIcons()
{
    const QModelIndex current = mFilter->mapToSource(mView->currentIndex());
    const QString node = current.data(TraceEventModel::NodeRole).toString();
    const int check = current.isValid() ? current.data(TraceEventModel::CheckRole).toInt() : -1;
    {
        const QSignalBlocker block(mView->selectionModel());
        mModel->setPalette(palette());
    }
    mView->expandAll();
    restoreSelection(node, check);
    if (mModel->hasTrace())
        mOutcomeIcon->setPixmap(
            CheckGlyph::icon(mModel->trace().accepted ? Check::Result::Pass : Check::Result::Fail, palette()).pixmap(16, 16));
}
