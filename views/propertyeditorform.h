#pragma once

#include "changevaluecommand.h"
#include "optionspec.h"

#include <QJsonValue>
#include <QList>
#include <QWidget>

class OptionEditor;
class QGridLayout;
class QLabel;
class QToolButton;
class Topology;

// The rows of the property editor for one subject: a label, the editor the
// option's type calls for, and a reset button shown only when a value
// differs from the default. It knows nothing of the undo stack: it reports
// edits and resets by row index and shows the values it is given.
class PropertyEditorForm : public QWidget
{
    Q_OBJECT

public:
    struct Field
    {
        ChangeValueCommand::Target target;
        QString key;
        OptionSpec spec;
        bool hasDefault = false;
        OptionEditor *editor = nullptr;
        QLabel *label = nullptr;
        QToolButton *reset = nullptr;
    };

    PropertyEditorForm(const Topology *topology, QWidget *parent = nullptr);

    void addSection(const QString &title);
    void addReadOnly(const QString &label, const QString &text, const QString &help);
    // `editor` null: the one OptionEditorFactory chooses for the spec's type.
    void addField(ChangeValueCommand::Target target, const OptionSpec &spec, bool hasDefault,
                  OptionEditor *editor = nullptr);
    void finish();

    const QList<Field> &fields() const { return mFields; }
    int indexOf(const QString &key) const;
    int indexOfEditor(const QWidget *widget) const;
    // Shows the values of the selected entities in a row: the first one, in
    // the default style when all are at the default, in italics when they differ.
    void showValues(int index, const QList<QJsonValue> &values);
    void setFocusedField(int index);
    int focusedField() const { return mFocused; }

signals:
    void valueEdited(int index, const QJsonValue &value);
    void resetClicked(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLabelFont(int index);

    const Topology *mTopology;
    QGridLayout *mGrid;
    QList<Field> mFields;
    QList<bool> mMixed;
    int mFocused = -1;
    int mRowHeight;
};
