// The rule catalogue: complete, well formed, in step with spec/RULES.md, and
// written in its own words. Not a rule test, so no covers lines here.
#include "rulecatalog.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

// Explanations must not share this many consecutive words with RULES.md.
constexpr int kCopiedRun = 8;

// The line of RULES.md that defines each rule: its bullet or its table row.
QHash<QString, QString> readSpec()
{
    QFile file(QStringLiteral(SECFLOW_SOURCE_DIR "/../shared/spec/RULES.md"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    static const QRegularExpression definition(QStringLiteral(R"(^- \*\*([A-Z]+-\d+)\*\*|^\| *([A-Z]+-\d+) *\|)"));
    QHash<QString, QString> rules;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = definition.match(line);
        if (m.hasMatch())
            rules.insert(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1), line);
    }
    return rules;
}

bool isTableRow(const QString &specLine)
{
    return specLine.startsWith(QLatin1Char('|'));
}

// The "source" column of an ADV table row.
QString tableSource(const QString &row)
{
    return row.split(QLatin1Char('|')).value(3).trimmed();
}

// Seed numbers RULES.md cites for a rule: "(000)", "(000, 004)", "(003; ...)" in
// a bullet, or the source column of a table row.
QSet<QString> citedSeeds(const QString &specLine)
{
    static const QRegularExpression seed(QStringLiteral(R"(\b\d{3}\b)"));
    static const QRegularExpression citation(QStringLiteral(R"(\((\d{3}(?:, \d{3})*))"));
    QStringList groups;
    if (isTableRow(specLine)) {
        groups.append(tableSource(specLine));
    } else {
        for (auto it = citation.globalMatch(specLine); it.hasNext();)
            groups.append(it.next().captured(1));
    }
    QSet<QString> seeds;
    for (const QString &g : groups) {
        for (auto it = seed.globalMatch(g); it.hasNext();)
            seeds.insert(it.next().captured());
    }
    return seeds;
}

bool specMarksModelled(const QString &specLine)
{
    if (isTableRow(specLine))
        return tableSource(specLine) == QLatin1String("-");
    return specLine.contains(QLatin1String("modelled assumption"), Qt::CaseInsensitive)
           || specLine.contains(QLatin1String("not in the seeds"), Qt::CaseInsensitive);
}

// Words split at white space, punctuation trimmed from their ends ("1.1" and
// "RACF=N" stay whole), case ignored.
QStringList words(const QString &text)
{
    static const QRegularExpression space(QStringLiteral(R"(\s+)"));
    static const QRegularExpression edges(QStringLiteral(R"(^[^a-z0-9]+|[^a-z0-9]+$)"));
    QStringList out;
    for (QString w : text.toLower().split(space, Qt::SkipEmptyParts)) {
        w.remove(edges);
        if (!w.isEmpty())
            out.append(w);
    }
    return out;
}

QSet<QString> runsOf(const QStringList &w, int length)
{
    QSet<QString> runs;
    for (qsizetype i = 0; i + length <= w.size(); ++i)
        runs.insert(w.mid(i, length).join(QLatin1Char(' ')));
    return runs;
}

// The first run of kCopiedRun words the two texts share, or an empty string.
QString sharedRun(const QString &text, const QString &original)
{
    const QSet<QString> originalRuns = runsOf(words(original), kCopiedRun);
    for (const QString &run : runsOf(words(text), kCopiedRun)) {
        if (originalRuns.contains(run))
            return run;
    }
    return {};
}

int sentenceCount(const QString &text)
{
    static const QRegularExpression end(QStringLiteral(R"([.!?](\s|$))"));
    return int(text.count(end));
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

// QSKIP must run in the test function itself: it returns from the caller.
#define SKIP_WITHOUT_SPEC()                                                 \
    if (mSpec.isEmpty())                                                    \
    QSKIP("../shared/spec/RULES.md is not beside the checkout")

class TestRuleCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { mSpec = readSpec(); }

    void everyEntryIsComplete()
    {
        static const QRegularExpression id(QStringLiteral(R"(^[A-Z]+-\d{2}$)"));
        QVERIFY(!RuleCatalog::all().isEmpty());
        for (const RuleInfo &r : RuleCatalog::all()) {
            QVERIFY2(id.match(r.id).hasMatch(), qPrintable(r.id));
            QVERIFY2(!r.title.isEmpty() && r.title.size() < 60, qPrintable(r.id + QLatin1String(": title")));
            QVERIFY2(!r.source.isEmpty(), qPrintable(r.id + QLatin1String(": source")));
            const int sentences = sentenceCount(r.explanation);
            QVERIFY2(sentences >= 2 && sentences <= 4,
                     qPrintable(QStringLiteral("%1: explanation has %2 sentences, want 2-4").arg(r.id).arg(sentences)));
        }
    }

    void idsAreUnique()
    {
        QSet<QString> seen;
        for (const RuleInfo &r : RuleCatalog::all()) {
            QVERIFY2(!seen.contains(r.id), qPrintable(r.id + QLatin1String(" twice")));
            seen.insert(r.id);
        }
    }

    void findReturnsTheCatalogueEntry()
    {
        for (const RuleInfo &r : RuleCatalog::all())
            QCOMPARE(RuleCatalog::find(r.id), &r);
        QCOMPARE(RuleCatalog::find(QStringLiteral("ICON-06"))->title, QStringLiteral("Trusted user skips authentication"));
        QVERIFY(!RuleCatalog::find(QStringLiteral("ICON-99")));
        QVERIFY(!RuleCatalog::find(QString()));
    }

    void catalogueListsExactlyTheSpecRules()
    {
        SKIP_WITHOUT_SPEC();
        QStringList catalogue;
        for (const RuleInfo &r : RuleCatalog::all())
            catalogue.append(r.id);
        QCOMPARE(sorted(catalogue), sorted(mSpec.keys()));
    }

    void modelledAssumptionsAreTheOnesTheSpecMarks()
    {
        SKIP_WITHOUT_SPEC();
        for (const RuleInfo &r : RuleCatalog::all()) {
            QVERIFY2(mSpec.contains(r.id), qPrintable(r.id));
            QVERIFY2(r.modelledAssumption == specMarksModelled(mSpec.value(r.id)), qPrintable(r.id));
        }
    }

    void sourcesNameTheSeedsTheSpecCites()
    {
        SKIP_WITHOUT_SPEC();
        for (const RuleInfo &r : RuleCatalog::all()) {
            for (const QString &seed : citedSeeds(mSpec.value(r.id))) {
                QVERIFY2(r.source.contains(QLatin1String("seed ") + seed),
                         qPrintable(QStringLiteral("%1 does not cite seed %2").arg(r.id, seed)));
            }
        }
    }

    void explanationsAreNotCopiedFromTheSpec()
    {
        SKIP_WITHOUT_SPEC();
        for (const RuleInfo &r : RuleCatalog::all()) {
            const QString run = sharedRun(r.explanation, mSpec.value(r.id));
            QVERIFY2(run.isEmpty(), qPrintable(QStringLiteral("%1 repeats RULES.md: \"%2\"").arg(r.id, run)));
        }
    }

    void copyGuardDetectsARepeatedRun()
    {
        const QString original = QStringLiteral("- **X-01** The user must exist, not be revoked, and the password must match.");
        QVERIFY(!sharedRun(QStringLiteral("Here the user must exist, not be revoked, and the password must match!"), original).isEmpty());
        QVERIFY(sharedRun(QStringLiteral("The user must exist and must not be revoked; the password must match."), original).isEmpty());
    }

private:
    QHash<QString, QString> mSpec;
};

QTEST_GUILESS_MAIN(TestRuleCatalog)
#include "tst_rulecatalog.moc"
