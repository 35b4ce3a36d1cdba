#pragma once

#include <QString>
#include <QStringList>

// A "predict" question asked before a lesson step is revealed. Except for
// Choice, the right answer is not written in the file: it is read from the
// engine's trace, so a lesson can never teach something the engine does not do.
struct LessonQuestion
{
    enum class Ask {
        Outcome,  // "Will the request be accepted?"      choices: accepted, rejected
        Check,    // "What will RULE do at this hop?"      choices: pass, fail, bypass, skip, info (or a subset)
        Arrives,  // "Which ELEMENT reaches this hop?"     choices written by the author; "(none)" for absent
        Choice    // free question; `answer` names the right choice
    };

    Ask ask = Ask::Choice;
    QString text;         // the question as the trainee reads it
    QString rule;         // Check: the rule ID asked about
    QString element;      // Arrives: identity element key of RULES.md ("userid", "utoken", ...)
    QStringList choices;  // Outcome and Check: defaults filled in by the reader when absent
    int answer = -1;      // Choice only: index into choices
    QString explanation;  // shown after the answer, right or wrong
};
