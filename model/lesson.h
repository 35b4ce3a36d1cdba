#pragma once

#include "lessonstep.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A walkthrough for trainees, kept in a .secflow file's "lessons" list: the
// file's topology, its requests, and narration per step.
struct Lesson
{
    QString id;
    QString title;
    int level = 1;          // 1 first steps ... 5 advanced; lessons are listed by level, then title
    QString summary;        // one paragraph: what the trainee will see
    QStringList objectives; // "Explain why the password is dropped at IMS Connect", ...
    QList<LessonStep> steps;
    QJsonObject extra;
};
