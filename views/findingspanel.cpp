#include "findingspanel.h"

#include "canvascolors.h"
#include "findingsmodel.h"
#include "rulecatalog.h"
#include "severityglyph.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

const char *kFilterPatterns[] = {"", "^error$", "^warning$", "^info$"};

} // namespace

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent), mModel(new FindingsModel(this)), mProxy(new QSortFilterProxyModel(this)),
      mView(new QTreeView(this)), mFilterButtons(new QButtonGroup(this)), mSummary(new QLabel(this)),
      mDetails(new QLabel(this))
{
    mProxy->setSourceModel(mModel);
    mProxy->setSortRole(FindingsModel::SortRole);
    mProxy->setFilterRole(FindingsModel::SeverityRole);
    mProxy->setFilterKeyColumn(FindingsModel::SeverityColumn);

    mView->setModel(mProxy);
    mView->setRootIsDecorated(false);
    mView->setUniformRowHeights(true);
    mView->setAlternatingRowColors(true);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->setTextElideMode(Qt::ElideRight);
    mView->setSortingEnabled(true);
    mView->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    mView->setAllColumnsShowFocus(true);
    QHeaderView *header = mView->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Widths from the longest texts, not ResizeToContents, which measures every row of a large review.
    const QFontMetrics fm = mView->fontMetrics();
    const int padding = mView->style()->pixelMetric(QStyle::PM_HeaderMargin) * 2 + 16;
    mView->setColumnWidth(FindingsModel::SeverityColumn, fm.horizontalAdvance(tr("Warning")) + 16 + padding + 8);
    mView->setColumnWidth(FindingsModel::RuleColumn, fm.horizontalAdvance(QStringLiteral("ADV-14")) + padding);
    mView->setColumnWidth(FindingsModel::WhereColumn, fm.horizontalAdvance(QLatin1Char('M')) * 10);
    mView->installEventFilter(this);
    connect(mView, &QTreeView::clicked, this, &FindingsPanel::activate);
    connect(mView->selectionModel(), &QItemSelectionModel::currentChanged, this, &FindingsPanel::updateDetails);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    const QList<QPair<Filter, QString>> filters = {{Filter::All, tr("All")},
                                                   {Filter::Errors, tr("Errors")},
                                                   {Filter::Warnings, tr("Warnings")},
                                                   {Filter::Info, tr("Info")}};
    for (const auto &[filter, text] : filters) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setToolTip(filter == Filter::All ? tr("Show every finding") : tr("Show only: %1").arg(text.toLower()));
        mFilterButtons->addButton(button, int(filter));
        bar->addWidget(button);
    }
    mFilterButtons->button(int(Filter::All))->setChecked(true);
    connect(mFilterButtons, &QButtonGroup::idClicked, this, [this](int id) { setFilter(Filter(id)); });
    bar->addStretch();
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(mSummary);

    mDetails->setWordWrap(true);
    mDetails->setTextFormat(Qt::RichText);
    mDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mDetails->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    mDetails->setMargin(4);
    mDetails->setMinimumHeight(fontMetrics().lineSpacing() * 3 + 8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(mView, 1);
    layout->addWidget(mDetails);
    updateIcons();
    updateSummary();
    updateDetails();
}

QToolButton *FindingsPanel::filterButton(Filter filter) const
{
    return qobject_cast<QToolButton *>(mFilterButtons->button(int(filter)));
}

void FindingsPanel::setFindings(const QList<Finding> &findings, const TopologyData *topology)
{
    // Keep the reader's place: the same finding stays current after a re-run.
    const QString key = mView->currentIndex().data(FindingsModel::KeyRole).toString();
    mModel->setFindings(findings, topology);
    const int row = key.isEmpty() ? -1 : mModel->rowOfKey(key);
    if (row >= 0) {
        const QModelIndex index = mProxy->mapFromSource(mModel->index(row, 0));
        if (index.isValid()) {
            mView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            mView->scrollTo(index);
        }
    }
    updateSummary();
    updateDetails();
}

void FindingsPanel::setBusy(bool busy)
{
    if (mBusy == busy)
        return;
    mBusy = busy;
    updateSummary();
}

void FindingsPanel::setFilter(Filter filter)
{
    mFilter = filter;
    if (QAbstractButton *b = mFilterButtons->button(int(filter)))
        b->setChecked(true);
    mProxy->setFilterRegularExpression(QString::fromLatin1(kFilterPatterns[int(filter)]));
    updateDetails();
}

QString FindingsPanel::currentTarget() const
{
    return mView->currentIndex().data(FindingsModel::TargetRole).toString();
}

QString FindingsPanel::summaryText() const { return mSummary->text(); }

void FindingsPanel::activate(const QModelIndex &index)
{
    const QString target = index.data(FindingsModel::TargetRole).toString();
    if (!target.isEmpty())
        emit findingActivated(target);
}

bool FindingsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mView && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && mView->currentIndex().isValid()) {
            activate(mView->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QWidget::changeEvent(event);
}

void FindingsPanel::updateIcons()
{
    const bool dark = CanvasColors::isDark(palette());
    mModel->setDark(dark);
    filterButton(Filter::Errors)->setIcon(SeverityGlyph::icon(SeverityGlyph::Severity::Error, dark));
    filterButton(Filter::Warnings)->setIcon(SeverityGlyph::icon(SeverityGlyph::Severity::Warning, dark));
    filterButton(Filter::Info)->setIcon(SeverityGlyph::icon(SeverityGlyph::Severity::Info, dark));
}

void FindingsPanel::updateSummary()
{
    int errors = 0, warnings = 0, infos = 0;
    for (const Finding &f : mModel->findings()) {
        switch (SeverityGlyph::fromString(f.severity)) {
        case SeverityGlyph::Severity::Error: ++errors; break;
        case SeverityGlyph::Severity::Warning: ++warnings; break;
        case SeverityGlyph::Severity::Info: ++infos; break;
        }
    }
    QStringList parts;
    // Spelled out: without a loaded translation, tr()'s %n plural forms stay "error(s)".
    if (errors)
        parts.append(errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors));
    if (warnings)
        parts.append(warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings));
    if (infos)
        parts.append(tr("%1 info").arg(infos));
    QString text = parts.isEmpty() ? tr("No findings") : parts.join(QStringLiteral(", "));
    if (mBusy)
        text = tr("%1 · reviewing…").arg(text);
    mSummary->setText(text);
}

void FindingsPanel::updateDetails()
{
    const QModelIndex index = mView->currentIndex();
    if (!index.isValid()) {
        mDetails->setText(mModel->findings().isEmpty()
                              ? tr("<span style='color:%1'>The design review found nothing to report.</span>")
                                    .arg(palette().color(QPalette::PlaceholderText).name())
                              : tr("<span style='color:%1'>Click a finding to show it on the canvas.</span>")
                                    .arg(palette().color(QPalette::PlaceholderText).name()));
        return;
    }
    const Finding &f = mModel->finding(mProxy->mapToSource(index).row());
    const RuleInfo *rule = RuleCatalog::find(f.rule);
    mDetails->setText(QStringLiteral("<b>%1 %2</b>%3<br>%4")
                          .arg(SeverityGlyph::word(SeverityGlyph::fromString(f.severity)), f.rule.toHtmlEscaped(),
                               rule ? QStringLiteral(": ") + rule->title.toHtmlEscaped() : QString(),
                               f.message.toHtmlEscaped()));
}
