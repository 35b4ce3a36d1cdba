#pragma once

#include "accessdecision.h"
#include "stage.h"

#include <QHash>
#include <QStringList>

class SecurityDomain;

// OTMA (OTMA-01..OTMA-09, ICON-11): client bid, ACEE, transaction and
// command authorization, Resume TPIPE security.
class OtmaStage : public Stage
{
public:
    explicit OtmaStage(const Node &node);
    void process(HopContext &ctx) const override;
    void prepare(const TopologyIndex &index, const Node &node) override;

private:
    // ICON-11: what a client's bid to join OTMA asks RACF, and its answer.
    struct Bid
    {
        QString job;
        QString profile;  // IMSXCF.group.member
        AccessDecision decision;
    };
    Bid bidOf(const SecurityDomain &domain, const Node &client) const;
    QString effectiveLevel(HopContext &ctx, const Node *client) const;
    bool clientBid(HopContext &ctx, const Node *client) const;
    void inbound(HopContext &ctx, const QString &level) const;
    void resumeTpipe(HopContext &ctx, const QString &level) const;
    bool runExit(HopContext &ctx, const QString &rule, const QString &userid) const;

    QString mOtmase;
    QString mXcfGroup;
    bool mHasTrnExit, mHasCmdExit;
    QStringList mTrnDeny, mCmdDeny;
    QString mResumeExit;
    bool mToAcee;
    int mAceeUsers;
    int mAceeAge;  // seconds; -1: the OTMA client's aging value
    QStringList mTpipes;
    QHash<const Node *, Bid> mBids;  // the bids of the clients linked to this OTMA
};
