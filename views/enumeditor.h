#pragma once

#include "optioneditor.h"

class QComboBox;

// One of a fixed list of values (OptionSpec::Type::Enum): a combo box.
class EnumEditor : public OptionEditor
{
    Q_OBJECT

public:
    explicit EnumEditor(const OptionSpec &spec, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;

private:
    QComboBox *mCombo;
};
