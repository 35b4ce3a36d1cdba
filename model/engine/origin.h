#pragma once

class HopContext;

// The first node of a path presents the request's identity: a client puts
// credentials and tokens in the message (and computes a PassTicket when asked),
// an IMS issuing a callout or an MSC message presents its transaction's user.
namespace Origin {
void present(HopContext &ctx);
} // namespace Origin
