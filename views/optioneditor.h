#pragma once

#include "optionspec.h"

#include <QJsonValue>
#include <QPointer>
#include <QWidget>

class QLabel;
class QVBoxLayout;

// The editor of one property value, generated from its OptionSpec. setValue
// shows the model's value and never emits; valueEdited reports a user edit,
// already validated and normalised. A refused input is explained inline (in
// red, and in the culprit's tooltip) and never reported, so nothing invalid
// reaches the undo stack.
class OptionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit OptionEditor(const OptionSpec &spec, QWidget *parent = nullptr);

    const OptionSpec &spec() const { return mSpec; }
    virtual void setValue(const QJsonValue &value) = 0;
    // Lists drawn from the document (certificates, images, domains) may have changed.
    virtual void refreshChoices() {}

    // Grey italic: the value is the option's default.
    void setAtDefault(bool atDefault);
    bool isAtDefault() const { return mAtDefault; }
    QString problem() const { return mProblemText; }

signals:
    void valueEdited(const QJsonValue &value);

protected:
    void addContent(QWidget *widget);
    void addContent(QLayout *layout);
    // Explains why `culprit`'s input is refused; an empty reason clears it.
    void setProblem(const QString &reason, QWidget *culprit);
    // Combo boxes and spin boxes in a scrolling panel must not change when the wheel scrolls past them.
    void ignoreWheelUnlessFocused(QWidget *widget);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

    OptionSpec mSpec;

private:
    void applyStyle();

    QVBoxLayout *mLayout;
    QLabel *mProblem;
    QString mProblemText;
    QPointer<QWidget> mCulprit;
    QString mCulpritToolTip;
    bool mAtDefault = false;
    bool mStyling = false;
};
