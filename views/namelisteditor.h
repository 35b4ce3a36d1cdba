#pragma once

#include "optioneditor.h"

class QLineEdit;
class QListWidget;
class QToolButton;

// A list of SAF names or of free text (OptionSpec::Type::NameList, TextList):
// a compact list, an entry field that adds on Enter, and a remove button.
// Each entry is checked like a single value of its type before it is added.
class NameListEditor : public OptionEditor
{
    Q_OBJECT

public:
    explicit NameListEditor(const OptionSpec &spec, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    QStringList names() const { return mNames; }
    QLineEdit *entry() const { return mEntry; }
    QListWidget *list() const { return mList; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addEntry();
    void removeSelected();
    void updateList();

    QListWidget *mList;
    QLineEdit *mEntry;
    QToolButton *mAdd;
    QToolButton *mRemove;
    QStringList mNames;
};
