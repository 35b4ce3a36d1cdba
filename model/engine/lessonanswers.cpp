#include "lessonanswers.h"

#include "simulator.h"
#include "topologydata.h"

#include <QHash>

namespace {

const QString kNone = QStringLiteral("(none)");

int indexOf(const QStringList &choices, const QString &value)
{
    for (int i = 0; i < choices.size(); ++i) {
        if (choices.at(i).compare(value, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString offered(const QStringList &choices)
{
    return QLatin1Char('"') + choices.join(QStringLiteral("\", \"")) + QLatin1Char('"');
}

int fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return -1;
}

// The hop a step stands at; null with `error` when the trace never gets there.
const Hop *hopOf(const LessonStep &step, const Trace &trace, QString *error)
{
    if (trace.hops.isEmpty()) {
        fail(error, QStringLiteral("request %1 has no hops").arg(step.request));
        return nullptr;
    }
    if (step.at == QLatin1String("end"))
        return &trace.hops.last();
    if (const Hop *h = trace.hop(step.at))
        return h;
    fail(error, QStringLiteral("request %1 stops at \"%2\" (%3) and never reaches \"%4\"")
                    .arg(step.request, trace.hops.last().node, trace.failedRule.isEmpty() ? QStringLiteral("end of path") : trace.failedRule, step.at));
    return nullptr;
}

int checkAnswer(const LessonQuestion &q, const Hop &hop, QString *error)
{
    const Check *found = nullptr;
    for (const Check &c : hop.checks) {
        if (c.rule == q.rule && (!found || c.result == Check::Result::Fail))
            found = &c;
    }
    if (!found)
        return fail(error, QStringLiteral("rule %1 does not run at \"%2\"").arg(q.rule, hop.node));
    const QString result = Check::resultName(found->result);
    const int i = indexOf(q.choices, result);
    return i >= 0 ? i : fail(error, QStringLiteral("rule %1 gives \"%2\" at \"%3\", which is not among %4")
                                        .arg(q.rule, result, hop.node, offered(q.choices)));
}

int arrivesAnswer(const LessonQuestion &q, const Hop &hop, QString *error)
{
    for (int e = 0; e < Identity::ElementCount; ++e) {
        const auto element = Identity::Element(e);
        if (Identity::name(element).compare(q.element, Qt::CaseInsensitive) != 0)
            continue;
        const int none = indexOf(q.choices, kNone);
        if (!hop.arrives.has(element))
            return none >= 0 ? none : fail(error, QStringLiteral("no %1 arrives at \"%2\", and \"(none)\" is not among %3")
                                                      .arg(q.element, hop.node, offered(q.choices)));
        const QString value = hop.arrives.value(element);
        if (value.isEmpty()) {
            if (q.choices.size() == 2 && none >= 0)
                return 1 - none;
            return fail(error, QStringLiteral("%1 is a flag: offer exactly two choices, one of them \"(none)\"").arg(q.element));
        }
        const int i = indexOf(q.choices, value);
        return i >= 0 ? i : fail(error, QStringLiteral("%1 %2 arrives at \"%3\", which is not among %4")
                                            .arg(q.element, value, hop.node, offered(q.choices)));
    }
    return fail(error, QStringLiteral("\"%1\" is not an identity element").arg(q.element));
}

} // namespace

int LessonAnswers::rightChoice(const LessonStep &step, const Trace &trace, QString *error)
{
    if (!step.predict)
        return -1;
    const LessonQuestion &q = *step.predict;
    switch (q.ask) {
    case LessonQuestion::Ask::Outcome: {
        const int i = indexOf(q.choices, trace.accepted ? QStringLiteral("accepted") : QStringLiteral("rejected"));
        return i >= 0 ? i : fail(error, QStringLiteral("the outcome is not among %1").arg(offered(q.choices)));
    }
    case LessonQuestion::Ask::Check:
    case LessonQuestion::Ask::Arrives: {
        if (step.at.isEmpty())
            return fail(error, QStringLiteral("the question needs \"at\": the hop it asks about"));
        const Hop *hop = hopOf(step, trace, error);
        if (!hop)
            return -1;
        return q.ask == LessonQuestion::Ask::Check ? checkAnswer(q, *hop, error) : arrivesAnswer(q, *hop, error);
    }
    case LessonQuestion::Ask::Choice:
        return q.answer >= 0 && q.answer < q.choices.size() ? q.answer
                                                            : fail(error, QStringLiteral("answer %1 is not a choice").arg(q.answer));
    }
    return -1;
}

QStringList LessonAnswers::problems(const TopologyData &topology, const Lesson &lesson)
{
    QStringList out;
    const Simulator simulator(topology);
    QHash<QString, Trace> traces;
    for (qsizetype i = 0; i < lesson.steps.size(); ++i) {
        const LessonStep &s = lesson.steps.at(i);
        const QString where = QStringLiteral("steps[%1]: ").arg(i);
        if (s.request.isEmpty())
            continue;
        const Request *request = topology.request(s.request);
        if (!request) {
            out.append(where + QStringLiteral("no request \"%1\"").arg(s.request));
            continue;
        }
        if (!traces.contains(s.request))
            traces.insert(s.request, simulator.run(*request));
        const Trace &trace = traces[s.request];
        QString error;
        if (!s.at.isEmpty() && !hopOf(s, trace, &error)) {
            out.append(where + error);
            continue;
        }
        if (s.leave && !trace.hops.isEmpty() && trace.hops.last().node == s.at)
            out.append(where + QStringLiteral("request %1 stops at \"%2\": it has no Leave stop there").arg(s.request, s.at));
        if (!s.predict)
            continue;
        if (s.leave && s.predict->ask == LessonQuestion::Ask::Arrives)
            out.append(where + QStringLiteral("an \"arrives\" question reads the hop's arrival; ask it at the next hop, not on a Leave stop"));
        if (rightChoice(s, trace, &error) < 0)
            out.append(where + error);
    }
    return out;
}
