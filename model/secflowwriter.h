#pragma once

#include "topologydata.h"

#include <QByteArray>
#include <QJsonObject>

// Writes .secflow files: stable key order, unknown keys written back, saved
// atomically through QSaveFile so a failed save never damages the old file.
namespace SecflowWriter {
QByteArray toBytes(const TopologyData &t);
QJsonObject toJson(const TopologyData &t);
bool save(const TopologyData &t, const QString &path, QString *error);

QJsonObject nodeToJson(const Node &n);
QJsonObject linkToJson(const Link &l);
QJsonObject requestToJson(const Request &q);
QJsonObject domainToJson(const SecurityDomain &d);
QJsonObject certificateToJson(const Certificate &c);
QJsonObject imageToJson(const ZosImage &i);
} // namespace SecflowWriter
