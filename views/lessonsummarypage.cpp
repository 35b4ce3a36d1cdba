#include "lessonsummarypage.h"

#include "answermark.h"
#include "lessonchoicebutton.h"
#include "lessonsession.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

LessonSummaryPage::LessonSummaryPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    mScore = new QLabel(this);
    mScore->setObjectName(QStringLiteral("lessonScore"));
    mScore->setWordWrap(true);
    QFont big;  // only weight and relative size: the panel's scale still applies
    big.setBold(true);
    mScore->setFont(big);
    mObjectives = new QLabel(this);
    mObjectives->setWordWrap(true);
    mObjectives->setTextFormat(Qt::RichText);
    mList = new QWidget(this);
    mListLayout = new QVBoxLayout(mList);
    mListLayout->setContentsMargins(0, 0, 0, 0);
    mListLayout->setSpacing(10);

    auto *buttons = new QHBoxLayout;
    mRestart = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Restart Lesson"), this);
    mClose = new QPushButton(style()->standardIcon(QStyle::SP_DialogCloseButton), tr("&Close Lesson"), this);
    mRestart->setObjectName(QStringLiteral("lessonRestart"));
    mClose->setObjectName(QStringLiteral("lessonClose"));
    buttons->addWidget(mRestart);
    buttons->addWidget(mClose);
    buttons->addStretch(1);
    connect(mRestart, &QPushButton::clicked, this, &LessonSummaryPage::restartClicked);
    connect(mClose, &QPushButton::clicked, this, &LessonSummaryPage::closeClicked);

    // Restart and Close right under the score, not below a long list.
    layout->addWidget(mScore);
    layout->addLayout(buttons);
    layout->addWidget(mList);
    layout->addWidget(mObjectives);
    layout->addStretch(1);
}

void LessonSummaryPage::showSummary(const LessonSession &session)
{
    const int asked = session.questionCount();
    const int right = session.correctCount();
    mScore->setText(asked == 0 ? tr("Lesson complete.")
                               : tr("Lesson complete. You predicted %1 of %2 correctly.").arg(right).arg(asked));

    qDeleteAll(mList->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    mRows.clear();
    const int iconSize = fontMetrics().height() + 2;
    int number = 0;
    for (const LessonAnswer &a : session.answers()) {
        const LessonQuestion &q = *session.step(a.step).predict;
        auto *row = new QWidget(mList);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *mark = new QLabel(row);
        mark->setPixmap(AnswerMark::pixmap(a.isCorrect(), iconSize, palette(), devicePixelRatioF()));
        auto *text = new QLabel(row);
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        const QString chosen = a.isAnswered() ? LessonChoiceButton::label(q, a.chosen).toHtmlEscaped() : tr("(not answered)");
        QString html = tr("<b>%1. %2</b><br>Your answer: %3 (%4)")
                           .arg(++number)
                           .arg(q.text.toHtmlEscaped(), chosen, a.isCorrect() ? tr("right") : tr("wrong"));
        if (!a.isCorrect() && a.right >= 0)
            html += tr("<br>Right answer: %1").arg(LessonChoiceButton::label(q, a.right).toHtmlEscaped());
        text->setText(html);
        h->addWidget(mark, 0, Qt::AlignTop);
        h->addWidget(text, 1);
        mListLayout->addWidget(row);
        row->show();
        mRows.append(text);
    }

    const QStringList objectives = session.lesson().objectives;
    QString list;
    for (const QString &o : objectives)
        list += QStringLiteral("<li>%1</li>").arg(o.toHtmlEscaped());
    mObjectives->setText(objectives.isEmpty() ? QString() : tr("<b>What this lesson covered:</b><ul>%1</ul>").arg(list));
    mObjectives->setVisible(!objectives.isEmpty());
}
