#pragma once

#include <QWidget>

class LessonSession;
class QLabel;
class QPushButton;
class QVBoxLayout;

// The end of a lesson: the score, then every question with the trainee's
// answer and, where it was wrong, the right one; Restart and Close.
class LessonSummaryPage : public QWidget
{
    Q_OBJECT

public:
    explicit LessonSummaryPage(QWidget *parent = nullptr);

    void showSummary(const LessonSession &session);
    QLabel *scoreLabel() const { return mScore; }
    QPushButton *restartButton() const { return mRestart; }
    QPushButton *closeButton() const { return mClose; }
    // One row per question, in step order.
    QList<QLabel *> answerLabels() const { return mRows; }

signals:
    void restartClicked();
    void closeClicked();

private:
    QLabel *mScore;
    QLabel *mObjectives;
    QWidget *mList;
    QVBoxLayout *mListLayout;
    QList<QLabel *> mRows;
    QPushButton *mRestart;
    QPushButton *mClose;
};
