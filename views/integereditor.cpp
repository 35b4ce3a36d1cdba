#include "integereditor.h"

#include <QSpinBox>

IntegerEditor::IntegerEditor(const OptionSpec &spec, QWidget *parent) : OptionEditor(spec, parent), mSpin(new QSpinBox(this))
{
    mSpin->setRange(nullable() ? spec.minimum - 1 : spec.minimum, spec.maximum);
    if (nullable())
        mSpin->setSpecialValueText(tr("not set"));
    mSpin->setAccelerated(true);
    ignoreWheelUnlessFocused(mSpin);
    addContent(mSpin);
    setFocusProxy(mSpin);
    connect(mSpin, &QSpinBox::valueChanged, this, [this](int v) {
        if (mUpdating)
            return;
        if (nullable() && v < mSpec.minimum)
            emit valueEdited(QJsonValue::Null);
        else
            emit valueEdited(v);
    });
}

void IntegerEditor::setValue(const QJsonValue &value)
{
    const int v = value.isDouble() ? value.toInt() : (nullable() ? mSpec.minimum - 1 : mSpec.defaultValue.toInt());
    if (mSpin->value() == v)
        return;  // keep the cursor where the user is typing
    mUpdating = true;
    mSpin->setValue(v);
    mUpdating = false;
}
