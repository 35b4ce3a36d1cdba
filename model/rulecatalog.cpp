#include "rulecatalog.h"

// The text a trainee reads after clicking a check. Explanations are written for
// this catalogue (not copied from spec/RULES.md); sources name the seed document
// and its section, or the public IBM documentation a modelled rule follows.

namespace {

QString section(const char *document, const char *name)
{
    return QStringLiteral("%1, section '%2'").arg(QString::fromUtf8(document), QString::fromUtf8(name));
}

QString seed000(const char *name)
{
    return section("SHARE 16100, IMS and Integration Security (seed 000)", name);
}

QString seed002(const char *name)
{
    return section("SHARE 17759, IMS and Integration Security (seed 002)", name);
}

QString seed003(const char *name)
{
    return section("IBM Systems Magazine, 'IMS Security Enhancements Focus on Distributed Information' (seed 003)", name);
}

QString seed004(const char *name)
{
    return section("IBM documentation, 'Securing IMS-to-IMS TCP/IP connections' (seed 004)", name);
}

// Public IBM documentation, for behaviour the seeds do not describe.
QString ibm(const char *document, const char *topic)
{
    return QStringLiteral("%1, '%2'").arg(QLatin1String(document), QLatin1String(topic));
}

QString both(const QString &first, const QString &second)
{
    return first + QStringLiteral("; ") + second;
}

const char *const kRacfGuide = "z/OS Security Server RACF Security Administrator's Guide";
const char *const kImsDoc = "IMS documentation";

QList<RuleInfo> buildCatalog()
{
    return {
        // SAF: the security manager (RACF)
        {"SAF-01", "User authentication by RACF",
         "RACF confirms who the caller is: the user ID has to be defined and not revoked, and the secret sent with it has to "
         "be that user's current password or passphrase (a PassTicket follows the PT rules instead). Every later "
         "authorization trusts this answer, so a failure stops the request. Correct the user ID or password, or resume the user.",
         both(seed000("IMS Connect Security"), ibm(kRacfGuide, "User authentication")), false},
        {"SAF-02", "Access decided by the most specific profile",
         "RACF looks for the profile whose name matches the resource most closely; a discrete name beats a generic name "
         "ending in an asterisk. The user's own permit counts first, then the best permit among the user's groups, then "
         "ID(*), and last the universal access (UACC). Grant access with a permit for the user or a group rather than a "
         "higher UACC, which opens the resource to everybody.",
         both(seed000("IMS Security"), ibm(kRacfGuide, "Choosing between discrete and generic profiles")), false},
        {"SAF-03", "Resource without a profile is not protected",
         "When no profile in an active class matches the resource name, RACF has no rule to refuse with, so the check "
         "passes and is shown as 'not protected'. A forgotten profile therefore leaves a transaction, command or PSB open "
         "to every user. Define a profile (a generic one is enough) for everything that must be restricted.",
         ibm("z/OS Security Server RACROUTE Macro Reference", "RACROUTE REQUEST=AUTH return codes (return code 4)"), true},
        {"SAF-04", "Inactive class is not checked",
         "A check in a class that is not active in the security domain is skipped. Profiles in an inactive class guard "
         "nothing, however carefully they are written. Add the class to the domain's activeClasses (SETROPTS CLASSACT) "
         "when its profiles should be enforced.",
         ibm(kRacfGuide, "Activating and deactivating classes"), false},

        // NET: transport security on links
        {"NET-01", "Credentials sent in the clear",
         "A password or UsernameToken crosses a link that has no encryption, so anyone able to watch the network can read "
         "and reuse it. Protect the link with TLS, AT-TLS or IPsec, or send a PassTicket instead of a password.",
         seed000("Securing Access to IMS Connect ..."), false},
        {"NET-02", "Client certificate for mutual TLS",
         "On a mutually authenticated link the sender has to present its own certificate, signed by a CA that the receiver's "
         "truststore holds and valid at the simulation time. Without it the receiver cannot tell who is connecting, so the "
         "connection is refused. Give the sending node a certificate, or add its issuing CA to the receiver's truststore.",
         both(seed000("Secure Sockets Layer"), seed000("IMS Soap Gateway")), false},
        {"NET-03", "Server certificate trusted by the sender",
         "With server-authenticated TLS, the sender checks the receiver's certificate against its own truststore (when it "
         "has one). An untrusted certificate could belong to an impostor collecting credentials, so the hop fails. Add the "
         "CA that issued the receiver's certificate to the sender's truststore, or give the receiver a certificate from a "
         "trusted CA.",
         both(seed000("Secure Sockets Layer"), seed000("IMS Soap Gateway")), false},
        {"NET-04", "IMS Connect native SSL is being withdrawn",
         "The link relies on the SSL support built into IMS Connect. It does encrypt, but it serves only one port of the "
         "IMS Connect instance and IBM is removing it. Configure AT-TLS in the z/OS TCP/IP stack instead; IMS Connect needs "
         "no change for that.",
         seed002("And ... Why choose to use AT-TLS?"), false},
        {"NET-05", "AT-TLS and IPsec are transparent",
         "AT-TLS moves the TLS handshake into the z/OS TCP/IP stack: IMS Connect keeps its configuration and the client sees "
         "ordinary TLS. IPsec goes further and encrypts everything between the two stacks, whatever the application. Both "
         "protect the data in flight without touching IMS Connect options.",
         both(seed000("TLS -> Application Transparent TLS (AT-TLS)"), seed000("How About IPSec")), false},

        // SG: IMS SOAP Gateway
        {"SG-01", "Per-web-service identity from the bundle",
         "With per_web_service authentication the gateway sends the user ID and password stored in the connection bundle to "
         "IMS Connect, so every request to that web service runs under that one user. IMS cannot tell callers apart, which "
         "weakens authorization and auditing. Use per_message with WS-Security when callers need their own identity.",
         seed000("IMS Soap Gateway ..."), false},
        {"SG-02", "UsernameToken identity per message",
         "With per_message authentication and UNTP tokens, the user name and password in each message's WS-Security header "
         "are what the gateway passes to IMS Connect. Each caller is then authenticated as themselves. Make sure the link to "
         "IMS Connect is encrypted, because the password travels on.",
         both(seed000("IMS Soap Gateway ..."), seed000("IMS Soap Gateway > IMS Connect > OTMA")), false},
        {"SG-03", "Unsigned SAML passes only a user ID",
         "An unsigned SAML assertion names a user but carries no password, so the gateway forwards the user ID alone. IMS "
         "Connect cannot authenticate it; the identity is only as trustworthy as whoever produced the assertion. Pair it with "
         "IMS Connect RACF=N and strong transport security, or use UsernameTokens.",
         both(seed000("IMS Soap Gateway ..."), seed000("IMS Soap Gateway > IMS Connect > OTMA")), false},
        {"SG-04", "Trust of the SAML signer",
         "For signed SAML tokens the gateway checks who signed them: samlTrust 'any' accepts every valid signing certificate, "
         "samlTrust 'one' only those in the gateway truststore. A token whose signer is not trusted is refused, since anyone "
         "could otherwise vouch for any user. Put the signer's certificate in the truststore, or choose the trust type deliberately.",
         seed000("IMS Soap Gateway ..."), false},
        {"SG-05", "One token type per web service",
         "A web service accepts exactly the WS-Security token type configured as wssToken. A message carrying another type, "
         "or no token at all, is rejected so that no request slips through with weaker credentials. Send the configured token "
         "type, or change wssToken.",
         seed000("IMS Soap Gateway ..."), false},
        {"SG-06", "Custom JAAS module can refuse the user",
         "When a JAAS module is configured, it gets a chance to examine the user after the token is accepted and may turn the "
         "request down (users in jaasDeny). This lets an installation add its own rules on top of WS-Security. Remove the user "
         "from jaasDeny if the refusal is not wanted.",
         seed000("IMS Soap Gateway ..."), false},
        {"SG-07", "Identity sent on a synchronous callout",
         "When IMS calls an external web service through the gateway, per_message mode sends the originating transaction's "
         "user ID (PSTUSID) inside an unsigned SAML assertion (version 1.1 or 2.0), so the service can check the real "
         "user. In per_web_service mode it sends the bundle user ID, and the service sees the same user for every call.",
         seed000("IMS Soap Gateway ..."), false},
        {"SG-08", "Asynchronous callout: transport security only",
         "Business events (asynchronous callouts) carry no per-message identity; only the connection is secured, by client "
         "certificate, server certificate or basic authentication. The external service cannot know which IMS user caused the "
         "event. Secure the connection well and do not rely on a user identity there.",
         seed000("IMS Soap Gateway ..."), false},
        {"SG-09", "Gateway pulls callouts under its bundle user",
         "To fetch callout messages the gateway issues Resume TPIPE with the user ID from its connection bundle. That user is "
         "the one IMS authorizes against the TPIPE (see the Resume TPIPE rule of OTMA). Give the bundle user READ on the "
         "RIMS profile of the TPIPE.",
         seed000("IMS Soap Gateway > IMS Connect > OTMA"), false},

        // WAS: WebSphere Application Server with the IMS TM resource adapter
        {"WAS-01", "Container-managed sign-on uses the J2C alias",
         "With container-managed sign-on the application server, not the application, supplies the credentials, taken "
         "from the J2C authentication alias (its user, password and group). Every request of the application then runs under that "
         "alias. Check the alias when the wrong user reaches IMS.",
         seed000("IMS TMRA"), false},
        {"WAS-02", "Local Option passes a user token",
         "With Local Option, WAS on z/OS authenticates the user with RACF and hands IMS Connect a user token instead of a "
         "password; with thread identity the logged-in end user is used rather than the alias. It only works in the same z/OS "
         "image that hosts IMS Connect and with container-managed sign-on; otherwise the node is misconfigured and the "
         "request stops.",
         both(seed000("IMS TMRA"), seed000("IMS TMRA – IMS Connect")), false},
        {"WAS-03", "Component-managed sign-on uses the connection spec",
         "With component-managed sign-on the application itself provides user ID, password and group in its IMSConnectionSpec. "
         "The identity is whatever the program chooses, so review the application code. Set appUserid and appPassword for "
         "this mode.",
         seed000("IMS TMRA ..."), false},
        {"WAS-04", "Fallback to the connection factory",
         "When the application gives no credentials, WAS takes them from the J2C connection factory's custom properties; when "
         "those are empty as well, the user ID sent is blank. A blank user ID usually fails later or runs with whatever default "
         "IMS applies. Fill in the connection factory properties, or supply credentials in the application.",
         seed000("IMS TMRA ..."), false},
        {"WAS-05", "Distributed identity from the JAAS login module",
         "The IMS 15 JAAS login module sends the authenticated distributed user ID and its registry name along as NETUID and "
         "NETSID, so IMS logs show who really called. The module needs container-managed security; with any other sign-on "
         "mode the node is misconfigured. These values are for audit only and never authenticate anyone.",
         seed003("Network Security Credential Propagation"), false},
        {"WAS-06", "Callout identity of WAS applications",
         "For callouts, a message-driven bean issues Resume TPIPE as the user named in its IMSActivationSpec; other applications "
         "use the user ID of their connection spec or connection factory. That user ID is what IMS authorizes against the "
         "TPIPE. Give it READ on the matching RIMS profile.",
         seed000("IMS TMRA – IMS Connect"), false},

        // DP: DataPower
        {"DP-01", "DataPower to IMS Connect",
         "Through its IMS Connect interface, DataPower sends a user ID and password that IMS Connect authenticates. The "
         "password crosses the network, so encrypt that link. Check the DataPower credentials when authentication fails.",
         seed002("DataPower"), false},
        {"DP-02", "DataPower through the SOAP Gateway",
         "With the SOAP interface, DataPower calls the IMS SOAP Gateway, and the gateway's own rules decide which identity "
         "goes on. Look at the SOAP Gateway checks on the next hops to see what happens to the user.",
         seed002("DataPower"), false},
        {"DP-03", "DataPower through MQ",
         "With the MQ interface, the user ID and password travel in the MQ message and are authenticated by the MQ bridge to "
         "IMS, not by IMS Connect. Make sure the MQ side checks them and the channel is protected.",
         seed002("DataPower"), false},
        {"DP-04", "DataPower IMS callout handler",
         "The IMS callout interface needs firmware 6.0 or later. DataPower fetches callout messages with Resume TPIPE under its "
         "configured user ID, which IMS authorizes against the TPIPE. Upgrade older firmware and give the user READ on the "
         "RIMS profile.",
         seed002("DataPower"), false},
        {"DP-05", "Originating IMS user in the callout header",
         "From firmware 7.0, when both IMS Connect and IMS are at version 13 or later, each callout message carries the PSTUSID of the calling IMS "
         "transaction in a header. With pstusidAsRequester DataPower presents that user to the target service, which can then "
         "authorize the real user instead of DataPower's own ID.",
         seed002("DataPower"), false},
        {"DP-06", "DataPower database access",
         "Database access through the IMS Universal JDBC driver needs firmware 6.0 or later. The user ID and password it "
         "sends are verified by IMS Connect, and the Open Database rules decide what happens next. Upgrade older firmware and encrypt the link.",
         seed002("DataPower"), false},

        // ZC: z/OS Connect EE
        {"ZC-01", "Client certificate or basic authentication",
         "z/OS Connect first looks for a client certificate trusted by its server truststore and maps it to a SAF user "
         "(certmaps). Without a certificate it falls back to user name and password checked against its registry, SAF or "
         "LDAP. Add the client's CA to the truststore and a certificate mapping, or supply valid basic credentials.",
         seed002("And most recently.... Mobile access"), false},
        {"ZC-02", "User must belong to a service group",
         "After authentication, z/OS Connect asks SAF whether the user is connected to one of the service's serviceGroups. "
         "A user in none of them gets an error back and the request never reaches IMS. Connect the user to one of the groups "
         "or list the right group in serviceGroups.",
         seed002("And most recently.... Mobile access"), false},
        {"ZC-03", "RACF ID from the subject or the technical ID",
         "The user ID sent to IMS is taken from the authenticated subject only when the registry is SAF, authentication is on "
         "and the name fits in 8 bytes. In every other case the configured technical ID is used, and all callers share it. "
         "Use a SAF registry with short user IDs when IMS must see the real user.",
         seed002("And most recently.... Mobile access"), false},
        {"ZC-04", "Blank technical ID uses the started task",
         "If the technical ID is left empty, z/OS Connect falls back to the user ID of its own started task. That user often "
         "holds broad access, so requests may run with more authority than intended. Set a dedicated technical ID with only "
         "the access it needs.",
         seed002("And most recently.... Mobile access"), false},
        {"ZC-05", "What z/OS Connect sends to IMS Connect",
         "IMS Connect receives the chosen user ID, the technical group and, when one is configured, the technical password. "
         "Without a password IMS Connect with RACF=Y cannot authenticate the user. Set technicalPassword or use a path where "
         "authentication is not required.",
         seed002("And most recently.... Mobile access"), false},
        {"ZC-06", "Network identity to IMS Connect 15",
         "z/OS Connect 3.0, and 2.0.10 or later, forward the network user name and realm as NETUID and NETSID, but only when "
         "IMS Connect is version 15 or later. Older IMS Connect never receives them. They serve audit only; upgrade IMS "
         "Connect if the distributed identity must reach the IMS log.",
         seed003("z/OS Connect Enterprise Edition Passing Distributed Identities to IMS"), false},
        {"ZC-07", "JSON Web Token authentication",
         "A JWT is accepted when its issuer and audience match the configuration and it has not expired at the simulation "
         "time. Its subject is then mapped to a SAF user through idmaps, like a RACMAP distributed identity filter. Fix the "
         "issuer, audience or expiry of the token, or add a mapping for its subject.",
         both(ibm("z/OS Connect EE documentation", "Authenticating with OpenID Connect and JSON Web Tokens"),
              ibm("z/OS Security Server RACF Command Language Reference", "RACMAP")),
         true},

        // ICON: IMS Connect
        {"ICON-01", "IMS Connect authenticates the user",
         "With RACF=Y, IMS Connect asks RACF to verify the user ID and its password before anything reaches IMS. A message "
         "naming a user but carrying no password, PassTicket, user token or trusted indicator cannot be verified and stops here; this "
         "is why SAML-only identities fail. Send a password or PassTicket, or reconsider RACF=Y on this path.",
         both(seed000("IMS Connect Security"), seed000("IMS Soap Gateway > IMS Connect > OTMA")), false},
        {"ICON-02", "RACF=N: no authentication in IMS Connect",
         "With RACF=N IMS Connect checks nothing and forwards the user ID and group from the message header to OTMA as they "
         "are. Any caller can then claim any user ID, and only OTMA authorization remains. Use RACF=Y unless another trusted "
         "component has already authenticated the user.",
         seed000("IMS TMRA – IMS Connect"), false},
        {"ICON-03", "IMS Connect security exits",
         "IMS Connect runs its user exits before any call to RACF: IMSLSECX guards transactions and commands, HWSAUTH0 "
         "guards database access. An exit can refuse a user (denyUsers) even when RACF would allow them. Check the exit's "
         "configuration when a request stops here.",
         seed000("IMS Connect Security"), false},
        {"ICON-04", "Default RACFID for requests without a user",
         "When a request arrives without a user ID, IMS Connect inserts its RACFID so that IMS has someone to authorize. That "
         "ID is not verified, since there is no password, and it does not fill the blank user ID sent by the IMS TM resource "
         "adapter. Keep the RACFID's access narrow: every anonymous request inherits it.",
         both(seed000("IMS Connect Security"), ibm(kImsDoc, "HWS configuration statement, RACFID parameter")), true},
        {"ICON-05", "PassTicket checked by IMS Connect",
         "A PassTicket is verified through RACF using the APPLID of the DATASTORE statement, or the one the client put in the "
         "IRM header. The application name must therefore match the one the ticket was generated for. See the PassTicket "
         "checks for the reasons a ticket is refused.",
         seed000("Passticket Support"), false},
        {"ICON-06", "Trusted user skips authentication",
         "When the exit HWSSMPL0, HWSSMPL1 or HWSJAVA0 allows trusted users and a message sets the trusted flag, IMS Connect "
         "does not call RACF at all, even with RACF=Y. Any client able to set the flag avoids authentication, although OTMA "
         "still authorizes the user. Enable trustedUser only for clients you fully control.",
         both(seed000("Trusted USER Support"), ibm(kImsDoc, "IMS Connect user message exits, trusted user support")), false},
        {"ICON-07", "What IMS Connect passes to OTMA",
         "After a successful sign-on IMS Connect hands OTMA the user ID, the group and a user token; the password stays in "
         "IMS Connect. OTMA can then build the user's security environment without asking for the password again.",
         both(seed000("IMS TMRA – IMS Connect"), seed000("IMS Soap Gateway > IMS Connect > OTMA")), false},
        {"ICON-08", "User token from WAS Local Option",
         "A user token created by WAS Local Option is passed straight on to OTMA, whatever the RACF setting: WAS has already "
         "authenticated the user, so IMS Connect does not do it again. The trust rests on WAS running in the same z/OS image.",
         seed000("IMS TMRA – IMS Connect"), false},
        {"ICON-09", "Database requests and the RACO",
         "For Open Database requests IMS Connect with RACF=Y authenticates the user and gives ODBM a RACO, a portable copy of "
         "the user's security environment. With RACF=N no RACO is sent and ODBM works under its own job user, so every caller "
         "shares that identity.",
         seed000("Open DB Security"), false},
        {"ICON-10", "NETUID and NETSID through IMS Connect",
         "IMS Connect 15 or later with exit HWSSMPL0 or HWSSMPL1 forwards the distributed user ID (at most 246 bytes) and "
         "registry name (at most 254 bytes); elsewhere they are dropped, and longer values are refused. They are logged for "
         "audit and never used to authenticate. SOAP Gateway, DataPower and IMS Enterprise Suite API clients cannot send them.",
         both(seed003("Network Security Credential Propagation"), ibm(kImsDoc, "IMS Connect NETUID and NETSID message extensions")),
         false},
        {"ICON-11", "Client bid: joining OTMA",
         "Before it can send anything, IMS Connect (or MQ) joins the OTMA XCF group under its job user ID. When OTMA security "
         "is not NONE, that user needs READ on FACILITY IMSXCF.<group>.<member>; without it every request through that client "
         "fails. Permit the job user ID to that profile.",
         seed000("OTMA Security"), false},

        // PT: PassTickets
        {"PT-01", "PassTicket replaces the password",
         "A PassTicket is a one-time password derived from the user ID, the application name, the time and a secret key kept "
         "in the PTKTDATA profile named after the application. Only someone holding the same key can produce a valid one, so no "
         "real password has to cross the network. Keys on the generating and verifying side must be identical.",
         both(seed000("Passticket Support"), seed004("opening paragraphs")), false},
        {"PT-02", "PassTicket time window",
         "A PassTicket is accepted only within ten minutes before or after the verifying system's clock, and only with a "
         "discrete PTKTDATA profile. A stale ticket or badly synchronised clocks make it fail. Generate the ticket just before "
         "use and keep the clocks of both systems aligned.",
         both(ibm(kRacfGuide, "Using PassTickets"),
              ibm("z/OS Security Server RACF Macros and Interfaces", "Generating and evaluating a PassTicket")),
         true},
        {"PT-03", "PassTicket replay protection",
         "RACF normally refuses a PassTicket that has already been used by that user for that application within its time "
         "window, so an intercepted ticket cannot be replayed. Only the APPLDATA 'NO REPLAY PROTECTION' on the PTKTDATA profile "
         "APPL.USER switches this off. Generate a fresh ticket per sign-on, or use that APPLDATA knowingly.",
         both(seed000("Passticket Support"), seed004("Procedure")), false},
        {"PT-04", "User needs access to the application",
         "A valid PassTicket is not enough: when an APPL profile protects the application (and the APPL class is active), the "
         "user also needs READ on it. This limits which users can sign on to the application at all. Permit the user to the APPL profile.",
         seed004("Procedure"), false},
        {"PT-05", "IMS-to-IMS connection secured by PassTicket",
         "Between two IMS Connect instances, the sender generates a PassTicket from the APPL and USERID of its RMTIMSCON "
         "statement. A receiver with RACF=Y verifies it once and then treats every message on that connection as trusted; a "
         "receiver with RACF=N ignores it. Make sure the receiver runs RACF=Y if the connection must be checked.",
         seed004("opening paragraphs"), false},
        {"PT-06", "MSC needs security on both sides",
         "For MSC traffic the connection runs both ways, so each side is also a receiver: the sender must run RACF=Y to accept "
         "replies, and the receiver must define APPL and USERID on its own RMTIMSCON statement. Complete the settings on both instances.",
         seed004("Procedure"), false},

        // OTMA
        {"OTMA-01", "OTMASE=NONE or JOIN: no message security",
         "With OTMASE=NONE OTMA never calls RACF, and with JOIN it only checks the client bid; transactions and commands are "
         "then not authorized by RACF. Only the exits DFSTRN0 and DFSCCMD0, if installed, can turn a request away. Use CHECK "
         "or FULL (the IMS default) to have RACF authorize each message.",
         both(seed000("OTMA Message Security"), ibm(kImsDoc, "OTMASE parameter")), false},
        {"OTMA-02", "Transaction and command authorization",
         "With OTMASE CHECK or FULL, OTMA verifies that the user ID has READ on TIMS.<transaction> or, for a command, on "
         "CIMS.<verb>; the exits run as well. A message without a user ID is refused. Permit the user or a group to the "
         "profile if access is intended.",
         seed000("OTMA Message Security"), false},
        {"OTMA-03", "User ID taken from the message header",
         "OTMA authorizes the user ID found in the message header, which is what IMS Connect put there, RACFID included. "
         "Whatever identity IMS Connect forwarded is therefore the one checked against TIMS and CIMS.",
         seed000("OTMA Message Security ..."), false},
        {"OTMA-04", "FULL passes the user to the region",
         "With OTMASE=FULL OTMA also builds the user's ACEE for the dependent region, so DB2 and other resource managers see "
         "the real user. With CHECK they do not. Choose FULL when downstream resources must authorize the user too.",
         seed002("OTMA Message Security ..."), false},
        {"OTMA-05", "PROFILE: security level per message",
         "With OTMASE=PROFILE each message brings its own level, set by the OTMA client (otmaSecurityFlag N, C or F). The "
         "IMS Connect sample exits only use N or F. A client that sends N switches checking off for its messages, so check "
         "the flag of every client.",
         both(seed000("OTMA Message Security"), ibm(kImsDoc, "OTMA security, PROFILE option")), false},
        {"OTMA-06", "OTMA verifies the user without a password",
         "OTMA needs an ACEE for the user: with a user token from IMS Connect it builds one without calling RACF again, "
         "otherwise it asks RACF for the user ID alone. An unknown or revoked user ID fails here whenever security is not NONE.",
         both(seed000("Userid"), ibm(kImsDoc, "OTMA security, ACEE")), false},
        {"OTMA-07", "Resume TPIPE authorization",
         "Whoever resumes a TPIPE to pull callout messages needs READ on RIMS.<tpipe> when RIMS is active and a profile "
         "covers it. The exit DFSYRTUX runs after RACF in any case and can overrule it. With security on, resuming an "
         "undefined TPIPE is refused. Protect callout TPIPEs with RIMS profiles or DFSYRTUX.",
         both(seed000("OTMA Message Security ..."), seed000("IMS TMRA – IMS Connect")), false},
        {"OTMA-08", "ACEE cache size (TOACEE)",
         "With TOACEE=YES OTMA caps its cache of user ACEEs at ACEEUSR user IDs (30,000 by default, up to 60,000) and evicts "
         "the least recently used first; ACEEAGE makes entries expire sooner. This keeps a flood of users from exhausting "
         "control-region storage. Raise ACEEUSR only as far as storage allows.",
         seed003("Flood Control for Security ACEE"), false},
        {"OTMA-09", "Distributed identity in the IMS log",
         "IMS 15 writes the NETUID and NETSID next to the SAF user ID in its log records. An older IMS behind an IMS Connect "
         "at version 15 accepts them on full-function transactions and records them too. They help auditing only; authorization "
         "still uses the SAF user ID.",
         seed003("z/OS Connect Enterprise Edition Passing Distributed Identities to IMS"), false},

        // ODBM and IMS: Open Database
        {"ODBM-01", "ODBM identity: RACO or job user",
         "ODBM uses the RACO sent by IMS Connect to represent the user. Without one it falls back to its own job user ID and "
         "group, so every database caller shares that identity. Run IMS Connect with RACF=Y to keep individual users.",
         seed000("Open DB Security..."), false},
        {"ODBM-02", "RRS=Y: ODBA interface",
         "With RRS=Y ODBM uses the ODBA interface and places the user's ACEE in the thread; IMS's ODBASE setting then decides "
         "which check applies. With RRS=N the CCTL interface is used instead.",
         seed000("Open DB Security..."), false},
        {"ODBM-03", "APSB security (ODBASE=Y)",
         "With ODBASE=Y and RRS=Y IMS checks that the user has READ on AIMS.<psb> before the PSB is allocated, and ignores "
         "ISIS. Permit the user to the AIMS profile of the PSB. ODBASE changes nothing when RRS=N.",
         seed000("Open DB Security..."), false},
        {"ODBM-04", "Resource access security (ISIS)",
         "Without APSB security IMS applies ISIS: N means no RACF check, R needs READ on IIMS.<psb>, C lets the exit DFSRAS00 "
         "decide, and A requires both RACF and the exit to agree. ISIS=N leaves PSBs open to any caller. Choose R or A and "
         "define IIMS profiles.",
         seed000("Open DB Security..."), false},

        // ADV: design findings
        {"ADV-01", "Credentials in the clear",
         "Some link carries passwords or UsernameTokens without encryption, so they can be read on the network. Switch the "
         "link to TLS or AT-TLS, or replace passwords with PassTickets.",
         seed000("Securing Access to IMS Connect ..."), false},
        {"ADV-02", "SAML identities meet RACF=Y",
         "A SOAP Gateway sends SAML identities, which have no password, to an IMS Connect that authenticates with RACF=Y. "
         "Every such request will fail authentication. Use RACF=N on that IMS Connect with strong transport security, or "
         "switch the service to UsernameTokens.",
         seed000("IMS Soap Gateway > IMS Connect > OTMA"), false},
        {"ADV-03", "PassTickets sent to RACF=N",
         "PassTickets are generated for an IMS Connect that runs RACF=N and therefore throws them away. The work of creating "
         "them is wasted and gives a false sense of security. Turn on RACF=Y there, or stop generating PassTickets.",
         seed004("Recommendations"), false},
        {"ADV-04", "PassTickets on short-lived connections",
         "PassTickets are used on a connection that is not persistent, so a new ticket must be generated for every "
         "connection, which is expensive. Make the connection persistent, or use another way to authenticate.",
         seed004("Recommendations"), false},
        {"ADV-05", "Native SSL instead of AT-TLS",
         "A link uses IMS Connect's own SSL, which supports a single port and is being withdrawn. Move the encryption to "
         "AT-TLS in the TCP/IP stack.",
         seed002("And ... Why choose to use AT-TLS?"), false},
        {"ADV-06", "No transaction or command authorization",
         "OTMA runs with OTMASE=NONE, so RACF never decides who may run a transaction or command. Any user who gets a message "
         "to OTMA can run anything not blocked by an exit. Set OTMASE to CHECK or FULL.",
         seed000("OTMA Message Security"), false},
        {"ADV-07", "No security at all on a path",
         "IMS Connect runs RACF=N in front of an OTMA with OTMASE=NONE: nobody is authenticated and nothing is authorized "
         "along that path. Enable at least one of the two, preferably both.",
         both(seed000("IMS Connect Security"), seed000("OTMA Message Security")), false},
        {"ADV-08", "Trusted-user bypass enabled",
         "IMS Connect honours the trusted-user flag, so any client that sets it is let in without authentication. Restrict "
         "the bypass to clients you control, or turn trustedUser off.",
         seed000("Trusted USER Support"), false},
        {"ADV-09", "Distributed identity will be lost",
         "A component sends NETUID and NETSID, but the IMS Connect receiving them is older than version 15 or uses an exit "
         "that cannot carry them. The real caller's identity never reaches the IMS log. Upgrade IMS Connect or switch to "
         "HWSSMPL0 or HWSSMPL1.",
         seed003("Network Security Credential Propagation"), false},
        {"ADV-10", "All callers share one user ID",
         "Per-web-service authentication, or a z/OS Connect technical ID, makes every caller run under the same user ID. IMS "
         "can no longer authorize or audit individual users. Prefer per-message identities or a SAF registry that keeps the "
         "real user.",
         both(seed000("IMS Soap Gateway ..."), seed002("And most recently.... Mobile access")), false},
        {"ADV-11", "Callout messages are unprotected",
         "Resume TPIPE is guarded neither by the RIMS class nor by the exit DFSYRTUX, so any user ID can collect the callout "
         "messages. Activate RIMS with profiles for the TPIPEs, or install DFSYRTUX.",
         seed000("OTMA Message Security ..."), false},
        {"ADV-12", "ACEE cache without a limit",
         "Many users are expected but TOACEE is not set, so OTMA's cache of ACEEs can grow until control-region storage runs "
         "out. Set TOACEE=YES and size ACEEUSR.",
         seed003("Flood Control for Security ACEE"), false},
        {"ADV-13", "Certificate expires soon",
         "A certificate has expired, or will within the next 30 days counted from the simulation clock. Once it expires, TLS handshakes using "
         "it fail and the path stops working. Renew the certificate before its end date.",
         ibm(kRacfGuide, "Renewing a certificate with its existing key pair"), true},
        {"ADV-14", "Client bid will fail",
         "The job user ID of an IMS Connect lacks READ on its FACILITY IMSXCF profile, so it cannot join OTMA and every "
         "request through it will fail. Permit the job user ID to the profile.",
         seed000("OTMA Security"), false},
    };
}

} // namespace

const QList<RuleInfo> &RuleCatalog::all()
{
    static const QList<RuleInfo> rules = buildCatalog();
    return rules;
}

const RuleInfo *RuleCatalog::find(const QString &id)
{
    for (const RuleInfo &r : all()) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}
