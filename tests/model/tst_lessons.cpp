// Lessons (issue 4): the reader refuses a lesson that does not fit its file,
// with the JSON path and line like every other load error; the list round-trips
// unchanged; and every built-in lesson in resources/lessons loads, stops only
// where its requests go, and asks only questions the engine can answer.
#include "lessonanswers.h"
#include "lessonreader.h"
#include "nodekinds.h"
#include "scenario.h"
#include "secflowreader.h"
#include "secflowwriter.h"
#include "simulator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace {

const QString kLessonDir = QStringLiteral(SECFLOW_SOURCE_DIR "/resources/lessons");

// Client app -> IMS Connect icon (RACF=Y) -> OTMA -> IMS, and ALICE's PAYROLL request r1.
Scenario chain()
{
    Scenario s;
    s.basicChain({{"RACF", "Y"}});
    const QJsonObject r1{{"id", "r1"}, {"kind", "transaction"}, {"resource", "PAYROLL"},
                         {"path", QJsonArray{"app", "icon", "otma", "ims"}},
                         {"identity", QJsonObject{{"userid", "ALICE"}, {"password", "ALICEPW"}}}};
    QJsonObject r2 = r1;
    r2.insert(QStringLiteral("id"), QStringLiteral("r2"));
    r2.insert(QStringLiteral("identity"), QJsonObject{{"userid", "ALICE"}, {"password", "WRONG"}});
    s.set(QStringLiteral("requests"), QJsonArray{r1, r2});
    return s;
}

QJsonObject lessonWith(const QJsonArray &steps)
{
    return {{"id", "l1"}, {"title", "A lesson"}, {"level", 1}, {"steps", steps}};
}

QByteArray fileWith(const QJsonArray &lessons)
{
    Scenario s = chain();
    s.set(QStringLiteral("lessons"), lessons);
    return QJsonDocument(s.json()).toJson();
}

// Every load error as "path: message".
QStringList loadErrors(const QJsonArray &lessons)
{
    SecflowReader reader;
    reader.read(fileWith(lessons), QStringLiteral("lesson.secflow"));
    QStringList out;
    for (const LoadError &e : reader.errors())
        out.append(e.path + QStringLiteral(": ") + e.message);
    return out;
}

QStringList lessonFiles()
{
    QStringList files;
    for (const QString &name : QDir(kLessonDir).entryList({QStringLiteral("*.secflow")}, QDir::Files, QDir::Name))
        files.append(kLessonDir + QLatin1Char('/') + name);
    return files;
}

struct LoadedLesson
{
    QString file;
    TopologyData topology;
    Lesson lesson;
};

QList<LoadedLesson> loadAll()
{
    QList<LoadedLesson> out;
    for (const QString &file : lessonFiles()) {
        SecflowReader reader;
        const auto t = reader.readFile(file);
        if (!t)
            qFatal("%s", qPrintable(reader.errorString()));
        const QList<Lesson> lessons = LessonReader::read(*t);
        if (lessons.size() != 1)
            qFatal("%s holds %d lessons; a lesson file holds exactly one", qPrintable(file), int(lessons.size()));
        out.append({file, *t, lessons.first()});
    }
    return out;
}

// The hops a lesson shows with a stop: the step's hop, or the last one for "end".
QList<Hop> shownHops(const LoadedLesson &l)
{
    const Simulator sim(l.topology);
    QList<Hop> hops;
    for (const LessonStep &s : l.lesson.steps) {
        const Request *q = l.topology.request(s.request);
        if (!q || s.at.isEmpty())
            continue;
        const Trace t = sim.run(*q);
        const Hop *h = s.at == QLatin1String("end") ? (t.hops.isEmpty() ? nullptr : &t.hops.last()) : t.hop(s.at);
        if (h)
            hops.append(*h);
    }
    return hops;
}

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT

private slots:
    void readsAValidLesson()
    {
        const QJsonObject predict{{"ask", "arrives"}, {"element", "utoken"}, {"text", "Whose UTOKEN?"},
                                  {"choices", QJsonArray{"ALICE", "HWS", "(none)"}}};
        const QJsonArray steps{QJsonObject{{"narration", "intro"}},
                               QJsonObject{{"request", "r1"}, {"at", "icon"}, {"leave", true}, {"narration", "leaves"}},
                               QJsonObject{{"at", "otma"}, {"predict", predict}, {"x-step", 7}},
                               QJsonObject{{"at", "end"}, {"predict", QJsonObject{{"ask", "outcome"}, {"text", "Runs?"}}}}};
        QJsonObject lesson = lessonWith(steps);
        lesson.insert(QStringLiteral("x-lesson"), QStringLiteral("kept"));
        SecflowReader reader;
        const auto t = reader.read(fileWith({lesson}));
        QVERIFY2(t, qPrintable(reader.errorString()));
        QStringList errors;
        const QList<Lesson> lessons = LessonReader::read(*t, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        QCOMPARE(lessons.size(), 1);
        const Lesson &l = lessons.first();
        QCOMPARE(l.extra.value("x-lesson").toString(), QString("kept"));
        QCOMPARE(l.steps.size(), 4);
        QCOMPARE(l.steps.at(0).request, QString("r1"));  // an introduction belongs to the first request named
        QVERIFY(l.steps.at(1).leave);
        QCOMPARE(l.steps.at(2).request, QString("r1"));  // inherited from the step before
        QCOMPARE(l.steps.at(2).extra.value("x-step").toInt(), 7);
        QCOMPARE(l.steps.at(2).predict->ask, LessonQuestion::Ask::Arrives);
        QCOMPARE(l.steps.at(3).predict->choices, QStringList({"accepted", "rejected"}));  // defaults filled in
    }

    void rejectsBadLessons_data()
    {
        QTest::addColumn<QJsonValue>("lessons");
        QTest::addColumn<QString>("error");
        const auto one = [](const QJsonObject &step) { return QJsonValue(QJsonArray{lessonWith({step})}); };
        const auto ask = [&](const QJsonObject &predict, const QString &at = QStringLiteral("icon")) {
            return one({{"request", "r1"}, {"at", at}, {"predict", predict}});
        };
        QTest::newRow("node off the path") << one({{"request", "r1"}, {"at", "x"}, {"narration", "n"}})
                                           << "lessons[0].steps[0].at: node \"x\" is not on the path of request r1";
        QTest::newRow("unknown request") << one({{"request", "r9"}, {"narration", "n"}})
                                         << "lessons[0].steps[0].request: no request \"r9\" in this file";
        QTest::newRow("unknown ask") << ask({{"ask", "guess"}, {"text", "?"}})
                                     << "lessons[0].steps[0].predict.ask: expected one of outcome, check, arrives, choice, got \"guess\"";
        QTest::newRow("unknown rule") << ask({{"ask", "check"}, {"rule", "ICON-99"}, {"text", "?"}})
                                      << "lessons[0].steps[0].predict.rule: no rule \"ICON-99\" in the rule catalogue";
        QTest::newRow("check without rule") << ask({{"ask", "check"}, {"text", "?"}})
                                            << "lessons[0].steps[0].predict.rule: required, missing";
        QTest::newRow("unknown element")
            << ask({{"ask", "arrives"}, {"element", "badge"}, {"text", "?"}, {"choices", QJsonArray{"A", "B"}}})
            << "lessons[0].steps[0].predict.element: \"badge\" is not an identity element; expected one of userid, group, "
               "password, passticket, utoken, raco, acee, pstusid, netuid, netsid, certificate, untp, saml, jwt, trusted";
        QTest::newRow("arrives without choices") << ask({{"ask", "arrives"}, {"element", "utoken"}, {"text", "?"}})
                                                 << "lessons[0].steps[0].predict.choices: required when ask is \"arrives\", missing";
        QTest::newRow("answer out of range")
            << ask({{"ask", "choice"}, {"text", "?"}, {"choices", QJsonArray{"a", "b"}}, {"answer", 2}})
            << "lessons[0].steps[0].predict.answer: 2 is out of range 0..1 (the choices)";
        QTest::newRow("answer written for check")
            << ask({{"ask", "check"}, {"rule", "ICON-01"}, {"text", "?"}, {"answer", 0}})
            << "lessons[0].steps[0].predict.answer: the answer of a \"check\" question comes from the engine's trace; remove it";
        QTest::newRow("own words for an outcome")
            << ask({{"ask", "outcome"}, {"text", "?"}, {"choices", QJsonArray{"yes", "no"}}}, QStringLiteral("end"))
            << "lessons[0].steps[0].predict.choices[0]: \"yes\" is not an answer the engine gives; use accepted, rejected";
        QTest::newRow("one choice") << ask({{"ask", "choice"}, {"text", "?"}, {"choices", QJsonArray{"a"}}, {"answer", 0}})
                                    << "lessons[0].steps[0].predict.choices: 1 choices; give 2 to 8";
        QTest::newRow("check needs at") << one({{"request", "r1"}, {"predict", QJsonObject{{"ask", "check"}, {"rule", "ICON-01"}, {"text", "?"}}}})
                                        << "lessons[0].steps[0].predict: a \"check\" question needs the step's \"at\": the hop it asks about";
        QTest::newRow("leave the end") << one({{"request", "r1"}, {"at", "end"}, {"leave", true}, {"narration", "n"}})
                                       << "lessons[0].steps[0].leave: the end of a request has no Leave stop";
        QTest::newRow("leave the last node") << one({{"request", "r1"}, {"at", "ims"}, {"leave", true}, {"narration", "n"}})
                                             << "lessons[0].steps[0].leave: \"ims\" is the last node of request r1; nothing leaves it";
        QTest::newRow("empty step") << one({{"request", "r1"}})
                                    << "lessons[0].steps[0]: a step needs a narration or a predict question";
        QTest::newRow("long narration") << one({{"narration", QString(LessonReader::kMaxParagraph + 1, 'x')}})
                                        << "lessons[0].steps[0].narration: 4001 characters; at most 4000 allowed";
        QTest::newRow("no steps") << QJsonValue(QJsonArray{QJsonObject{{"id", "l1"}, {"title", "t"}, {"level", 1}}})
                                  << "lessons[0].steps: required, missing";
        QTest::newRow("level out of range") << QJsonValue(QJsonArray{QJsonObject{{"id", "l1"}, {"title", "t"}, {"level", 6},
                                                                                 {"steps", QJsonArray{QJsonObject{{"narration", "n"}}}}}})
                                            << "lessons[0].level: 6 is out of range 1..5";
        QTest::newRow("duplicate id") << QJsonValue(QJsonArray{lessonWith({QJsonObject{{"narration", "n"}}}),
                                                               lessonWith({QJsonObject{{"narration", "n"}}})})
                                      << "lessons[1].id: duplicate lesson id \"l1\"";
        QTest::newRow("not an object") << QJsonValue(QJsonArray{3}) << "lessons[0]: expected an object, got a number";
    }

    void rejectsBadLessons()
    {
        QFETCH(QJsonValue, lessons);
        QFETCH(QString, error);
        const QStringList errors = loadErrors(lessons.toArray());
        QVERIFY2(errors.contains(error), qPrintable(errors.join('\n')));
    }

    void errorsNameFileAndLine()
    {
        const QJsonArray lessons{lessonWith({QJsonObject{{"request", "r1"}, {"at", "nowhere"}, {"narration", "n"}}})};
        const QByteArray bytes = fileWith(lessons);
        SecflowReader reader;
        QVERIFY(!reader.read(bytes, QStringLiteral("lesson.secflow")));
        QCOMPARE(reader.errors().size(), 1);
        const LoadError &e = reader.errors().first();
        const int line = int(bytes.left(bytes.indexOf("\"nowhere\"")).count('\n')) + 1;
        QCOMPARE(e.line, line);
        QCOMPARE(e.toString(), QStringLiteral("lesson.secflow:%1: lessons[0].steps[0].at: node \"nowhere\" is not on the path of request r1").arg(line));
    }

    void roundTripKeepsLessonsUnchanged()
    {
        for (const QString &file : lessonFiles()) {
            SecflowReader reader;
            const auto t = reader.readFile(file);
            QVERIFY2(t, qPrintable(reader.errorString()));
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonArray original = QJsonDocument::fromJson(f.readAll()).object().value("lessons").toArray();
            const QByteArray saved = SecflowWriter::toBytes(*t);
            QCOMPARE(QJsonDocument::fromJson(saved).object().value("lessons").toArray(), original);
            const auto again = reader.read(saved);
            QVERIFY2(again, qPrintable(reader.errorString()));
            QCOMPARE(SecflowWriter::toBytes(*again), saved);
        }
    }

    // covers: ICON-01 OTMA-02
    void answersComeFromTheTrace()
    {
        const auto t = chain().load();
        QVERIFY(t);
        const Trace ok = Simulator(*t).run(t->requests.at(0));
        const Trace bad = Simulator(*t).run(t->requests.at(1));
        LessonStep s;
        s.request = QStringLiteral("r1");
        s.at = QStringLiteral("icon");
        s.predict = LessonQuestion{LessonQuestion::Ask::Check, "?", "ICON-01", {}, {"pass", "fail"}, -1, {}};
        QString error;
        QCOMPARE(LessonAnswers::rightChoice(s, ok, &error), 0);
        QCOMPARE(LessonAnswers::rightChoice(s, bad, &error), 1);

        s.predict->rule = QStringLiteral("OTMA-02");
        QCOMPARE(LessonAnswers::rightChoice(s, ok, &error), -1);
        QCOMPARE(error, QString("rule OTMA-02 does not run at \"icon\""));
        s.at = QStringLiteral("otma");
        QCOMPARE(LessonAnswers::rightChoice(s, ok, &error), 0);
        s.request = QStringLiteral("r2");
        QCOMPARE(LessonAnswers::rightChoice(s, bad, &error), -1);
        QCOMPARE(error, QString("request r2 stops at \"icon\" (ICON-01) and never reaches \"otma\""));

        s.request = QStringLiteral("r1");
        s.predict = LessonQuestion{LessonQuestion::Ask::Arrives, "?", {}, "utoken", {"HWS", "(none)"}, -1, {}};
        QCOMPARE(LessonAnswers::rightChoice(s, ok, &error), -1);
        QCOMPARE(error, QString("utoken ALICE arrives at \"otma\", which is not among \"HWS\", \"(none)\""));
        s.predict->choices = {"HWS", "ALICE", "(none)"};
        QCOMPARE(LessonAnswers::rightChoice(s, ok, &error), 1);
        s.predict->element = QStringLiteral("password");
        s.predict->choices = {"(present)", "(none)"};
        QCOMPARE(LessonAnswers::rightChoice(s, ok, &error), 1);  // dropped at IMS Connect
        s.at = QStringLiteral("icon");
        QCOMPARE(LessonAnswers::rightChoice(s, ok, &error), 0);

        s.at = QStringLiteral("end");
        s.predict = LessonQuestion{LessonQuestion::Ask::Outcome, "?", {}, {}, {"accepted", "rejected"}, -1, {}};
        QCOMPARE(LessonAnswers::rightChoice(s, ok, &error), 0);
        QCOMPARE(LessonAnswers::rightChoice(s, bad, &error), 1);
    }

    void problemsNameTheStep()
    {
        const QJsonObject predict{{"ask", "check"}, {"rule", "OTMA-02"}, {"text", "?"}};
        const QJsonArray steps{QJsonObject{{"request", "r2"}, {"at", "icon"}, {"narration", "n"}},
                               QJsonObject{{"at", "otma"}, {"predict", predict}},
                               QJsonObject{{"at", "icon"}, {"leave", true}, {"narration", "n"}}};
        SecflowReader reader;
        const auto t = reader.read(fileWith({lessonWith(steps)}));
        QVERIFY2(t, qPrintable(reader.errorString()));
        const QList<Lesson> lessons = LessonReader::read(*t);
        QCOMPARE(LessonAnswers::problems(*t, lessons.first()),
                 QStringList({"steps[1]: request r2 stops at \"icon\" (ICON-01) and never reaches \"otma\"",
                              "steps[2]: request r2 stops at \"icon\": it has no Leave stop there"}));
    }

    void everyBuiltInLessonIsSound()
    {
        const QList<LoadedLesson> all = loadAll();
        QVERIFY(!all.isEmpty());
        QSet<QString> ids;
        int previousLevel = 1;
        for (const LoadedLesson &l : all) {
            const QString name = QFileInfo(l.file).fileName();
            QVERIFY2(!ids.contains(l.lesson.id), qPrintable(name));
            ids.insert(l.lesson.id);
            QVERIFY2(l.lesson.level >= previousLevel, qPrintable(name + ": lessons must be ordered by level"));
            previousLevel = l.lesson.level;
            QVERIFY2(!l.lesson.summary.isEmpty() && !l.lesson.objectives.isEmpty(), qPrintable(name));
            for (const Request &q : l.topology.requests)
                QVERIFY2(q.hasExpect, qPrintable(name + ": request " + q.id + " has no expect block"));
            const QStringList problems = LessonAnswers::problems(l.topology, l.lesson);
            QVERIFY2(problems.isEmpty(), qPrintable(name + ":\n" + problems.join('\n')));
            int questions = 0;
            for (const LessonStep &s : l.lesson.steps)
                questions += s.predict ? 1 : 0;
            QVERIFY2(questions >= 2, qPrintable(name + ": a lesson asks at least two questions"));
        }
        QVERIFY2(all.size() >= 12, qPrintable(QString("%1 lessons; issue 4 asks for at least 12").arg(all.size())));
    }

    void lessonsCoverEveryComponentAndIdentity()
    {
        QSet<QString> kinds;
        QSet<Identity::Element> shown;
        for (const LoadedLesson &l : loadAll()) {
            for (const Hop &h : shownHops(l)) {
                kinds.insert(h.kind);
                for (int e = 0; e < Identity::ElementCount; ++e) {
                    if (h.arrives.has(Identity::Element(e)) || h.leaves.has(Identity::Element(e)))
                        shown.insert(Identity::Element(e));
                }
            }
        }
        for (const NodeKindInfo &k : NodeKinds::all())
            QVERIFY2(kinds.contains(k.kind), qPrintable("no lesson stops at a " + k.kind + " node"));
        for (Identity::Element e : {Identity::Utoken, Identity::Raco, Identity::Pstusid, Identity::Netuid, Identity::Passticket})
            QVERIFY2(shown.contains(e), qPrintable("no lesson shows " + Identity::name(e).toUpper()));
    }
};

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
