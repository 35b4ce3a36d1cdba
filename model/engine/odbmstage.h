#pragma once

#include "stage.h"

#include <QString>

// Open Database Manager (ODBM-01, ODBM-02): whose identity reaches IMS.
class OdbmStage : public Stage
{
public:
    explicit OdbmStage(const Node &node);
    void process(HopContext &ctx) const override;

private:
    bool mRrs;
    QString mJobUser;
    QString mJobGroup;
};
