#pragma once

#include <QByteArray>
#include <QStringView>

// EBCDIC code page 037 (US/Canada), in which z/OS holds user IDs and
// application names; PassTickets are computed over these bytes, not ASCII.
namespace Ebcdic {
// One byte per character. Latin-1 printable characters map exactly; anything
// else (controls, characters beyond U+00FF) becomes X'6F', the EBCDIC '?'.
QByteArray fromLatin1(QStringView s);
} // namespace Ebcdic
