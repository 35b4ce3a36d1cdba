#pragma once

#include <QByteArray>

// Writes a large, deterministic .secflow document for the benchmark: one
// RACF database with many users and profiles, many parallel SOAP Gateway and
// z/OS Connect lanes into IMS, and many requests across them.
namespace BenchTopology {

struct Size
{
    int lanes = 400;         // 5 nodes each
    int users = 100000;
    int groups = 500;
    int profiles = 20000;
    int requests = 100000;
};

QByteArray generate(const Size &size);

} // namespace BenchTopology
