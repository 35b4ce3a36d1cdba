#pragma once

#include "optioneditor.h"

#include <QList>

#include <functional>

class QComboBox;

// The id of another entity of the document (a certificate, a z/OS image, a
// RACF database), chosen from a combo box that is refilled when the document
// changes. `noneText` (when not empty) adds an entry that stands for `noneValue`.
class ReferenceEditor : public OptionEditor
{
    Q_OBJECT

public:
    struct Choice
    {
        QString id;
        QString text;
    };
    using ChoiceSource = std::function<QList<Choice>()>;

    ReferenceEditor(const OptionSpec &spec, ChoiceSource source, const QString &noneText, const QJsonValue &noneValue,
                    QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    void refreshChoices() override;
    QComboBox *comboBox() const { return mCombo; }

private:
    ChoiceSource mSource;
    QString mNoneText;
    QJsonValue mNoneValue;
    QComboBox *mCombo;
    QString mValue;
};
