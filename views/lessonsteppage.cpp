#include "lessonsteppage.h"

#include "answermark.h"
#include "lessonchoicebutton.h"
#include "lessonsession.h"
#include "rulecatalog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {
QLabel *wrappingLabel(QWidget *parent, Qt::TextFormat format = Qt::AutoText)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(format);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}
} // namespace

LessonStepPage::LessonStepPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    mQuestionHeading = new QLabel(tr("Predict"), this);
    QFont heading;  // only the weight: sizes follow the panel's font scale
    heading.setBold(true);
    mQuestionHeading->setFont(heading);
    mQuestion = wrappingLabel(this);
    mQuestion->setObjectName(QStringLiteral("lessonQuestion"));
    mChoiceBox = new QWidget(this);
    mChoiceLayout = new QVBoxLayout(mChoiceBox);
    mChoiceLayout->setContentsMargins(0, 0, 0, 0);
    mChoiceLayout->setSpacing(8);

    mFeedback = new QWidget(this);
    auto *feedback = new QHBoxLayout(mFeedback);
    feedback->setContentsMargins(0, 4, 0, 0);
    mFeedbackIcon = new QLabel(mFeedback);
    mFeedbackText = wrappingLabel(mFeedback, Qt::PlainText);
    mFeedbackText->setObjectName(QStringLiteral("lessonFeedback"));
    mFeedbackText->setFont(heading);
    feedback->addWidget(mFeedbackIcon, 0, Qt::AlignTop);
    feedback->addWidget(mFeedbackText, 1);
    mExplanation = wrappingLabel(this);
    mNarration = wrappingLabel(this);
    mNarration->setObjectName(QStringLiteral("lessonNarration"));

    layout->addWidget(mQuestionHeading);
    layout->addWidget(mQuestion);
    layout->addWidget(mChoiceBox);
    layout->addWidget(mFeedback);
    layout->addWidget(mExplanation);
    layout->addWidget(mNarration);
    layout->addStretch(1);
}

void LessonStepPage::showStep(const LessonSession &session, int index)
{
    const LessonStep &step = session.step(index);
    const LessonAnswer *answer = session.answerOf(index);
    const bool pending = answer && !answer->isAnswered();
    showQuestion(session, index);

    mFeedback->setVisible(answer && answer->isAnswered());
    if (answer && answer->isAnswered()) {
        mRight = answer->isCorrect();
        const QString right = LessonChoiceButton::label(*step.predict, answer->right);
        mFeedbackText->setText(mRight ? tr("Right: %1.").arg(right) : tr("Not quite. The right answer is: %1.").arg(right));
        const int size = mFeedbackText->fontMetrics().height() + 4;
        mFeedbackIcon->setPixmap(AnswerMark::pixmap(mRight, size, palette(), devicePixelRatioF()));
    }
    const QString explanation = answer && answer->isAnswered() ? explanationOf(session, index) : QString();
    mExplanation->setText(explanation);
    mExplanation->setVisible(!explanation.isEmpty());
    mNarration->setText(step.narration);
    mNarration->setVisible(!pending && !step.narration.isEmpty());
}

void LessonStepPage::showQuestion(const LessonSession &session, int index)
{
    qDeleteAll(mChoices);
    mChoices.clear();
    const LessonStep &step = session.step(index);
    const LessonAnswer *answer = session.answerOf(index);
    mQuestionHeading->setVisible(bool(step.predict));
    mQuestion->setVisible(bool(step.predict));
    mChoiceBox->setVisible(bool(step.predict));
    if (!step.predict || !answer)
        return;
    mQuestionHeading->setText(answer->isAnswered() ? tr("Your prediction") : tr("Predict before you look"));
    mQuestion->setText(step.predict->text);
    for (int i = 0; i < step.predict->choices.size(); ++i) {
        auto *button = new LessonChoiceButton(LessonChoiceButton::label(*step.predict, i), i + 1, mChoiceBox);
        button->setObjectName(QStringLiteral("lessonChoice%1").arg(i));
        if (answer->isAnswered()) {
            button->setEnabled(false);
            if (i == answer->right)
                button->setMark(LessonChoiceButton::Mark::Right, i == answer->chosen);
            else if (i == answer->chosen)
                button->setMark(LessonChoiceButton::Mark::Wrong, true);
        }
        connect(button, &QPushButton::clicked, this, [this, i] { emit choiceClicked(i); });
        mChoiceLayout->addWidget(button);
        button->show();  // now, not when the layout gets round to it: keys and clicks may come first
        mChoices.append(button);
    }
}

QString LessonStepPage::explanationOf(const LessonSession &session, int index) const
{
    const LessonQuestion &q = *session.step(index).predict;
    QString text = q.explanation;
    // A check question names its rule: the catalogue says what it is about.
    if (q.ask == LessonQuestion::Ask::Check) {
        if (const RuleInfo *rule = RuleCatalog::find(q.rule)) {
            const QString line = tr("<b>%1</b>: %2").arg(rule->id, rule->title.toHtmlEscaped());
            text = text.isEmpty() ? line : QStringLiteral("<p>%1</p><p>%2</p>").arg(line, Qt::mightBeRichText(text) ? text : text.toHtmlEscaped());
        }
    }
    return text;
}

void LessonStepPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && mFeedback->isVisibleTo(this)) {
        const int size = mFeedbackText->fontMetrics().height() + 4;
        mFeedbackIcon->setPixmap(AnswerMark::pixmap(mRight, size, palette(), devicePixelRatioF()));
    }
}
