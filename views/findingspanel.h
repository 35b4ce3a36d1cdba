#pragma once

#include "finding.h"

#include <QWidget>

class FindingsModel;
class QButtonGroup;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;
struct TopologyData;

// The design review's findings, one row each: severity, rule, the node or
// link, the message. Sortable, filtered by severity, with a summary line and
// the full text of the current finding underneath. A click or Enter on a
// row asks for its node or link to be shown on the canvas.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Filter { All, Errors, Warnings, Info };

    explicit FindingsPanel(QWidget *parent = nullptr);

    // `topology` names the nodes in tooltips; it is read now, not kept.
    void setFindings(const QList<Finding> &findings, const TopologyData *topology = nullptr);
    void setBusy(bool busy);  // a background review is running
    void setFilter(Filter filter);
    Filter filter() const { return mFilter; }

    QTreeView *view() const { return mView; }
    QToolButton *filterButton(Filter filter) const;
    QString summaryText() const;
    QString currentTarget() const;  // the node or link of the current row, or ""

signals:
    void findingActivated(const QString &nodeOrLinkId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void updateSummary();
    void updateDetails();
    void updateIcons();

    FindingsModel *mModel;
    QSortFilterProxyModel *mProxy;
    QTreeView *mView;
    QButtonGroup *mFilterButtons;
    QLabel *mSummary;
    QLabel *mDetails;
    Filter mFilter = Filter::All;
    bool mBusy = false;
};
