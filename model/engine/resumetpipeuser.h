#pragma once

#include <QString>

struct Node;

// The user ID under which a callout gateway resumes its TPIPE (SG-09, DP-04,
// WAS-06), with the password it signs on with.
struct ResumeTpipeUser
{
    QString userid;
    QString password;
    bool hasPassword = false;
    QString source;  // "connection bundle", "DataPower user ID", ...

    static ResumeTpipeUser of(const Node &gateway);
};
