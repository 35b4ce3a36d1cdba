#pragma once

#include "topologydata.h"

#include <QDialog>

class ComparisonTable;
class QComboBox;
class QLabel;

// "Compare Requests": two requests of the document run through the engine
// and shown side by side, hop by hop, with what differs marked; e.g. Alice
// against Bob, or the same caller through two gateways.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    // The topology is copied: the dialog compares the document as it was opened.
    explicit CompareDialog(const TopologyData &topology, QWidget *parent = nullptr);

    void setRequests(const QString &first, const QString &second);
    QComboBox *firstCombo() const { return mFirst; }
    QComboBox *secondCombo() const { return mSecond; }
    ComparisonTable *table() const { return mTable; }
    QString summaryText() const;

private:
    void compare();

    TopologyData mTopology;
    QComboBox *mFirst;
    QComboBox *mSecond;
    ComparisonTable *mTable;
    QLabel *mSummary;
};
