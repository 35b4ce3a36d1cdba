#include "linkoptions.h"

const QList<OptionSpec> &LinkOptions::all()
{
    using T = OptionSpec::Type;
    static const QList<OptionSpec> options = {
        OptionSpec::make("transport", "Transport", T::Enum, "none",
                         "Protection of the connection. none: cleartext. tls, https_server, at_tls: "
                         "the server proves its identity. mutual_tls, https_mutual, at_tls_mutual: "
                         "both sides do. ims_connect_ssl: IMS Connect's own SSL. ipsec: all "
                         "traffic between the two TCP/IP stacks.",
                         {"NET-01", "NET-02", "NET-03", "NET-04", "NET-05", "ADV-01", "ADV-05"},
                         {"none", "tls", "mutual_tls", "https_server", "https_mutual", "at_tls",
                          "at_tls_mutual", "ims_connect_ssl", "ipsec"}),
        OptionSpec::make("persistent", "Persistent", T::Bool, true,
                         "A persistent connection stays open across messages; a non-persistent one "
                         "is opened per message, with a new PassTicket each time.",
                         {"PT-03", "ADV-04"}),
        OptionSpec::make("kind", "Kind", T::Enum, "normal",
                         "rmtimscon: an IMS-to-IMS connection between two IMS Connects.",
                         {"PT-05", "PT-06"}, {"normal", "rmtimscon"}),
    };
    return options;
}

const OptionSpec *LinkOptions::option(const QString &key)
{
    for (const OptionSpec &o : all()) {
        if (o.key == key)
            return &o;
    }
    return nullptr;
}

bool LinkOptions::isMutual(const QString &transport)
{
    return transport == QLatin1String("mutual_tls") || transport == QLatin1String("https_mutual")
           || transport == QLatin1String("at_tls_mutual");
}

bool LinkOptions::isServerTls(const QString &transport)
{
    return transport == QLatin1String("tls") || transport == QLatin1String("https_server")
           || transport == QLatin1String("at_tls") || transport == QLatin1String("ims_connect_ssl");
}
