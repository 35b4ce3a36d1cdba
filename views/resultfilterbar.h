#pragma once

#include <QWidget>

class QButtonGroup;
class QToolButton;

// A row of toggle buttons choosing which check results to show: All, Pass,
// Fail, Bypass, Skip, Info, each with the result's glyph and word.
class ResultFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ResultFilterBar(QWidget *parent = nullptr);

    // "" for All, otherwise "pass", "fail", "bypass", "skip" or "info".
    QString result() const { return mResult; }
    void setResult(const QString &result);
    QToolButton *button(const QString &result) const;

signals:
    void resultChanged(const QString &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcons();

    QButtonGroup *mButtons;
    QString mResult;
};
