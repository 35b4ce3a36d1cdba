#include "clipboardcodec.h"

#include "nodekinds.h"
#include "secflowreader.h"
#include "secflowwriter.h"
#include "topologydata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

constexpr int kOffset = 40;

QString freshId(const QString &id, QSet<QString> &taken)
{
    if (!taken.contains(id)) {
        taken.insert(id);
        return id;
    }
    QString stem = id;
    while (!stem.isEmpty() && stem.back().isDigit())
        stem.chop(1);
    for (int n = 2;; ++n) {
        const QString candidate = stem + QString::number(n);
        if (!taken.contains(candidate)) {
            taken.insert(candidate);
            return candidate;
        }
    }
}

// Certificates belong to the document and do not travel; a reference to one
// the target lacks is dropped (the option falls back to its default).
void dropMissingCertificates(QJsonObject &node, const TopologyData &target)
{
    const NodeKindInfo *info = NodeKinds::info(node.value(QStringLiteral("kind")).toString());
    QJsonObject options = node.value(QStringLiteral("options")).toObject();
    if (!info || options.isEmpty())
        return;
    for (const QString &key : options.keys()) {
        const OptionSpec *spec = info->option(key);
        if (spec && spec->type == OptionSpec::Type::CertRef && !target.certificate(options.value(key).toString())) {
            options.remove(key);
        } else if (spec && spec->type == OptionSpec::Type::CertList) {
            QJsonArray kept;
            for (const QJsonValue &id : options.value(key).toArray())
                if (target.certificate(id.toString()))
                    kept.append(id);
            if (kept.isEmpty())
                options.remove(key);
            else
                options.insert(key, kept);
        }
    }
    node.insert(QStringLiteral("options"), options);
}

} // namespace

std::optional<ItemsSnapshot> ClipboardCodec::decode(const QByteArray &json, const TopologyData &target, QString *error)
{
    const QJsonObject clip = QJsonDocument::fromJson(json).object();
    if (clip.value(QStringLiteral("secflowItems")).toInt() != 1) {
        *error = QObject::tr("The clipboard holds no SecFlow items.");
        return std::nullopt;
    }
    QSet<QString> taken;
    for (const Node &n : target.nodes)
        taken.insert(n.id);
    for (const Link &l : target.links)
        taken.insert(l.id);
    for (const ZosImage &i : target.images)
        taken.insert(i.id);

    // Rename clashing ids, then let the loader validate everything against
    // the target's images, domains and certificates.
    QHash<QString, QString> renamed;
    QJsonArray domains, images, nodes, links;
    // A RACF database the target lacks comes along; one it has (same id) is the target's.
    for (const QJsonValue &v : clip.value(QStringLiteral("domains")).toArray()) {
        if (!target.domain(v.toObject().value(QStringLiteral("id")).toString()))
            domains.append(v);
    }
    for (const QJsonValue &v : clip.value(QStringLiteral("images")).toArray()) {
        QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        o.insert(QStringLiteral("id"), renamed[id] = freshId(id, taken));
        images.append(o);
    }
    for (const QJsonValue &v : clip.value(QStringLiteral("nodes")).toArray()) {
        QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        o.insert(QStringLiteral("id"), renamed[id] = freshId(id, taken));
        const QString image = o.value(QStringLiteral("image")).toString();
        if (renamed.contains(image))
            o.insert(QStringLiteral("image"), renamed.value(image));
        else if (!target.image(image))
            o.remove(QStringLiteral("image"));
        dropMissingCertificates(o, target);
        QJsonObject view = o.value(QStringLiteral("view")).toObject();
        view.insert(QStringLiteral("x"), view.value(QStringLiteral("x")).toInt() + kOffset);
        view.insert(QStringLiteral("y"), view.value(QStringLiteral("y")).toInt() + kOffset);
        o.insert(QStringLiteral("view"), view);
        nodes.append(o);
    }
    for (const QJsonValue &v : clip.value(QStringLiteral("links")).toArray()) {
        QJsonObject o = v.toObject();
        const QString from = o.value(QStringLiteral("from")).toString();
        const QString to = o.value(QStringLiteral("to")).toString();
        if (!renamed.contains(from) || !renamed.contains(to))
            continue;  // a link whose ends were not both copied stays behind
        o.insert(QStringLiteral("id"), freshId(o.value(QStringLiteral("id")).toString(), taken));
        o.insert(QStringLiteral("from"), renamed.value(from));
        o.insert(QStringLiteral("to"), renamed.value(to));
        links.append(o);
    }

    QJsonObject doc = SecflowWriter::toJson(target);
    doc.insert(QStringLiteral("requests"), QJsonArray());
    auto concat = [](QJsonArray a, const QJsonArray &b) {
        for (const QJsonValue &v : b)
            a.append(v);
        return a;
    };
    doc.insert(QStringLiteral("domains"), concat(doc.value(QStringLiteral("domains")).toArray(), domains));
    doc.insert(QStringLiteral("images"), concat(doc.value(QStringLiteral("images")).toArray(), images));
    doc.insert(QStringLiteral("nodes"), concat(doc.value(QStringLiteral("nodes")).toArray(), nodes));
    doc.insert(QStringLiteral("links"), concat(doc.value(QStringLiteral("links")).toArray(), links));
    SecflowReader reader;
    const auto merged = reader.read(QJsonDocument(doc).toJson(), QObject::tr("clipboard"));
    if (!merged) {
        *error = reader.errorString();
        return std::nullopt;
    }
    ItemsSnapshot s;
    for (qsizetype i = target.domains.size(); i < merged->domains.size(); ++i)
        s.domains.append({int(i), merged->domains.at(i)});
    for (qsizetype i = target.images.size(); i < merged->images.size(); ++i)
        s.images.append({int(i), merged->images.at(i)});
    for (qsizetype i = target.nodes.size(); i < merged->nodes.size(); ++i)
        s.nodes.append({int(i), merged->nodes.at(i)});
    for (qsizetype i = target.links.size(); i < merged->links.size(); ++i)
        s.links.append({int(i), merged->links.at(i)});
    return s;
}
