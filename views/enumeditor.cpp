#include "enumeditor.h"

#include <QComboBox>

EnumEditor::EnumEditor(const OptionSpec &spec, QWidget *parent) : OptionEditor(spec, parent), mCombo(new QComboBox(this))
{
    mCombo->addItems(spec.allowed);
    // A narrow panel must not be held open by the longest value ("cert_with_basic_fallback").
    mCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mCombo->setMinimumContentsLength(6);
    ignoreWheelUnlessFocused(mCombo);
    addContent(mCombo);
    setFocusProxy(mCombo);
    // activated, not currentIndexChanged: only the user's choice becomes an edit.
    connect(mCombo, &QComboBox::activated, this, [this](int index) { emit valueEdited(mCombo->itemText(index)); });
}

void EnumEditor::setValue(const QJsonValue &value)
{
    const QString text = value.isDouble() ? QString::number(value.toDouble()) : value.toString();
    int index = mCombo->findText(text);
    if (index < 0) {
        // A value the table does not know (a newer file): show it rather than pretend.
        mCombo->addItem(text);
        index = mCombo->count() - 1;
    }
    mCombo->setCurrentIndex(index);
}
