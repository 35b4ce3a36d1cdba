#pragma once

#include "loaderror.h"
#include "topologydata.h"

#include <QByteArray>
#include <QList>

#include <optional>

class JsonFieldReader;

// Loads a .secflow file with strict validation. Every problem is reported with
// file, line and JSON path; keys this version does not know are kept.
class SecflowReader
{
public:
    static constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;  // a big topology is a few MB

    void setPassphrase(const QString &passphrase) { mPassphrase = passphrase; }

    std::optional<TopologyData> readFile(const QString &path);
    std::optional<TopologyData> read(const QByteArray &bytes, const QString &fileName = {});

    const QList<LoadError> &errors() const { return mErrors; }
    const QList<LoadError> &warnings() const { return mWarnings; }
    QString errorString() const;

private:
    void readImages(JsonFieldReader &r, const QJsonObject &root, TopologyData &t);
    void readDomains(JsonFieldReader &r, const QJsonObject &root, TopologyData &t);
    void readCertificates(JsonFieldReader &r, const QJsonObject &root, TopologyData &t);
    void readNodes(JsonFieldReader &r, const QJsonObject &root, TopologyData &t);
    void readLinks(JsonFieldReader &r, const QJsonObject &root, TopologyData &t);
    void readRequests(JsonFieldReader &r, const QJsonObject &root, TopologyData &t);
    void crossCheck(JsonFieldReader &r, const TopologyData &t);

    QString mPassphrase;
    QList<LoadError> mErrors;
    QList<LoadError> mWarnings;
};
