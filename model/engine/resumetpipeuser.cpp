#include "resumetpipeuser.h"

#include "nodeoptions.h"

namespace {
ResumeTpipeUser make(const NodeOptions &o, const char *user, const char *password, const char *source)
{
    ResumeTpipeUser r;
    r.userid = o.text(user);
    r.password = o.text(password);
    r.hasPassword = !r.password.isEmpty();
    r.source = QLatin1String(source);
    return r;
}
} // namespace

ResumeTpipeUser ResumeTpipeUser::of(const Node &gateway)
{
    const NodeOptions o(gateway);
    if (gateway.kind == QLatin1String("soap_gateway"))
        return make(o, "bundleUserid", "bundlePassword", "the connection bundle");
    if (gateway.kind == QLatin1String("datapower"))
        return make(o, "userid", "password", "the DataPower configuration");
    if (gateway.kind == QLatin1String("was_tmra")) {
        if (!o.text("activationSpecUserid").isEmpty())
            return make(o, "activationSpecUserid", "activationSpecPassword", "the IMSActivationSpec");
        if (!o.text("appUserid").isEmpty())
            return make(o, "appUserid", "appPassword", "the connection spec");
        return make(o, "cfUserid", "cfPassword", "the connection factory");
    }
    return {};
}
