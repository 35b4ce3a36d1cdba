#pragma once

#include <QList>
#include <QWidget>

class LessonChoiceButton;
class LessonSession;
class QLabel;
class QVBoxLayout;

// One lesson step as the trainee reads it. With a question still open: the
// question and one button per choice, nothing else (the narration would give
// the answer away). Once answered: right or wrong with a mark and in words,
// the explanation, then the narration. A step without a question shows its
// narration at once.
class LessonStepPage : public QWidget
{
    Q_OBJECT

public:
    explicit LessonStepPage(QWidget *parent = nullptr);

    void showStep(const LessonSession &session, int index);
    const QList<LessonChoiceButton *> &choiceButtons() const { return mChoices; }
    QLabel *narrationLabel() const { return mNarration; }
    QLabel *feedbackLabel() const { return mFeedbackText; }

signals:
    void choiceClicked(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showQuestion(const LessonSession &session, int index);
    QString explanationOf(const LessonSession &session, int index) const;

    QLabel *mQuestionHeading;
    QLabel *mQuestion;
    QWidget *mChoiceBox;
    QVBoxLayout *mChoiceLayout;
    QList<LessonChoiceButton *> mChoices;
    QWidget *mFeedback;
    QLabel *mFeedbackIcon;
    QLabel *mFeedbackText;
    QLabel *mExplanation;
    QLabel *mNarration;
    bool mRight = false;
};
