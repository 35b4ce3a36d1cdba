#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class TraceComparison;
struct CheckDifference;
struct HopDifference;

// Puts a TraceComparison into plain words: what happened to the request, then
// the checks that started or stopped deciding, then identity that changed on
// the way, most consequential first.
class ComparisonSummary
{
public:
    explicit ComparisonSummary(const TraceComparison &comparison);

    // Every phrase, most consequential first.
    QStringList phrases() const;
    // The first `limit` phrases joined into one line, with a count of the rest.
    QString text(int limit = 3) const;

private:
    struct Phrase
    {
        int rank;  // 0 outcome, 1 a check that decides, 2 identity and path, 3 the rest
        QString text;       // with %1 for the items when there are any
        QString key;        // phrases with the same key and text merge their items
        QStringList items;
        QString plural;     // the text for more than one item
    };

    QString outcome() const;
    void addCheck(const HopDifference &hop, const CheckDifference &check);
    void addIdentity(const HopDifference &hop);
    void add(int rank, const QString &text) { mPhrases.append({rank, text, {}, {}, {}}); }
    // A phrase about one or more checks or elements at one node: "... at HWS1: A and B".
    void addItem(int rank, const QString &text, const QString &node, const QString &item, const QString &plural = {});

    const TraceComparison &mComparison;
    QString mOutcome;
    QList<Phrase> mPhrases;
    QList<int> mReported;  // identity elements already reported at an earlier hop
};
