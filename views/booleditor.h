#pragma once

#include "optioneditor.h"

class QCheckBox;

// A yes/no option (OptionSpec::Type::Bool): a check box that says its state.
class BoolEditor : public OptionEditor
{
    Q_OBJECT

public:
    explicit BoolEditor(const OptionSpec &spec, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;

private:
    void updateText();

    QCheckBox *mCheck;
};
