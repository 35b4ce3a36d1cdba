#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RecoveryDialog::RecoveryDialog(const QList<Autosaver::Entry> &entries, QWidget *parent)
    : QDialog(parent), mEntries(entries), mList(new QTreeWidget(this))
{
    setWindowTitle(tr("Recover Unsaved Work"));
    auto *intro = new QLabel(tr("<b>SecFlow did not close normally last time.</b><br>"
                                "These documents had changes that were not saved. Tick the ones to open again; "
                                "they open as unsaved changes to the file they belong to."),
                             this);
    intro->setWordWrap(true);

    mList->setColumnCount(3);
    mList->setHeaderLabels({tr("Document"), tr("Autosaved"), tr("File")});
    mList->setRootIsDecorated(false);
    mList->setUniformRowHeights(true);
    for (const Autosaver::Entry &e : entries) {
        const QString file = e.originalFile.isEmpty() ? tr("(never saved)") : QDir::toNativeSeparators(e.originalFile);
        auto *item = new QTreeWidgetItem(mList, {e.title.isEmpty() ? tr("Untitled") : e.title,
                                                 QLocale().toString(e.saved.toLocalTime(), QLocale::ShortFormat), file});
        item->setCheckState(0, Qt::Checked);
        item->setToolTip(2, e.originalFile.isEmpty() ? e.recoveryFile : e.originalFile);
    }
    mList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mList->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(this);
    mRecover = buttons->addButton(tr("&Recover"), QDialogButtonBox::AcceptRole);
    mDiscard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    mLater = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    mDiscard->setToolTip(tr("Delete these recovery files for good."));
    mLater->setToolTip(tr("Keep the recovery files and ask again next time."));
    mRecover->setDefault(true);
    connect(mRecover, &QPushButton::clicked, this, [this] { finish(Recover); });
    connect(mDiscard, &QPushButton::clicked, this, [this] { finish(Discard); });
    connect(mLater, &QPushButton::clicked, this, [this] { finish(Later); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(mList);
    layout->addWidget(buttons);
    resize(640, 300);
}

QList<Autosaver::Entry> RecoveryDialog::chosen() const
{
    QList<Autosaver::Entry> result;
    for (int i = 0; i < mEntries.size(); ++i) {
        if (mList->topLevelItem(i)->checkState(0) == Qt::Checked)
            result.append(mEntries.at(i));
    }
    return result;
}

QPushButton *RecoveryDialog::button(Choice choice) const
{
    return choice == Recover ? mRecover : choice == Discard ? mDiscard : mLater;
}

void RecoveryDialog::finish(Choice choice)
{
    mChoice = choice;
    if (choice == Later)
        reject();
    else
        accept();
}
