#include "comparedialog.h"

#include "comparisontable.h"
#include "simulator.h"
#include "tracecomparison.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

CompareDialog::CompareDialog(const TopologyData &topology, QWidget *parent)
    : QDialog(parent), mTopology(topology), mFirst(new QComboBox(this)), mSecond(new QComboBox(this)),
      mTable(new ComparisonTable(this)), mSummary(new QLabel(this))
{
    setWindowTitle(tr("Compare Requests"));
    for (QComboBox *combo : {mFirst, mSecond}) {
        for (const Request &r : mTopology.requests) {
            combo->addItem(r.id, r.id);
            combo->setItemData(combo->count() - 1, r.label, Qt::ToolTipRole);
        }
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &CompareDialog::compare);
    }
    mSecond->setCurrentIndex(qMin(1, mSecond->count() - 1));

    auto *pick = new QHBoxLayout;
    auto *labelA = new QLabel(tr("Request &A:"), this);
    labelA->setBuddy(mFirst);
    pick->addWidget(labelA);
    pick->addWidget(mFirst, 1);
    auto *labelB = new QLabel(tr("Request &B:"), this);
    labelB->setBuddy(mSecond);
    pick->addSpacing(12);
    pick->addWidget(labelB);
    pick->addWidget(mSecond, 1);

    mSummary->setWordWrap(true);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(mSummary);
    layout->addWidget(mTable, 1);
    layout->addWidget(buttons);
    resize(1000, 640);
    compare();
}

void CompareDialog::setRequests(const QString &first, const QString &second)
{
    mFirst->setCurrentIndex(mFirst->findData(first));
    mSecond->setCurrentIndex(mSecond->findData(second));
}

QString CompareDialog::summaryText() const { return mSummary->text(); }

void CompareDialog::compare()
{
    const Request *a = mTopology.request(mFirst->currentData().toString());
    const Request *b = mTopology.request(mSecond->currentData().toString());
    if (!a || !b) {
        mTable->clear();
        mSummary->setText(mTopology.requests.isEmpty() ? tr("This document has no requests to compare.")
                                                       : tr("Choose two requests."));
        return;
    }
    const Simulator simulator(mTopology);
    const TraceComparison comparison(simulator.run(*a), simulator.run(*b), &mTopology);
    mTable->setComparison(comparison, &mTopology, tr("A: %1").arg(a->id), tr("B: %1").arg(b->id));
    if (a->id == b->id)
        mSummary->setText(tr("The same request on both sides."));
    else if (comparison.identical())
        mSummary->setText(tr("Both requests take the same way through the same checks."));
    else
        mSummary->setText(tr("B compared with A: %1.").arg(comparison.summary()));
}
