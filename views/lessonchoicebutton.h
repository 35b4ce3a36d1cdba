#pragma once

#include <QPushButton>

class QLabel;
struct LessonQuestion;

// One big answer button of a lesson question. The text wraps (choices can
// be whole sentences), and after the answer a mark and a word say which
// choice was right and which one the trainee picked.
class LessonChoiceButton : public QPushButton
{
    Q_OBJECT

public:
    enum class Mark { None, Right, Wrong };

    LessonChoiceButton(const QString &text, int number, QWidget *parent = nullptr);

    QString choiceText() const { return mText; }
    void setMark(Mark mark, bool chosen);
    Mark mark() const { return mMark; }

    // How a choice reads: the engine's words ("pass", "(none)") in the trainee's.
    static QString label(const LessonQuestion &question, int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateMark();

    QString mText;
    int mNumber;
    Mark mMark = Mark::None;
    bool mChosen = false;
    QWidget *mIcon;
    QLabel *mLabel;
};
