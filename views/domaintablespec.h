#pragma once

#include "topology.h"

#include <QStringList>
#include <QVariant>

#include <functional>

// One column of a RACF table in the domain editor: how to read a cell in
// place (no row copies, so 100,000 users cost nothing to show), how to write
// a validated value into a copy of the row, and which editor and checks it gets.
struct DomainColumn
{
    enum class Kind {
        Text,           // free text, `maxLength`
        SafName,        // 1-8 of A-Z 0-9 # @ $, upper-cased
        ProfileName,    // 1-246 characters without blanks, upper-cased
        Secret,         // a password: masked unless shown
        PassTicketKey,  // 16 or 64 hex digits, masked unless shown
        Flag,           // a check box
        Choice,         // one of `choices` (or `choicesAt` for the row)
        SafNameList,    // comma-separated SAF names
        Permits,        // "ID=ACCESS, ..." pairs
    };

    QString title;
    Kind kind = Kind::Text;
    QString help;                 // header tooltip
    int maxLength = 1024;         // Text only
    bool required = true;         // Text and SafName: empty refused
    QStringList choices;          // Choice: the allowed values; "" shows as `emptyChoice`
    QString emptyChoice;
    std::function<QStringList(const SecurityDomain &, int row)> choicesAt;  // Choice with per-row values

    // The cell's value: a QString, a bool (Flag), a QStringList (SafNameList)
    // or a Secret's text. Secrets are read through `secret` instead.
    std::function<QVariant(const SecurityDomain &, int row)> value;
    std::function<const Secret &(const SecurityDomain &, int row)> secret;
    // Why the cell does not apply to this row (an enhanced type of a classic
    // key), or empty: such a cell shows a dash and cannot be edited.
    std::function<QString(const SecurityDomain &, int row)> inapplicable;
    // Stores an already-normalised value into the row.
    std::function<void(Topology::DomainRow &, const QVariant &)> assign;

    bool isSecret() const { return kind == Kind::Secret || kind == Kind::PassTicketKey; }
};

// One table of a RACF database as the editor shows it.
struct DomainTableSpec
{
    Topology::DomainTable table = Topology::DomainTable::Users;
    QString title;       // tab title, "Users"
    QString noun;        // "user", in messages
    QString nouns;       // "users"
    QList<DomainColumn> columns;
    // A fresh, valid row with a name not yet used, for "Add".
    std::function<Topology::DomainRow(const SecurityDomain &)> newRow;
    // Cross-field and cross-row checks of an edited row (uniqueness, group
    // existence...): an error message, or empty when the row may be stored.
    std::function<QString(const SecurityDomain &, int row, const Topology::DomainRow &candidate)> check;
    // Why some rows may not be removed (a group users are connected to), or empty.
    std::function<QString(const SecurityDomain &, const QList<int> &rows)> checkRemove;
    // A short name of a row for undo texts and messages ("ALICE").
    std::function<QString(const Topology::DomainRow &)> label;
};
