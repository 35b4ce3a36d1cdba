#include "secflowreader.h"

#include "domainreader.h"
#include "jsonfieldreader.h"
#include "jsonlocator.h"
#include "jsonsplitter.h"
#include "lessonreader.h"
#include "nodekinds.h"
#include "optionvalidator.h"
#include "linkoptions.h"
#include "requestlistreader.h"
#include "requestreader.h"
#include "topologyvalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <optional>
#include <thread>

namespace {

constexpr qsizetype kMaxAnyString = 1024 * 1024;
constexpr qsizetype kParallelRequests = 2000;
constexpr qsizetype kParseApartBytes = 4 * 1024 * 1024;

// Whether any JSON string in the text is longer than the limit; a byte scan,
// so the walk that names the place runs only for files that have one.
bool hasLongString(const QByteArray &json, qsizetype limit)
{
    bool inString = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (!inString) {
            if (c == '"') {
                inString = true;
                start = i;
            }
        } else if (c == '\\') {
            ++i;
        } else if (c == '"') {
            inString = false;
            if (i - start > limit)
                return true;
        }
    }
    return false;
}

// Rejects absurd strings anywhere, known key or not, before they reach the model.
void checkSizes(JsonFieldReader &r, const QJsonValue &v, const QString &path)
{
    if (v.isString() && v.toString().size() > kMaxAnyString) {
        r.error(path, QStringLiteral("string of %1 characters; at most %2 allowed")
                          .arg(v.toString().size()).arg(kMaxAnyString));
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            checkSizes(r, a.at(i), JsonFieldReader::index(path, i));
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            checkSizes(r, it.value(), JsonFieldReader::join(path, it.key()));
    }
}

// Returns false when the rest of the file must not be read: a newer format
// version may mean anything, so its other errors would only mislead.
bool checkHeader(JsonFieldReader &r, const QJsonObject &root)
{
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toString() != QLatin1String("secflow"))
        r.error(QStringLiteral("format"), QStringLiteral("expected \"secflow\", got %1").arg(JsonFieldReader::quoted(format)));
    const QJsonValue version = root.value(QStringLiteral("version"));
    const double v = version.toDouble();
    if (!version.isDouble() || v != std::floor(v) || v < 1) {
        r.error(QStringLiteral("version"), QStringLiteral("expected a format version number such as %1, got %2")
                                               .arg(TopologyData::kFormatVersion).arg(JsonFieldReader::quoted(version)));
        return true;
    }
    if (v > TopologyData::kFormatVersion) {
        r.error(QStringLiteral("version"),
                QStringLiteral("format version %1 is newer than this SecFlow understands (%2); "
                               "open it with a newer SecFlow")
                    .arg(JsonFieldReader::quoted(version)).arg(TopologyData::kFormatVersion));
        return false;
    }
    return true;
}

template<typename F>
void forEachObject(JsonFieldReader &r, const QJsonObject &o, const QString &key, F f)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isArray()) {
        r.error(key, QStringLiteral("expected a list, got %1").arg(JsonFieldReader::typeName(v)));
        return;
    }
    const QJsonArray a = v.toArray();
    qsizetype i = 0;
    for (auto it = a.constBegin(); it != a.constEnd(); ++it, ++i) {
        const QString p = JsonFieldReader::index(key, i);
        if (!it->isObject()) {
            r.error(p, QStringLiteral("expected an object, got %1").arg(JsonFieldReader::typeName(*it)));
            continue;
        }
        f(it->toObject(), p);
    }
}

template<typename T>
void checkUniqueIds(JsonFieldReader &r, const QList<T> &list, const QString &key, const char *what)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString &id = list.at(i).id;
        if (id.isEmpty())
            continue;
        if (seen.contains(id))
            r.error(JsonFieldReader::join(JsonFieldReader::index(key, i), QStringLiteral("id")),
                    QStringLiteral("duplicate %1 id \"%2\"").arg(QLatin1String(what), id));
        seen.insert(id);
    }
}

} // namespace

QString SecflowReader::errorString() const
{
    QStringList lines;
    for (const LoadError &e : mErrors)
        lines.append(e.toString());
    return lines.join(QLatin1Char('\n'));
}

std::optional<TopologyData> SecflowReader::readFile(const QString &path)
{
    mErrors.clear();
    mWarnings.clear();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        mErrors.append({path, 0, {}, QStringLiteral("cannot open: %1").arg(f.errorString())});
        return std::nullopt;
    }
    // A pipe or device has no size: read one byte past the limit, so that one
    // without an end (/dev/zero) cannot hang us.
    const bool tooBig = f.size() > kMaxFileBytes;
    const QByteArray bytes = tooBig ? QByteArray() : f.isSequential() ? f.read(kMaxFileBytes + 1) : f.readAll();
    if (tooBig || bytes.size() > kMaxFileBytes) {
        mErrors.append({path, 0, {}, QStringLiteral("larger than %1 bytes; not a .secflow file").arg(kMaxFileBytes)});
        return std::nullopt;
    }
    return read(bytes, path);
}

std::optional<TopologyData> SecflowReader::read(const QByteArray &bytes, const QString &fileName)
{
    mErrors.clear();
    mWarnings.clear();
    if (QByteArrayView(bytes).trimmed().isEmpty()) {
        mErrors.append({fileName, 1, {}, QStringLiteral("the file is empty; expected a .secflow JSON object")});
        return std::nullopt;
    }
    QJsonParseError pe;
    // A large file's requests are parsed on a second core beside the rest.
    const bool apart = bytes.size() >= kParseApartBytes && std::thread::hardware_concurrency() > 1;
    std::optional<QJsonDocument> parsed = apart ? JsonSplitter::parseApart(bytes, QByteArrayLiteral("requests")) : std::nullopt;
    const QJsonDocument doc = parsed ? *parsed : QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        mErrors.append({fileName, JsonLocator::lineOfParseError(bytes, pe.offset), {},
                        QStringLiteral("not valid JSON: %1 (at byte %2)").arg(pe.errorString()).arg(pe.offset)});
        return std::nullopt;
    }
    if (!doc.isObject()) {
        mErrors.append({fileName, 1, {}, QStringLiteral("expected a JSON object at the top level")});
        return std::nullopt;
    }
    JsonFieldReader r(fileName, bytes);
    r.setPassphrase(mPassphrase);
    const QJsonObject root = doc.object();
    if (hasLongString(bytes, kMaxAnyString))
        checkSizes(r, root, QString());
    if (r.hasErrors()) {
        mErrors = r.errors();
        return std::nullopt;
    }

    if (!checkHeader(r, root)) {
        mErrors = r.errors();
        return std::nullopt;
    }
    TopologyData t;
    t.name = r.text(root, QStringLiteral("name"), {}, false, 1024);
    t.simulationTime = r.time(root, QStringLiteral("simulationTime"), {}, false);
    // A file with many requests has them read on both cores (RequestListReader).
    const QJsonArray requestList = root.value(QStringLiteral("requests")).toArray();
    std::optional<RequestListReader> requestReader;
    if (requestList.size() >= kParallelRequests && std::thread::hardware_concurrency() > 1)
        requestReader.emplace(fileName, bytes, mPassphrase, requestList);
    readImages(r, root, t);
    readDomains(r, root, t);
    readCertificates(r, root, t);
    readNodes(r, root, t);
    readLinks(r, root, t);
    if (requestReader) {
        t.requests = requestReader->finish(r);
        checkUniqueIds(r, t.requests, QStringLiteral("requests"), "request");
    } else {
        readRequests(r, root, t);
    }
    const QJsonValue lessons = root.value(QStringLiteral("lessons"));
    if (!lessons.isUndefined() && !lessons.isArray())
        r.error(QStringLiteral("lessons"), QStringLiteral("expected a list, got %1").arg(JsonFieldReader::typeName(lessons)));
    t.lessons = lessons.toArray();
    LessonReader::read(r, t.lessons, t);  // validation only: the list stays opaque JSON
    t.view = r.object(root, QStringLiteral("view"), {});
    t.extra = r.unknownKeys(root, {"format", "version", "name", "simulationTime", "images", "nodes", "links",
                                   "domains", "certificates", "requests", "lessons", "view"}, {});
    if (!r.hasErrors())
        crossCheck(r, t);
    mErrors = r.errors();
    mWarnings = r.warnings();
    if (!mErrors.isEmpty())
        return std::nullopt;
    t.rebuildIndexes();
    return t;
}

void SecflowReader::readImages(JsonFieldReader &r, const QJsonObject &root, TopologyData &t)
{
    forEachObject(r, root, QStringLiteral("images"), [&](const QJsonObject &o, const QString &p) {
        ZosImage img;
        img.id = r.id(o, QStringLiteral("id"), p);
        img.label = r.text(o, QStringLiteral("label"), p, false, 256);
        img.domain = r.id(o, QStringLiteral("domain"), p);
        img.view = r.object(o, QStringLiteral("view"), p);
        img.extra = r.unknownKeys(o, {"id", "label", "domain", "view"}, p);
        t.images.append(img);
    });
    checkUniqueIds(r, t.images, QStringLiteral("images"), "image");
}

void SecflowReader::readDomains(JsonFieldReader &r, const QJsonObject &root, TopologyData &t)
{
    forEachObject(r, root, QStringLiteral("domains"), [&](const QJsonObject &o, const QString &p) {
        t.domains.append(DomainReader::read(r, o, p));
    });
    checkUniqueIds(r, t.domains, QStringLiteral("domains"), "domain");
}

void SecflowReader::readCertificates(JsonFieldReader &r, const QJsonObject &root, TopologyData &t)
{
    forEachObject(r, root, QStringLiteral("certificates"), [&](const QJsonObject &o, const QString &p) {
        Certificate c;
        c.id = r.id(o, QStringLiteral("id"), p);
        c.subject = r.text(o, QStringLiteral("subject"), p, true, 1024);
        c.issuer = r.id(o, QStringLiteral("issuer"), p);
        c.notBefore = r.time(o, QStringLiteral("notBefore"), p, true);
        c.notAfter = r.time(o, QStringLiteral("notAfter"), p, true);
        c.ca = r.boolean(o, QStringLiteral("ca"), p, false);
        c.pem = r.text(o, QStringLiteral("pem"), p, false, JsonFieldReader::kMaxText);
        if (!c.pem.isEmpty() && !c.pem.contains(QLatin1String("-----BEGIN CERTIFICATE-----")))
            r.error(JsonFieldReader::join(p, QStringLiteral("pem")), QStringLiteral("not a PEM certificate"));
        if (c.notBefore.isValid() && c.notAfter.isValid() && c.notAfter < c.notBefore)
            r.error(JsonFieldReader::join(p, QStringLiteral("notAfter")),
                    QStringLiteral("%1 is earlier than notBefore %2")
                        .arg(c.notAfter.toString(Qt::ISODate), c.notBefore.toString(Qt::ISODate)));
        c.extra = r.unknownKeys(o, {"id", "subject", "issuer", "notBefore", "notAfter", "ca", "pem"}, p);
        t.certificates.append(c);
    });
    checkUniqueIds(r, t.certificates, QStringLiteral("certificates"), "certificate");
}

void SecflowReader::readNodes(JsonFieldReader &r, const QJsonObject &root, TopologyData &t)
{
    forEachObject(r, root, QStringLiteral("nodes"), [&](const QJsonObject &o, const QString &p) {
        Node n;
        n.id = r.id(o, QStringLiteral("id"), p);
        n.kind = r.text(o, QStringLiteral("kind"), p, true, 64);
        n.label = r.text(o, QStringLiteral("label"), p, false, 256);
        n.image = r.id(o, QStringLiteral("image"), p, false);
        n.view = r.object(o, QStringLiteral("view"), p);
        n.extra = r.unknownKeys(o, {"id", "kind", "label", "image", "options", "view"}, p);
        const NodeKindInfo *info = NodeKinds::info(n.kind);
        if (!n.kind.isEmpty() && !info) {
            QStringList kinds;
            for (const NodeKindInfo &k : NodeKinds::all())
                kinds.append(k.kind);
            r.error(JsonFieldReader::join(p, QStringLiteral("kind")),
                    QStringLiteral("unknown kind \"%1\"; expected one of %2").arg(n.kind, kinds.join(QStringLiteral(", "))));
        }
        const QJsonObject options = r.object(o, QStringLiteral("options"), p);
        const QString op = JsonFieldReader::join(p, QStringLiteral("options"));
        for (auto it = options.constBegin(); it != options.constEnd(); ++it) {
            const OptionSpec *spec = info ? info->option(it.key()) : nullptr;
            if (!spec) {
                if (info)
                    r.warning(JsonFieldReader::join(op, it.key()),
                              QStringLiteral("%1 has no option \"%2\"; kept but ignored").arg(info->displayName, it.key()));
                n.options.insert(it.key(), it.value());
                continue;
            }
            if (spec->type == OptionSpec::Type::Secret && it.value().isObject()) {
                // The envelope stays in the options (saved unchanged); the engine reads the plain text.
                const Secret secret = r.secret(options, it.key(), op);
                if (!secret.locked && secret.set)
                    n.decryptedSecrets.insert(it.key(), secret.plain);
                n.options.insert(it.key(), it.value());
                continue;
            }
            n.options.insert(it.key(), OptionValidator::validate(*spec, it.value(), JsonFieldReader::join(op, it.key()), r));
        }
        t.nodes.append(n);
    });
    checkUniqueIds(r, t.nodes, QStringLiteral("nodes"), "node");
}

void SecflowReader::readLinks(JsonFieldReader &r, const QJsonObject &root, TopologyData &t)
{
    forEachObject(r, root, QStringLiteral("links"), [&](const QJsonObject &o, const QString &p) {
        Link l;
        l.id = r.id(o, QStringLiteral("id"), p);
        l.from = r.id(o, QStringLiteral("from"), p);
        l.to = r.id(o, QStringLiteral("to"), p);
        for (const char *key : {"transport", "kind"}) {
            const QString k = QLatin1String(key);
            if (!o.contains(k))
                continue;
            const QJsonValue v = OptionValidator::validate(*LinkOptions::option(k), o.value(k), JsonFieldReader::join(p, k), r);
            (k == QLatin1String("kind") ? l.kind : l.transport) = v.toString();
        }
        l.persistent = r.boolean(o, QStringLiteral("persistent"), p, true);
        l.view = r.object(o, QStringLiteral("view"), p);
        l.extra = r.unknownKeys(o, {"id", "from", "to", "transport", "persistent", "kind", "view"}, p);
        t.links.append(l);
    });
    checkUniqueIds(r, t.links, QStringLiteral("links"), "link");
}

void SecflowReader::crossCheck(JsonFieldReader &r, const TopologyData &t)
{
    TopologyValidator::check(r, t);
}

void SecflowReader::readRequests(JsonFieldReader &r, const QJsonObject &root, TopologyData &t)
{
    t.requests.reserve(root.value(QStringLiteral("requests")).toArray().size());
    forEachObject(r, root, QStringLiteral("requests"), [&](const QJsonObject &o, const QString &p) {
        t.requests.append(RequestReader::read(r, o, p));
    });
    checkUniqueIds(r, t.requests, QStringLiteral("requests"), "request");
}
