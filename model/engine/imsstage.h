#pragma once

#include "stage.h"

#include <QStringList>

// IMS itself: database resource security for Open DB requests (ODBM-03,
// ODBM-04) and the logging of network credentials (OTMA-09).
class ImsStage : public Stage
{
public:
    explicit ImsStage(const Node &node);
    void process(HopContext &ctx) const override;

private:
    void database(HopContext &ctx) const;
    bool resourceExit(HopContext &ctx, const QString &userid) const;

    int mVersion;
    bool mOdbase;
    QString mIsis;
    bool mHasExit;
    QStringList mExitDeny;
};
