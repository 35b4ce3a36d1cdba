#include "stage.h"

#include "datapowerstage.h"
#include "externalservicestage.h"
#include "imsconnectstage.h"
#include "imsstage.h"
#include "mqstage.h"
#include "node.h"
#include "odbmstage.h"
#include "otmastage.h"
#include "passthroughstage.h"
#include "soapgatewaystage.h"
#include "wastmrastage.h"
#include "zosconnectstage.h"

std::unique_ptr<Stage> Stage::create(const Node &node)
{
    const QString &k = node.kind;
    if (k == QLatin1String("soap_gateway")) return std::make_unique<SoapGatewayStage>(node);
    if (k == QLatin1String("was_tmra")) return std::make_unique<WasTmraStage>(node);
    if (k == QLatin1String("datapower")) return std::make_unique<DataPowerStage>(node);
    if (k == QLatin1String("zos_connect")) return std::make_unique<ZosConnectStage>(node);
    if (k == QLatin1String("ims_connect")) return std::make_unique<ImsConnectStage>(node);
    if (k == QLatin1String("otma")) return std::make_unique<OtmaStage>(node);
    if (k == QLatin1String("odbm")) return std::make_unique<OdbmStage>(node);
    if (k == QLatin1String("ims")) return std::make_unique<ImsStage>(node);
    if (k == QLatin1String("mq")) return std::make_unique<MqStage>();
    if (k == QLatin1String("external_service")) return std::make_unique<ExternalServiceStage>(node);
    return std::make_unique<PassThroughStage>();
}
