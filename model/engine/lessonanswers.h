#pragma once

#include "lesson.h"
#include "trace.h"

#include <QStringList>

struct TopologyData;

// The right answer of a lesson's predict question, read from the engine's
// trace of the step's request (hop by hop: the TraceTimeline is a pure
// function of the trace, so the Arrive and Leave stops of a hop give the same
// answer). When there is none it says why in words, so a broken lesson is
// caught by tst_lessons and LessonSession instead of by a trainee.
namespace LessonAnswers {

// Index into step.predict->choices of the right answer, read from `trace`, the
// trace of step.request. -1 with `error` set when the trace cannot answer:
// the request stops before `at`, the rule does not run there, the value that
// arrives is not offered, ... A step without a question gives -1 and no error.
// Check: the rule's result at the hop (a fail wins when it runs twice).
// Arrives: the element as it arrives at the hop; "(none)" when absent; a flag
// (password, trusted) that is present is the one choice that is not "(none)".
int rightChoice(const LessonStep &step, const Trace &trace, QString *error = nullptr);

// Runs every request the lesson uses once and checks every step: its stop
// exists in the trace and its question can be answered. One line per
// problem, "steps[N]: ..."; empty when the lesson is sound. The lesson comes
// from LessonReader, so requests and nodes are known to exist.
QStringList problems(const TopologyData &topology, const Lesson &lesson);

} // namespace LessonAnswers
