#include "lessonreader.h"

#include "identity.h"
#include "jsonfieldreader.h"
#include "rulecatalog.h"
#include "topologydata.h"

#include <QSet>

using J = JsonFieldReader;
using Ask = LessonQuestion::Ask;

namespace {

const QStringList kAsks = {"outcome", "check", "arrives", "choice"};
const QStringList kResults = {"pass", "fail", "bypass", "skip", "info"};
const QString kEnd = QStringLiteral("end");

const Request *findRequest(const TopologyData &t, const QString &id)
{
    // The loader calls us before the id indexes are built: search the list.
    for (const Request &q : t.requests) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

bool isElement(const QString &key)
{
    for (int e = 0; e < Identity::ElementCount; ++e) {
        if (Identity::name(Identity::Element(e)) == key)
            return true;
    }
    return false;
}

QStringList elementNames()
{
    QStringList names;
    for (int e = 0; e < Identity::ElementCount; ++e)
        names.append(Identity::name(Identity::Element(e)));
    return names;
}

// Offered when the author gives none; the engine's words, so they can be matched.
QStringList defaultChoices(Ask ask)
{
    switch (ask) {
    case Ask::Outcome: return {QStringLiteral("accepted"), QStringLiteral("rejected")};
    case Ask::Check: return {QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("bypass"), QStringLiteral("skip")};
    case Ask::Arrives:
    case Ask::Choice: break;
    }
    return {};
}

// Required text that must also say something.
QString requiredText(J &r, const QJsonObject &o, const QString &key, const QString &path, int max)
{
    const QString s = r.text(o, key, path, true, max);
    if (o.value(key).isString() && s.trimmed().isEmpty() && o.value(key).toString().size() <= max)
        r.error(J::join(path, key), QStringLiteral("must not be empty"));
    return s;
}

QStringList readChoices(J &r, const QJsonObject &o, const QString &path)
{
    const QString p = J::join(path, QStringLiteral("choices"));
    const QStringList choices = r.stringList(o, QStringLiteral("choices"), path);
    if (!o.contains(QStringLiteral("choices")))
        return choices;
    if (choices.size() < 2 || choices.size() > LessonReader::kMaxChoices)
        r.error(p, QStringLiteral("%1 choices; give 2 to %2").arg(choices.size()).arg(LessonReader::kMaxChoices));
    QSet<QString> seen;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const QString c = choices.at(i).trimmed();
        if (c.isEmpty())
            r.error(J::index(p, i), QStringLiteral("an empty choice"));
        else if (c.size() > LessonReader::kMaxChoice)
            r.error(J::index(p, i), QStringLiteral("%1 characters; at most %2 allowed").arg(c.size()).arg(LessonReader::kMaxChoice));
        else if (seen.contains(c.toLower()))
            r.error(J::index(p, i), QStringLiteral("\"%1\" is offered twice").arg(c));
        seen.insert(c.toLower());
    }
    return choices;
}

// Outcome and check answers are matched against fixed words, so an author's
// own wording could never be marked right.
void checkEngineChoices(J &r, const LessonQuestion &q, const QStringList &allowed, const QString &path)
{
    const QString p = J::join(path, QStringLiteral("choices"));
    for (qsizetype i = 0; i < q.choices.size(); ++i) {
        if (!allowed.contains(q.choices.at(i)))
            r.error(J::index(p, i), QStringLiteral("\"%1\" is not an answer the engine gives; use %2")
                                        .arg(q.choices.at(i), allowed.join(QStringLiteral(", "))));
    }
    if (q.ask == Ask::Outcome && !q.choices.isEmpty()
        && !(q.choices.contains(QStringLiteral("accepted")) && q.choices.contains(QStringLiteral("rejected"))))
        r.error(p, QStringLiteral("an outcome question offers both \"accepted\" and \"rejected\""));
}

std::optional<LessonQuestion> readQuestion(J &r, const QJsonObject &o, const QString &p, const LessonStep &step)
{
    LessonQuestion q;
    const QString ask = r.text(o, QStringLiteral("ask"), p, true, 16);
    if (!ask.isEmpty() && !kAsks.contains(ask)) {
        r.error(J::join(p, QStringLiteral("ask")),
                QStringLiteral("expected one of %1, got \"%2\"").arg(kAsks.join(QStringLiteral(", ")), ask));
        return std::nullopt;
    }
    q.ask = Ask(kAsks.indexOf(ask.isEmpty() ? QStringLiteral("choice") : ask));
    q.text = requiredText(r, o, QStringLiteral("text"), p, LessonReader::kMaxQuestion);
    q.explanation = r.text(o, QStringLiteral("explanation"), p, false, LessonReader::kMaxParagraph);
    q.rule = r.text(o, QStringLiteral("rule"), p, q.ask == Ask::Check, 32);
    if (!q.rule.isEmpty() && !RuleCatalog::find(q.rule))
        r.error(J::join(p, QStringLiteral("rule")), QStringLiteral("no rule \"%1\" in the rule catalogue").arg(q.rule));
    q.element = r.text(o, QStringLiteral("element"), p, q.ask == Ask::Arrives, 32);
    if (!q.element.isEmpty() && !isElement(q.element))
        r.error(J::join(p, QStringLiteral("element")), QStringLiteral("\"%1\" is not an identity element; expected one of %2")
                                                           .arg(q.element, elementNames().join(QStringLiteral(", "))));
    q.choices = readChoices(r, o, p);
    if (q.ask == Ask::Outcome)
        checkEngineChoices(r, q, {QStringLiteral("accepted"), QStringLiteral("rejected")}, p);
    else if (q.ask == Ask::Check)
        checkEngineChoices(r, q, kResults, p);
    else if (q.choices.isEmpty())
        r.error(J::join(p, QStringLiteral("choices")), QStringLiteral("required when ask is \"%1\", missing").arg(ask));
    if (q.choices.isEmpty())
        q.choices = defaultChoices(q.ask);

    const QString ap = J::join(p, QStringLiteral("answer"));
    if (q.ask == Ask::Choice) {
        q.answer = r.integer(o, QStringLiteral("answer"), p, -1, 0, 1000);
        if (!o.contains(QStringLiteral("answer")))
            r.error(ap, QStringLiteral("required when ask is \"choice\", missing"));
        else if (q.answer >= q.choices.size() && !q.choices.isEmpty())
            r.error(ap, QStringLiteral("%1 is out of range 0..%2 (the choices)").arg(q.answer).arg(q.choices.size() - 1));
    } else if (o.contains(QStringLiteral("answer"))) {
        r.error(ap, QStringLiteral("the answer of a \"%1\" question comes from the engine's trace; remove it").arg(ask));
    }
    if ((q.ask == Ask::Check || q.ask == Ask::Arrives) && step.at.isEmpty())
        r.error(p, QStringLiteral("a \"%1\" question needs the step's \"at\": the hop it asks about").arg(ask));
    return q;
}

// `at` must name a stop the request's timeline can have.
void checkStop(J &r, const LessonStep &s, const Request *q, const QString &p)
{
    if (s.at.isEmpty()) {
        if (s.leave)
            r.error(J::join(p, QStringLiteral("leave")), QStringLiteral("needs \"at\": the hop to leave"));
        return;
    }
    if (!q)
        return;
    if (s.at == kEnd) {
        if (s.leave)
            r.error(J::join(p, QStringLiteral("leave")), QStringLiteral("the end of a request has no Leave stop"));
        return;
    }
    if (!q->path.contains(s.at)) {
        r.error(J::join(p, QStringLiteral("at")), QStringLiteral("node \"%1\" is not on the path of request %2").arg(s.at, q->id));
        return;
    }
    if (s.leave && q->path.last() == s.at)
        r.error(J::join(p, QStringLiteral("leave")),
                QStringLiteral("\"%1\" is the last node of request %2; nothing leaves it").arg(s.at, q->id));
}

LessonStep readStep(J &r, const QJsonObject &o, const QString &p, const TopologyData &t, QString *request)
{
    LessonStep s;
    const QString id = r.id(o, QStringLiteral("request"), p, false);
    if (!id.isEmpty())
        *request = id;
    s.request = *request;
    const Request *q = s.request.isEmpty() ? nullptr : findRequest(t, s.request);
    if (!id.isEmpty() && !q)
        r.error(J::join(p, QStringLiteral("request")), QStringLiteral("no request \"%1\" in this file").arg(id));
    s.at = r.text(o, QStringLiteral("at"), p, false, 64);
    if (!s.at.isEmpty() && s.request.isEmpty())
        r.error(J::join(p, QStringLiteral("at")), QStringLiteral("the file has no request to stop in"));
    s.leave = r.boolean(o, QStringLiteral("leave"), p, false);
    checkStop(r, s, q, p);
    s.narration = r.text(o, QStringLiteral("narration"), p, false, LessonReader::kMaxParagraph);
    const QJsonObject predict = r.object(o, QStringLiteral("predict"), p);
    if (o.value(QStringLiteral("predict")).isObject())
        s.predict = readQuestion(r, predict, J::join(p, QStringLiteral("predict")), s);
    if (s.narration.trimmed().isEmpty() && !s.predict)
        r.error(p, QStringLiteral("a step needs a narration or a predict question"));
    s.extra = r.unknownKeys(o, {"request", "at", "leave", "narration", "predict"}, p);
    return s;
}

Lesson readLesson(J &r, const QJsonObject &o, const QString &p, const TopologyData &t)
{
    Lesson l;
    l.id = r.id(o, QStringLiteral("id"), p);
    l.title = requiredText(r, o, QStringLiteral("title"), p, LessonReader::kMaxTitle);
    if (!o.contains(QStringLiteral("level")))
        r.error(J::join(p, QStringLiteral("level")), QStringLiteral("required, missing"));
    l.level = r.integer(o, QStringLiteral("level"), p, 1, 1, LessonReader::kMaxLevel);
    l.summary = r.text(o, QStringLiteral("summary"), p, false, LessonReader::kMaxParagraph);
    l.objectives = r.stringList(o, QStringLiteral("objectives"), p);
    const QString op = J::join(p, QStringLiteral("objectives"));
    if (l.objectives.size() > LessonReader::kMaxObjectives)
        r.error(op, QStringLiteral("%1 objectives; at most %2").arg(l.objectives.size()).arg(LessonReader::kMaxObjectives));
    for (qsizetype i = 0; i < l.objectives.size(); ++i) {
        if (l.objectives.at(i).size() > LessonReader::kMaxQuestion)
            r.error(J::index(op, i), QStringLiteral("%1 characters; at most %2 allowed").arg(l.objectives.at(i).size()).arg(LessonReader::kMaxQuestion));
    }

    const QString sp = J::join(p, QStringLiteral("steps"));
    const QJsonValue steps = o.value(QStringLiteral("steps"));
    if (!steps.isArray()) {
        r.error(sp, steps.isUndefined() ? QStringLiteral("required, missing")
                                        : QStringLiteral("expected a list, got %1").arg(J::typeName(steps)));
    } else if (steps.toArray().isEmpty() || steps.toArray().size() > LessonReader::kMaxSteps) {
        r.error(sp, QStringLiteral("%1 steps; give 1 to %2").arg(steps.toArray().size()).arg(LessonReader::kMaxSteps));
    } else {
        // Steps before the first one naming a request belong to that request (an introduction).
        const QJsonArray a = steps.toArray();
        QString request = t.requests.isEmpty() ? QString() : t.requests.first().id;
        for (const QJsonValue &v : a) {
            const QJsonValue named = v.toObject().value(QStringLiteral("request"));
            if (named.isString() && findRequest(t, named.toString())) {
                request = named.toString();
                break;
            }
        }
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString ip = J::index(sp, i);
            if (!a.at(i).isObject())
                r.error(ip, QStringLiteral("expected an object, got %1").arg(J::typeName(a.at(i))));
            else
                l.steps.append(readStep(r, a.at(i).toObject(), ip, t, &request));
        }
    }
    l.extra = r.unknownKeys(o, {"id", "title", "level", "summary", "objectives", "steps"}, p);
    return l;
}

} // namespace

QList<Lesson> LessonReader::read(JsonFieldReader &r, const QJsonArray &lessons, const TopologyData &t)
{
    QList<Lesson> out;
    QSet<QString> ids;
    const QString root = QStringLiteral("lessons");
    for (qsizetype i = 0; i < lessons.size(); ++i) {
        const QString p = J::index(root, i);
        if (!lessons.at(i).isObject()) {
            r.error(p, QStringLiteral("expected an object, got %1").arg(J::typeName(lessons.at(i))));
            continue;
        }
        Lesson l = readLesson(r, lessons.at(i).toObject(), p, t);
        if (!l.id.isEmpty() && ids.contains(l.id))
            r.error(J::join(p, QStringLiteral("id")), QStringLiteral("duplicate lesson id \"%1\"").arg(l.id));
        ids.insert(l.id);
        out.append(l);
    }
    return out;
}

QList<Lesson> LessonReader::read(const TopologyData &t, QStringList *errors)
{
    JsonFieldReader r{QString(), QByteArray()};
    const QList<Lesson> lessons = read(r, t.lessons, t);
    if (errors) {
        errors->clear();
        for (const LoadError &e : r.errors())
            errors->append(e.path.isEmpty() ? e.message : e.path + QStringLiteral(": ") + e.message);
    }
    return lessons;
}

