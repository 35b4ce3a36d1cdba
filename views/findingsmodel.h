#pragma once

#include "finding.h"

#include <QAbstractTableModel>
#include <QList>

struct TopologyData;

// The design review's findings as a table: severity (icon and word), rule
// ID, the node or link concerned, and the message. Each row keeps a key
// (rule, place, message) so a view can find "the same finding" again after
// the review runs anew.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, WhereColumn, MessageColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,  // severity rank for the severity column, text otherwise
        TargetRole,                   // the node, or else the link, a click should select
        KeyRole,
        SeverityRole                  // "error", "warning" or "info"
    };

    explicit FindingsModel(QObject *parent = nullptr);

    // Names come from `topology` (node labels in tooltips); it is not kept.
    void setFindings(const QList<Finding> &findings, const TopologyData *topology = nullptr);
    const QList<Finding> &findings() const { return mFindings; }
    const Finding &finding(int row) const { return mFindings.at(row); }
    int rowOfKey(const QString &key) const;
    static QString keyOf(const Finding &finding);
    static QString targetOf(const Finding &finding) { return finding.node.isEmpty() ? finding.link : finding.node; }

    // Icons follow the palette; call when it turns dark or light.
    void setDark(bool dark);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString ruleTooltip(const QString &rule) const;

    QList<Finding> mFindings;
    QStringList mWhereTips;  // per row: what the node or link is
    bool mDark = false;
};
