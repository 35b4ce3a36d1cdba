#include "textoptioneditor.h"

#include "optioneditorvalidator.h"

#include <QLineEdit>

namespace {

// Numbers appear where the file wrote a version as one ("version": 3).
QString displayText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
}

} // namespace

TextOptionEditor::TextOptionEditor(const OptionSpec &spec, QWidget *parent)
    : OptionEditor(spec, parent), mEdit(new QLineEdit(this))
{
    if (spec.type == OptionSpec::Type::SafName)
        mEdit->setValidator(OptionEditorValidator::upperCaseValidator(mEdit));
    mEdit->setPlaceholderText(spec.defaultValue.toString().isEmpty() ? tr("not set") : QString());
    mEdit->setClearButtonEnabled(spec.type != OptionSpec::Type::SafName);
    addContent(mEdit);
    setFocusProxy(mEdit);
    connect(mEdit, &QLineEdit::textEdited, this, &TextOptionEditor::onTextEdited);
}

void TextOptionEditor::setPlaceholderText(const QString &text)
{
    mEdit->setPlaceholderText(text);
}

void TextOptionEditor::onTextEdited(const QString &text)
{
    QJsonValue normalized;
    const QString reason = OptionEditorValidator::check(mSpec, text, &normalized);
    setProblem(reason, mEdit);
    if (reason.isEmpty())
        emit valueEdited(normalized);
}

void TextOptionEditor::setValue(const QJsonValue &value)
{
    const QString text = displayText(value);
    // While the user types, the model follows the text: leave the cursor alone.
    if (mEdit->text() == text && problem().isEmpty())
        return;
    mEdit->setText(text);
    if (!mEdit->hasFocus())
        mEdit->setCursorPosition(0);  // show the start of a long label, not its end
    setProblem(QString(), mEdit);
}
