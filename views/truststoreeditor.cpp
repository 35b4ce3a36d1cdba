#include "truststoreeditor.h"

#include "topology.h"

#include <QJsonArray>
#include <QLabel>
#include <QListWidget>

TruststoreEditor::TruststoreEditor(const OptionSpec &spec, const Topology *topology, QWidget *parent)
    : OptionEditor(spec, parent), mTopology(topology), mList(new QListWidget(this)), mEmpty(new QLabel(this))
{
    mList->setUniformItemSizes(true);
    mList->setSelectionMode(QAbstractItemView::NoSelection);
    mEmpty->setText(tr("No CA certificates in this document."));
    mEmpty->setWordWrap(true);
    addContent(mList);
    addContent(mEmpty);
    setFocusProxy(mList);
    refreshChoices();
    connect(mList, &QListWidget::itemChanged, this, &TruststoreEditor::onItemChanged);
}

void TruststoreEditor::refreshChoices()
{
    mUpdating = true;
    mList->clear();
    for (const Certificate &c : mTopology->data().certificates) {
        if (!c.ca)
            continue;
        auto *item = new QListWidgetItem(c.id, mList);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(c.subject);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(mValue.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    for (const QString &id : std::as_const(mValue)) {
        if (mList->findItems(id, Qt::MatchExactly).isEmpty()) {
            auto *item = new QListWidgetItem(tr("%1 (not a CA certificate of this document)").arg(id), mList);
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    if (mList->count() > 0)
        mList->setFixedHeight(qMin(mList->count(), 5) * mList->sizeHintForRow(0) + 2 * mList->frameWidth() + 2);
    mList->setVisible(mList->count() > 0);
    mEmpty->setVisible(mList->count() == 0);
    mUpdating = false;
}

void TruststoreEditor::setValue(const QJsonValue &value)
{
    QStringList ids;
    for (const QJsonValue &v : value.toArray())
        ids.append(v.toString());
    if (ids == mValue)
        return;
    mValue = ids;
    refreshChoices();
}

void TruststoreEditor::onItemChanged()
{
    if (mUpdating)
        return;
    // Keep the file's order for entries already there, append new ones in list order.
    QStringList checked;
    for (int i = 0; i < mList->count(); ++i) {
        if (mList->item(i)->checkState() == Qt::Checked)
            checked.append(mList->item(i)->data(Qt::UserRole).toString());
    }
    QStringList ids;
    for (const QString &id : std::as_const(mValue)) {
        if (checked.contains(id))
            ids.append(id);
    }
    for (const QString &id : std::as_const(checked)) {
        if (!ids.contains(id))
            ids.append(id);
    }
    emit valueEdited(QJsonArray::fromStringList(ids));
}
