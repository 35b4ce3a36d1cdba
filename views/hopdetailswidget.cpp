#include "hopdetailswidget.h"

#include "canvascolors.h"
#include "checkglyph.h"
#include "identitytext.h"
#include "rulecatalog.h"
#include "ruleexplanationview.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QTreeWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAllColumnsShowFocus(true);
    t->header()->setStretchLastSection(true);
    return t;
}

} // namespace

HopDetailsWidget::HopDetailsWidget(QWidget *parent)
    : QWidget(parent), mTitle(new QLabel(this)), mIdentity(table({tr("Element"), tr("Arrived"), tr("Left")}, this)),
      mChecks(table({tr("Rule"), tr("Result"), tr("Detail")}, this)), mExplanation(new RuleExplanationView(this))
{
    mTitle->setTextFormat(Qt::RichText);
    mTitle->setWordWrap(true);
    mTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mIdentity->setSelectionMode(QAbstractItemView::NoSelection);
    mIdentity->setFocusPolicy(Qt::NoFocus);
    // Widths from the longest usual texts: element names, 8-character user IDs, result words.
    const QFontMetrics fm = fontMetrics();
    const int pad = 16;
    mIdentity->setColumnWidth(0, fm.horizontalAdvance(QStringLiteral("CERTIFICATE")) + pad);
    mIdentity->setColumnWidth(1, fm.horizontalAdvance(QStringLiteral("MGARCIA9")) + pad);
    mChecks->setColumnWidth(0, fm.horizontalAdvance(QStringLiteral("OTMA-09")) + pad);
    mChecks->setColumnWidth(1, fm.horizontalAdvance(tr("Bypass")) + pad + 20);
    connect(mChecks, &QTreeWidget::currentItemChanged, this, &HopDetailsWidget::onCheckChanged);

    // Identity on the left; checks over the rule they name on the right.
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(mChecks);
    right->addWidget(mExplanation);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(mIdentity);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(mTitle);
    layout->addWidget(split, 1);
    showNothing(QString());
}

void HopDetailsWidget::showHop(const Trace &trace, int hop, const QString &label, const QString &kind)
{
    mTrace = trace;
    mHop = hop;
    mLabel = label;
    mKind = kind;
    const Hop &h = mTrace.hops.at(hop);
    const QString via = h.link.isEmpty() ? tr("where the request starts") : tr("arrived on link %1").arg(h.link);
    mTitle->setText(QStringLiteral("<b>%1</b> · %2 · %3").arg(label.toHtmlEscaped(), kind.toHtmlEscaped(), via.toHtmlEscaped()));
    fillIdentity(h);
    fillChecks(h);
    onCheckChanged();
}

void HopDetailsWidget::showNothing(const QString &hint)
{
    mTrace = {};
    mHop = -1;
    mTitle->setText(QString());
    mIdentity->clear();
    {
        const QSignalBlocker block(mChecks);
        mChecks->clear();
    }
    mExplanation->showHint(hint);
}

void HopDetailsWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && mHop >= 0) {
        const int check = currentCheck();
        showHop(Trace(mTrace), mHop, mLabel, QString(mKind));
        selectCheck(check);
    }
}

// Rows that differ between arrival and departure are bold, tinted and say how.
void HopDetailsWidget::fillIdentity(const Hop &h)
{
    mIdentity->clear();
    // Not the what-if colour: this difference is the hop's own doing.
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(CanvasColors::isDark(palette()) ? 80 : 45);
    for (int i = 0; i < Identity::ElementCount; ++i) {
        const auto e = Identity::Element(i);
        if (!h.arrives.has(e) && !h.leaves.has(e))
            continue;
        const QString in = IdentityText::value(h.arrives, e);
        const QString out = IdentityText::value(h.leaves, e);
        // What happened here is said in words in the Left column, not only by the tint.
        QString left = out;
        if (!h.arrives.has(e))
            left = tr("%1 (added)").arg(out);
        else if (!h.leaves.has(e))
            left = tr("— (dropped)");
        else if (in != out)
            left = tr("%1 (changed)").arg(out);
        auto *row = new QTreeWidgetItem(mIdentity, {Identity::name(e).toUpper(), in.isEmpty() ? tr("—") : in, left});
        row->setToolTip(2, left);
        if (left != out) {
            QFont bold = row->font(0);
            bold.setBold(true);
            for (int c = 0; c < 3; ++c) {
                row->setFont(c, bold);
                row->setBackground(c, tint);
            }
        }
    }
    if (mIdentity->topLevelItemCount() == 0)
        new QTreeWidgetItem(mIdentity, {tr("(no identity)"), tr("—"), tr("—")});
}

void HopDetailsWidget::fillChecks(const Hop &h)
{
    const QSignalBlocker block(mChecks);
    mChecks->clear();
    for (const Check &c : h.checks) {
        auto *row = new QTreeWidgetItem(mChecks, {c.rule, CheckGlyph::word(c.result), c.detail});
        row->setIcon(1, CheckGlyph::icon(c.result, palette()));
        row->setToolTip(2, c.detail);
        if (const RuleInfo *info = RuleCatalog::find(c.rule))
            row->setToolTip(0, info->title);
    }
}

void HopDetailsWidget::selectCheck(int check)
{
    if (check == currentCheck())
        return;
    const QSignalBlocker block(mChecks);
    mChecks->setCurrentItem(check >= 0 ? mChecks->topLevelItem(check) : nullptr);
    onCheckChanged();
}

int HopDetailsWidget::currentCheck() const
{
    QTreeWidgetItem *item = mChecks->currentItem();
    return item ? mChecks->indexOfTopLevelItem(item) : -1;
}

QString HopDetailsWidget::title() const { return mTitle->text(); }

void HopDetailsWidget::onCheckChanged()
{
    const int check = currentCheck();
    if (mHop >= 0 && check >= 0) {
        mExplanation->showCheck(mTrace.hops.at(mHop).checks.at(check), mLabel);
    } else if (mHop >= 0) {
        mExplanation->showHint(mTrace.hops.at(mHop).checks.isEmpty() ? tr("Nothing is checked at this hop.")
                                                                      : tr("Select a check to read the rule behind it."));
    }
    if (!signalsBlocked())
        emit checkSelected(check);
}
