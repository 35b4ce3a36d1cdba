#pragma once

#include "stage.h"

#include <QStringList>

// OTMA (OTMA-01..OTMA-09, ICON-11): client bid, ACEE, transaction and
// command authorization, Resume TPIPE security.
class OtmaStage : public Stage
{
public:
    explicit OtmaStage(const Node &node);
    void process(HopContext &ctx) const override;

private:
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
};
