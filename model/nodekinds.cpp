#include "nodekinds.h"

#include "node.h"

#include <QJsonArray>
#include <QJsonObject>

using T = OptionSpec::Type;

namespace {

const QStringList kLink = {};

OptionSpec certificateOption()
{
    return OptionSpec::make("certificate", "Certificate", T::CertRef, QJsonValue::Null,
                            "The certificate this component presents in TLS handshakes: as a "
                            "server on links it accepts, as a client on mutual links it opens.",
                            {"NET-02", "NET-03"});
}

OptionSpec truststoreOption()
{
    return OptionSpec::make("truststore", "Truststore", T::CertList, QJsonArray(),
                            "CA certificates this component trusts. A peer certificate must chain "
                            "to one of them. An empty truststore means server certificates are "
                            "not verified.",
                            {"NET-02", "NET-03"});
}

OptionSpec exitOption(const char *key, const char *help, QStringList rules)
{
    return OptionSpec::make(key, key, T::Exit, QJsonValue::Null, help, std::move(rules));
}

OptionSpec secret(const char *key, const char *label, const char *help, QStringList rules)
{
    return OptionSpec::make(key, label, T::Secret, QString(), help, std::move(rules));
}

OptionSpec safName(const char *key, const char *label, const char *def, const char *help,
                   QStringList rules)
{
    return OptionSpec::make(key, label, T::SafName, QString::fromLatin1(def), help, std::move(rules));
}

OptionSpec text(const char *key, const char *label, const char *def, const char *help,
                QStringList rules, int maxLength = 256)
{
    OptionSpec s = OptionSpec::make(key, label, T::Text, QString::fromLatin1(def), help,
                                    std::move(rules));
    s.maxLength = maxLength;
    return s;
}

OptionSpec integer(const char *key, const char *label, int def, int min, int max, const char *help,
                   QStringList rules)
{
    OptionSpec s = OptionSpec::make(key, label, T::Int, def, help, std::move(rules));
    s.minimum = min;
    s.maximum = max;
    return s;
}

OptionSpec versionText(const char *key, const char *label, const char *def, const char *help,
                       QStringList rules)
{
    OptionSpec s = text(key, label, def, help, std::move(rules), 16);
    s.numericText = true;
    return s;
}

NodeKindInfo client()
{
    return {"client", "Client", "A distributed caller: a browser, a mobile app, a TCP/IP program.", false,
            {OptionSpec::make("protocol", "Protocol", T::Enum, "tcpip",
                              "How the client talks to the next component.", {},
                              {"tcpip", "http", "mq"}),
             certificateOption(), truststoreOption(),
             OptionSpec::make("clientApi", "Client API", T::Enum, "custom",
                              "Programs written with the IMS Enterprise Suite Connect API cannot "
                              "send NETUID/NETSID.",
                              {"ICON-10"}, {"custom", "ims_enterprise_suite"})}};
}

NodeKindInfo soapGateway()
{
    return {"soap_gateway", "IMS SOAP Gateway",
            "Exposes IMS transactions as web services and calls out to external ones.", false,
            {OptionSpec::make("authMode", "Authentication", T::Enum, "per_web_service",
                              "per_web_service: every request of the service runs under the "
                              "connection bundle's user ID. per_message: the WS-Security token of "
                              "each message supplies the identity.",
                              {"SG-01", "SG-02", "SG-03", "SG-07", "ADV-10"},
                              {"per_web_service", "per_message"}),
             OptionSpec::make("wssToken", "WS-Security token", T::Enum, "none",
                              "The one token type this web service accepts; a message with another "
                              "type or none is refused.",
                              {"SG-02", "SG-03", "SG-04", "SG-05", "ADV-02"},
                              {"none", "UNTP", "SAML11", "SAML20", "SAML11_SIGNED", "SAML20_SIGNED"}),
             OptionSpec::make("samlTrust", "SAML signer trust", T::Enum, "any",
                              "any: any signing certificate valid now; one: only a signer whose "
                              "certificate is in the gateway truststore.",
                              {"SG-04"}, {"any", "one"}),
             safName("bundleUserid", "Bundle user ID", "",
                     "User ID of the connection bundle: used per web service and to resume "
                     "callout TPIPEs.",
                     {"SG-01", "SG-07", "SG-09"}),
             secret("bundlePassword", "Bundle password", "Password of the bundle user ID.",
                    {"SG-01"}),
             OptionSpec::make("jaasModule", "JAAS module", T::Bool, false,
                              "A custom JAAS login module checks each WS-Security user.", {"SG-06"}),
             OptionSpec::make("jaasDeny", "JAAS module rejects", T::TextList, QJsonArray(),
                              "Users the custom JAAS module refuses.", {"SG-06"}),
             certificateOption(), truststoreOption()}};
}

NodeKindInfo wasTmra()
{
    return {"was_tmra", "WAS / IMS TM Resource Adapter",
            "WebSphere Application Server with the IMS TM resource adapter.", false,
            {OptionSpec::make("signon", "Sign-on", T::Enum, "container",
                              "container: the J2C authentication alias supplies the identity; "
                              "component: the application's IMSConnectionSpec does.",
                              {"WAS-01", "WAS-03"}, {"container", "component"}),
             OptionSpec::make("localOption", "Local Option", T::Bool, false,
                              "WAS on z/OS in the IMS Connect image: WAS creates a UTOKEN that IMS "
                              "Connect passes on without authenticating.",
                              {"WAS-02", "ICON-08"}),
             OptionSpec::make("threadIdentity", "Thread identity", T::Bool, false,
                              "With Local Option, run under the authenticated end user instead of "
                              "the alias.",
                              {"WAS-02"}),
             safName("aliasUserid", "Alias user ID", "", "J2C container-managed alias user ID.",
                     {"WAS-01"}),
             secret("aliasPassword", "Alias password", "J2C alias password.", {"WAS-01"}),
             safName("aliasGroup", "Alias group", "", "J2C alias group.", {"WAS-01"}),
             safName("appUserid", "Application user ID", "",
                     "User ID the application sets in its IMSConnectionSpec.", {"WAS-03", "WAS-06"}),
             secret("appPassword", "Application password", "Password in the IMSConnectionSpec.",
                    {"WAS-03"}),
             safName("appGroup", "Application group", "", "Group in the IMSConnectionSpec.",
                     {"WAS-03"}),
             safName("cfUserid", "Factory user ID", "",
                     "Connection factory custom property, used when the application supplies none.",
                     {"WAS-04", "WAS-06"}),
             secret("cfPassword", "Factory password", "Connection factory password.", {"WAS-04"}),
             safName("cfGroup", "Factory group", "", "Connection factory group.", {"WAS-04"}),
             OptionSpec::make("netuidModule", "NETUID login module", T::Bool, false,
                              "IMS 15 JAAS login module: sends the distributed user and registry as "
                              "NETUID/NETSID. Needs container-managed security.",
                              {"WAS-05", "ADV-09"}),
             text("registryName", "Registry name", "", "Registry (realm) sent as NETSID.",
                  {"WAS-05"}, 254),
             safName("activationSpecUserid", "Activation spec user ID", "",
                     "User ID under which message-driven beans resume the callout TPIPE.",
                     {"WAS-06"}),
             secret("activationSpecPassword", "Activation spec password",
                    "Password of the activation spec user ID.", {"WAS-06"}),
             certificateOption(), truststoreOption()}};
}

NodeKindInfo dataPower()
{
    return {"datapower", "DataPower", "IBM DataPower gateway in front of or behind IMS.", false,
            {OptionSpec::make("interface", "IMS interface", T::Enum, "ims_connect",
                              "Which IMS facility DataPower uses.",
                              {"DP-01", "DP-02", "DP-03", "DP-04", "DP-06"},
                              {"ims_connect", "soap", "mq", "ims_callout", "jdbc"}),
             versionText("firmware", "Firmware", "7.0",
                         "Firmware level: IMS callout and JDBC need 6.0, the PSTUSID header 7.0.",
                         {"DP-04", "DP-05", "DP-06"}),
             safName("userid", "User ID", "",
                     "Static user ID, used when the request brings none and to resume TPIPEs.",
                     {"DP-01", "DP-04"}),
             secret("password", "Password", "Password of the static user ID.", {"DP-01"}),
             OptionSpec::make("pstusidAsRequester", "PSTUSID as requester", T::Bool, false,
                              "Send the IMS transaction's user ID (PSTUSID) to the target service.",
                              {"DP-05"}),
             certificateOption(), truststoreOption()}};
}

NodeKindInfo zosConnect()
{
    return {"zos_connect", "z/OS Connect", "z/OS Connect EE: REST APIs for IMS transactions.", true,
            {versionText("version", "Version", "3.0",
                         "3.0, or 2.0.10 and later, pass NETUID/NETSID to IMS Connect 15.",
                         {"ZC-06"}),
             OptionSpec::make("clientAuth", "Client authentication", T::Enum, "basic",
                              "basic: user and password; cert_with_basic_fallback: a trusted client "
                              "certificate, else basic; none: no authentication.",
                              {"ZC-01", "ZC-03"}, {"basic", "cert_with_basic_fallback", "none"}),
             OptionSpec::make("registry", "User registry", T::Enum, "SAF",
                              "Where basic credentials are checked. Only with SAF can the caller's "
                              "own RACF ID run the transaction.",
                              {"ZC-01", "ZC-03", "ADV-10"}, {"SAF", "LDAP", "basic"}),
             text("realm", "Realm", "", "Registry realm, passed as NETSID.", {"ZC-06"}, 254),
             OptionSpec::make("ldapUsers", "Registry users", T::Credentials, QJsonArray(),
                              "Users of an LDAP or basic registry.", {"ZC-01"}),
             OptionSpec::make("serviceGroups", "Service groups", T::NameList, QJsonArray(),
                              "SAF groups allowed to invoke the service; empty: no check.",
                              {"ZC-02"}),
             safName("technicalId", "Technical ID", "",
                     "RACF ID used when the caller's own ID cannot be.", {"ZC-03", "ZC-04", "ADV-10"}),
             safName("technicalGroup", "Technical group", "", "Group sent to IMS Connect.", {"ZC-05"}),
             secret("technicalPassword", "Technical password", "Password sent to IMS Connect.",
                    {"ZC-05"}),
             safName("startedTaskUserid", "Started task user ID", "ZCSTC",
                     "The server's own user ID, used when no technical ID is set.", {"ZC-04"}),
             text("jwtIssuer", "JWT issuer", "", "Accepted OpenID Connect issuer.", {"ZC-07"}),
             text("jwtAudience", "JWT audience", "", "Required JWT audience.", {"ZC-07"}),
             OptionSpec::make("passNetworkCredentials", "Pass network credentials", T::Bool, true,
                              "Send the network user ID and realm to IMS Connect 15 and later.",
                              {"ZC-06", "ADV-09"}),
             certificateOption(), truststoreOption()}};
}

NodeKindInfo imsConnect()
{
    OptionSpec version = integer("version", "Version", 15, 9, 99,
                                 "IMS Connect version; 15 and later carry NETUID/NETSID.",
                                 {"ICON-10", "ZC-06", "DP-05"});
    return {"ims_connect", "IMS Connect", "TCP/IP gateway into IMS (OTMA, ODBM, IMS-to-IMS).", true,
            {version,
             OptionSpec::make("RACF", "RACF", T::Enum, "N",
                              "Y: IMS Connect authenticates every user ID with its password or "
                              "PassTicket. N: user IDs pass to OTMA unchecked.",
                              {"ICON-01", "ICON-02", "ICON-09", "ADV-02", "ADV-07"}, {"Y", "N"}),
             safName("RACFID", "RACFID", "",
                     "Default user ID for requests that bring none. It is never authenticated.",
                     {"ICON-04"}),
             OptionSpec::make("exit", "Message exit", T::Enum, "HWSSMPL1",
                              "User message exit. The sample exits support the trusted user "
                              "option; HWSSMPL0/1 also carry NETUID/NETSID.",
                              {"ICON-06", "ICON-10"}, {"HWSSMPL1", "HWSSMPL0", "HWSJAVA0", "custom"}),
             OptionSpec::make("trustedUser", "Trusted user", T::Bool, false,
                              "Let clients that set the trusted-user flag skip RACF.",
                              {"ICON-06", "ADV-08"}),
             exitOption("IMSLSECX", "Security exit for transactions and commands; runs before any "
                                    "RACF call and may reject users.",
                        {"ICON-03"}),
             exitOption("HWSAUTH0", "Security exit for database requests; runs before any RACF call.",
                        {"ICON-03"}),
             safName("datastoreApplid", "DATASTORE APPL", "",
                     "Application name used to validate PassTickets.", {"ICON-05", "PT-01"}),
             safName("jobUserid", "Job user ID", "HWS",
                     "The IMS Connect address space's user ID; it joins OTMA (client bid).",
                     {"ICON-11", "ADV-14"}),
             safName("member", "XCF member", "HWS1", "XCF member name used to join OTMA.",
                     {"ICON-11"}),
             OptionSpec::make("otmaSecurityFlag", "OTMA security flag", T::Enum, "F",
                              "Security level requested per message when OTMA runs with "
                              "OTMASE=PROFILE: N none, C check, F full.",
                              {"OTMA-05"}, {"F", "N", "C"}),
             OptionSpec::make("rmtimscon", "RMTIMSCON", T::RemoteConn,
                              QJsonObject{{"appl", ""}, {"userid", ""}},
                              "APPL and USERID from which this IMS Connect generates PassTickets "
                              "for IMS-to-IMS connections.",
                              {"PT-05", "PT-06", "ADV-03"}),
             certificateOption(), truststoreOption()}};
}

NodeKindInfo otma()
{
    OptionSpec aceeAge = integer("ACEEAGE", "ACEEAGE", 0, 0, 2147483647,
                                 "Age in seconds after which cached ACEEs are refreshed; null: "
                                 "the client's value.",
                                 {"OTMA-08"});
    aceeAge.defaultValue = QJsonValue::Null;
    return {"otma", "OTMA", "Open Transaction Manager Access: the door from IMS Connect and MQ into IMS.",
            true,
            {OptionSpec::make("OTMASE", "OTMASE", T::Enum, "FULL",
                              "NONE: RACF never called. JOIN: only the client bid. CHECK: "
                              "transactions and commands authorized. FULL: also an ACEE for the "
                              "dependent region. PROFILE: per message, from the client.",
                              {"OTMA-01", "OTMA-02", "OTMA-04", "OTMA-05", "ADV-06", "ADV-07"},
                              {"FULL", "NONE", "JOIN", "CHECK", "PROFILE"}),
             safName("xcfGroup", "XCF group", "XCFGRP1", "XCF group of IMS and its OTMA clients.",
                     {"ICON-11"}),
             exitOption("DFSTRN0", "Transaction authorization exit; may reject users.",
                        {"OTMA-01", "OTMA-02"}),
             exitOption("DFSCCMD0", "Command authorization exit; may reject users.",
                        {"OTMA-01", "OTMA-02"}),
             OptionSpec::make("DFSYRTUX", "DFSYRTUX", T::Enum, "none",
                              "Resume TPIPE security exit; its decision overrides RACF.",
                              {"OTMA-07", "ADV-11"}, {"none", "allow", "deny"}),
             OptionSpec::make("TOACEE", "TOACEE", T::Enum, "NO",
                              "Limit the ACEE cache (flood control).", {"OTMA-08", "ADV-12"},
                              {"NO", "YES"}),
             integer("ACEEUSR", "ACEEUSR", 30000, 1, 60000,
                     "Most user IDs whose ACEE stays cached with TOACEE=YES.", {"OTMA-08"}),
             aceeAge,
             OptionSpec::make("tpipes", "TPIPEs", T::NameList, QJsonArray(),
                              "TPIPEs that exist; resuming another one fails when security is on.",
                              {"OTMA-07"})}};
}

NodeKindInfo odbm()
{
    return {"odbm", "ODBM", "Open Database Manager: DL/I access from distributed programs.", true,
            {OptionSpec::make("RRS", "RRS", T::Enum, "Y",
                              "Y: ODBA interface, an ACEE in the thread; N: CCTL interface.",
                              {"ODBM-02", "ODBM-03", "ODBM-04"}, {"Y", "N"}),
             safName("jobUserid", "Job user ID", "ODBM",
                     "Used when no RACO arrives from IMS Connect.", {"ODBM-01"}),
             safName("jobGroup", "Job group", "", "Group of the job user ID.", {"ODBM-01"})}};
}

NodeKindInfo ims()
{
    return {"ims", "IMS", "The IMS control region and its dependent regions.", true,
            {integer("version", "Version", 15, 9, 99, "IMS version; 15 logs NETUID/NETSID.",
                     {"OTMA-09", "DP-05"}),
             OptionSpec::make("ODBASE", "ODBASE", T::Enum, "N",
                              "Y with RRS=Y: APSB security through AIMS profiles.",
                              {"ODBM-03", "ODBM-04"}, {"N", "Y"}),
             OptionSpec::make("ISIS", "ISIS", T::Enum, "N",
                              "Resource access security: N none, R RACF (IIMS), C the DFSRAS00 "
                              "exit, A both.",
                              {"ODBM-04"}, {"N", "R", "C", "A"}),
             exitOption("DFSRAS00", "Resource access security exit.", {"ODBM-04"})}};
}

NodeKindInfo mq()
{
    return {"mq", "MQ", "IBM MQ with the IMS bridge: an OTMA client like IMS Connect.", true,
            {safName("jobUserid", "Job user ID", "MQ", "Queue manager user ID; joins OTMA.",
                     {"ICON-11", "ADV-14"}),
             safName("member", "XCF member", "MQ1", "XCF member name used to join OTMA.",
                     {"ICON-11"})}};
}

NodeKindInfo externalService()
{
    return {"external_service", "External web service", "A service IMS calls out to.", false,
            {OptionSpec::make("requires", "Requires", T::Enum, "none",
                              "What the service demands from its caller.",
                              {"SG-07", "DP-05", "WAS-06"}, {"none", "basic", "saml", "client_cert"}),
             OptionSpec::make("acceptedUsers", "Accepted users", T::TextList, QJsonArray(),
                              "Identities the service accepts; empty: any.", {"SG-07", "DP-05"}),
             certificateOption(), truststoreOption()}};
}

NodeKindInfo withSummary(NodeKindInfo info, QStringList keys)
{
    info.summaryKeys = std::move(keys);
    return info;
}

} // namespace

const QList<NodeKindInfo> &NodeKinds::all()
{
    static const QList<NodeKindInfo> kinds = {
        withSummary(client(), {"protocol"}),
        withSummary(soapGateway(), {"authMode", "wssToken"}),
        withSummary(wasTmra(), {"signon", "localOption", "netuidModule"}),
        withSummary(dataPower(), {"interface", "firmware"}),
        withSummary(zosConnect(), {"clientAuth", "registry"}),
        withSummary(imsConnect(), {"RACF", "version", "trustedUser"}),
        withSummary(otma(), {"OTMASE", "TOACEE"}),
        withSummary(odbm(), {"RRS"}),
        withSummary(ims(), {"ODBASE", "ISIS"}),
        withSummary(mq(), {"member"}),
        withSummary(externalService(), {"requires"})};
    return kinds;
}

const NodeKindInfo *NodeKinds::info(const QString &kind)
{
    for (const NodeKindInfo &k : all()) {
        if (k.kind == kind)
            return &k;
    }
    return nullptr;
}

QJsonValue NodeKinds::option(const Node &node, const QString &key)
{
    const auto it = node.options.constFind(key);
    if (it != node.options.constEnd())
        return *it;
    if (const NodeKindInfo *k = info(node.kind)) {
        if (const OptionSpec *o = k->option(key))
            return o->defaultValue;
    }
    return QJsonValue::Undefined;
}
