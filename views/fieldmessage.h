#pragma once

#include <QWidget>

class QLabel;

// An inline note under a form field: an error (the value is not taken) or a
// warning (taken, but worth knowing), with the severity's glyph and words.
// Hidden when there is nothing to say.
class FieldMessage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Info };

    explicit FieldMessage(QWidget *parent = nullptr);

    void setMessage(Kind kind, const QString &text);
    void clear();
    QString text() const;
    Kind kind() const { return mKind; }
    bool isError() const { return !text().isEmpty() && mKind == Kind::Error; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QLabel *mIcon;
    QLabel *mText;
    Kind mKind = Kind::Info;
};
