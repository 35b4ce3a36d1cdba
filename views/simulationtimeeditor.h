#pragma once

#include "optioneditor.h"

class QDateTimeEdit;

// The document's simulation clock (an ISO 8601 time in UTC, or absent for
// "now"). While absent it shows the current time in the default style;
// editing it fixes the clock.
class SimulationTimeEditor : public OptionEditor
{
    Q_OBJECT

public:
    explicit SimulationTimeEditor(const OptionSpec &spec, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    QDateTimeEdit *dateTimeEdit() const { return mEdit; }

private:
    QDateTimeEdit *mEdit;
    bool mUpdating = false;
};
