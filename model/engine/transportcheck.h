#pragma once

class HopContext;

// Checks of the link a message arrives on (NET-01..NET-05), reported at the
// receiving hop before the node's own checks. The TLS roles follow the link's
// direction (who opened the connection), whatever way the message flows.
namespace TransportCheck {
void run(HopContext &ctx);
} // namespace TransportCheck
