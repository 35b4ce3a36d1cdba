#include "referenceeditor.h"

#include <QComboBox>

ReferenceEditor::ReferenceEditor(const OptionSpec &spec, ChoiceSource source, const QString &noneText,
                                 const QJsonValue &noneValue, QWidget *parent)
    : OptionEditor(spec, parent), mSource(std::move(source)), mNoneText(noneText), mNoneValue(noneValue),
      mCombo(new QComboBox(this))
{
    mCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mCombo->setMinimumContentsLength(8);
    ignoreWheelUnlessFocused(mCombo);
    addContent(mCombo);
    setFocusProxy(mCombo);
    refreshChoices();
    connect(mCombo, &QComboBox::activated, this, [this](int index) {
        const QString id = mCombo->itemData(index).toString();
        emit valueEdited(id.isEmpty() ? mNoneValue : QJsonValue(id));
    });
}

void ReferenceEditor::refreshChoices()
{
    const QSignalBlocker blocker(mCombo);
    mCombo->clear();
    if (!mNoneText.isEmpty())
        mCombo->addItem(mNoneText, QString());
    for (const Choice &c : mSource())
        mCombo->addItem(c.text, c.id);
    if (!mValue.isEmpty() && mCombo->findData(mValue) < 0)
        mCombo->addItem(tr("%1 (missing)").arg(mValue), mValue);
    mCombo->setCurrentIndex(qMax(0, mCombo->findData(mValue)));
}

void ReferenceEditor::setValue(const QJsonValue &value)
{
    const QString id = value.toString();
    if (id == mValue && mCombo->count() > 0)
        return;
    mValue = id;
    if (mCombo->findData(mValue) < 0)
        refreshChoices();
    else
        mCombo->setCurrentIndex(mCombo->findData(mValue));
}
