#pragma once

#include "accessmatrixresult.h"

#include <QAbstractTableModel>

#include <memory>

// An access matrix as a table: a row per user, a column per resource. A cell
// shows a tick for an allowed pair and a cross with the failing rule for a
// denied one, so the meaning never rests on the tint alone.
class AccessMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { StateRole = Qt::UserRole + 1 };  // AccessCell::State as int

    explicit AccessMatrixModel(QObject *parent = nullptr);

    void setResult(std::shared_ptr<const AccessMatrixResult> result);
    const AccessMatrixResult *result() const { return mResult.get(); }
    // Light or dark tints; follow the palette of the view that shows the model.
    void setDark(bool dark);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString toolTip(int row, int column) const;

    std::shared_ptr<const AccessMatrixResult> mResult;
    bool mDark = false;
};
