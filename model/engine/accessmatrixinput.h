#pragma once

#include "request.h"

#include <QStringList>

// What an access matrix is computed for: every user in `users` sends the
// template request (its kind, path and identity shape) for every resource.
struct AccessMatrixInput
{
    Request templ;
    QStringList users;      // rows: RACF user IDs
    QStringList resources;  // columns: transaction codes, commands, PSBs or TPIPEs
};
