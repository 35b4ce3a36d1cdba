#include "optioneditorvalidator.h"

#include "jsonfieldreader.h"
#include "optionvalidator.h"

#include <QValidator>

namespace {

class UpperCaseValidator : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString &input, int &) const override
    {
        input = input.toUpper();
        return Acceptable;
    }
};

} // namespace

QString OptionEditorValidator::check(const OptionSpec &spec, const QJsonValue &value, QJsonValue *normalized)
{
    JsonFieldReader reader{QString(), QByteArray()};
    const QJsonValue v = OptionValidator::validate(spec, value, spec.key, reader);
    if (reader.hasErrors())
        return reader.errors().constFirst().message;
    if (normalized)
        *normalized = v;
    return {};
}

OptionSpec OptionEditorValidator::itemSpec(const OptionSpec &listSpec)
{
    OptionSpec s = listSpec;
    s.type = listSpec.type == OptionSpec::Type::NameList ? OptionSpec::Type::SafName : OptionSpec::Type::Text;
    s.defaultValue = QString();
    s.maxLength = 1024;
    return s;
}

QValidator *OptionEditorValidator::upperCaseValidator(QObject *parent)
{
    return new UpperCaseValidator(parent);
}
