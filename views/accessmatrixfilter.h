#pragma once

#include <QSortFilterProxyModel>

#include <vector>

// Narrows an access matrix: users and resources whose names contain a text
// (case-insensitive), and optionally only the users with at least one
// allowed, or at least one denied, pair among the resources shown.
class AccessMatrixFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Show { All, WithAllowed, WithDenied };

    explicit AccessMatrixFilter(QObject *parent = nullptr);

    void setUserText(const QString &text);
    void setResourceText(const QString &text);
    void setShow(Show show);
    Show show() const { return mShow; }
    void setSourceModel(QAbstractItemModel *model) override;

    // Source rows and columns that pass, in view order (for the export).
    QList<qsizetype> sourceRows() const;
    QList<qsizetype> sourceColumns() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;

private:
    const std::vector<int> &shownColumns() const;

    QString mUserText;
    QString mResourceText;
    Show mShow = Show::All;
    // Source columns passing the resource text, for the row test; rebuilt when
    // the text or the result changes (a new result resets the model).
    mutable std::vector<int> mColumns;
    mutable const void *mColumnsFor = nullptr;
    QMetaObject::Connection mResetConnection;
};
