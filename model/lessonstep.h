#pragma once

#include "lessonquestion.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// One step of a lesson: where the playback stands and what the narrator says.
// `at` is a node id on the request's path, or "end" for the request's last
// stop; a step without `at` is shown before the request starts (an introduction).
struct LessonStep
{
    QString request;  // request id; LessonReader fills in an absent one (previous step's, else first named)
    QString at;       // node id on the path, "end", or empty: before the first hop
    bool leave = false;  // the Leave stop of that hop rather than its Arrive stop
    QString narration;
    std::optional<LessonQuestion> predict;
    QJsonObject extra;  // keys we do not know, written back unchanged
};
