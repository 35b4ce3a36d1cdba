#pragma once

#include "optioneditor.h"

class QSpinBox;

// A whole number between the spec's minimum and maximum (OptionSpec::Type::Int).
// When the default is null, one step below the minimum stands for "not set".
class IntegerEditor : public OptionEditor
{
    Q_OBJECT

public:
    explicit IntegerEditor(const OptionSpec &spec, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;

private:
    bool nullable() const { return mSpec.defaultValue.isNull(); }

    QSpinBox *mSpin;
    bool mUpdating = false;
};
