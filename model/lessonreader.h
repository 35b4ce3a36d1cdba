#pragma once

#include "lesson.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>

class JsonFieldReader;
struct TopologyData;

// Reads and validates a file's "lessons" list against the file's own requests.
// TopologyData keeps the list as opaque JSON (so a save writes it back byte for
// byte); this turns it into Lesson values for whoever plays a lesson, and lets
// the loader refuse a lesson that points at a request or node that is not there.
// Right answers are not checked here: they come from the engine (LessonAnswers).
namespace LessonReader {

// Limits that keep a lesson readable on screen, not merely storable.
constexpr int kMaxTitle = 200;
constexpr int kMaxParagraph = 4000;   // summary, narration, explanation
constexpr int kMaxQuestion = 1000;
constexpr int kMaxChoice = 200;
constexpr int kMaxChoices = 8;
constexpr int kMaxObjectives = 12;
constexpr int kMaxSteps = 200;
constexpr int kMaxLevel = 5;

// Used by SecflowReader once nodes and requests are read: every problem is
// recorded in `r` under the path "lessons[i]...", so it gets file and line.
QList<Lesson> read(JsonFieldReader &r, const QJsonArray &lessons, const TopologyData &t);

// Each step's `request` comes back filled in: its own, else the previous
// step's, else (steps before any names one) the first request the lesson
// names, else the file's first. Questions without `choices` get the defaults
// of Outcome (accepted, rejected) and Check (pass, fail, bypass, skip).

// For callers holding a loaded file (the lesson player): the same checks, each
// problem as one "path: message" line in `errors`.
QList<Lesson> read(const TopologyData &t, QStringList *errors = nullptr);

} // namespace LessonReader
