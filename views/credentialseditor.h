#pragma once

#include "optioneditor.h"

#include <QJsonArray>

class QTableWidget;
class QToolButton;

// The users of an LDAP or basic registry (OptionSpec::Type::Credentials): a
// two-column table of names and masked passwords, with add and remove.
class CredentialsEditor : public OptionEditor
{
    Q_OBJECT

public:
    explicit CredentialsEditor(const OptionSpec &spec, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    QTableWidget *table() const { return mTable; }

private:
    void rebuild();
    void onCellChanged(int row, int column);
    void addRow();
    void removeRows();

    QTableWidget *mTable;
    QToolButton *mAdd;
    QToolButton *mRemove;
    QJsonArray mValue;
    bool mUpdating = false;
};
