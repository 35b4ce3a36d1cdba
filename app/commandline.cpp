#include "commandline.h"

#include "designreview.h"
#include "expectationchecker.h"
#include "passticket.h"
#include "secflowreader.h"
#include "simulator.h"
#include "tracetext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace {

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

const char *kUsage =
    "Usage: secflow COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  simulate FILE [--request ID] [--json]   play requests through the topology\n"
    "  check FILE...                           run every request with an \"expect\" block; fail on a difference\n"
    "  lint FILE [--json]                      the design review's findings\n"
    "  passticket --user U --appl A --key HEX --time SECONDS [--enhanced upper|mixed]\n"
    "                                          print a RACF PassTicket\n"
    "  export FILE --format png|svg|pdf|dot --output OUT [--request ID --step N] [--dark]\n"
    "                                          draw the diagram, optionally a request at one step\n"
    "\n"
    "Options: --help, --version. Encrypted secrets are opened with --passphrase-file FILE\n"
    "or the SECFLOW_PASSPHRASE environment variable.\n"
    "Exit status: 0 success, 1 failed check or rejected input, 2 wrong usage.\n";

int usageError(const QString &message)
{
    err() << "secflow: " << message << "\n\n" << kUsage;
    err().flush();
    return Usage;
}

QCommandLineOption passphraseOption()
{
    return {QStringLiteral("passphrase-file"), QStringLiteral("Read the passphrase for encrypted secrets from FILE."),
            QStringLiteral("FILE")};
}

bool parse(QCommandLineParser &p, const QStringList &args, int *exitCode)
{
    p.addHelpOption();
    if (!p.parse(args)) {
        *exitCode = usageError(p.errorText());
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        out().flush();
        *exitCode = Ok;
        return false;
    }
    return true;
}

std::optional<TopologyData> load(const QString &file, const QCommandLineParser &p)
{
    return CommandLine::load(file, p.value(QStringLiteral("passphrase-file")));
}

int simulateCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Play the requests of FILE through its topology, hop by hop."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A .secflow file."));
    p.addOption({QStringLiteral("request"), QStringLiteral("Only the request with this id."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print the traces as JSON (FORMAT.md).")});
    p.addOption(passphraseOption());
    int code = Ok;
    if (!parse(p, args, &code))
        return code;
    if (p.positionalArguments().size() != 2)
        return usageError(QStringLiteral("simulate takes exactly one FILE"));
    const QString file = p.positionalArguments().at(1);
    const auto t = load(file, p);
    if (!t)
        return Failed;
    QList<const Request *> requests;
    for (const Request &r : t->requests) {
        if (!p.isSet(QStringLiteral("request")) || r.id == p.value(QStringLiteral("request")))
            requests.append(&r);
    }
    if (p.isSet(QStringLiteral("request")) && requests.isEmpty()) {
        err() << file << ": no request \"" << p.value(QStringLiteral("request")) << "\"\n";
        return Failed;
    }
    const Simulator sim(*t);
    QJsonArray traces;
    for (const Request *r : requests) {
        const Trace trace = sim.run(*r);
        if (p.isSet(QStringLiteral("json")))
            traces.append(trace.toJson());
        else
            out() << TraceText::format(trace, r->label) << "\n";
    }
    if (p.isSet(QStringLiteral("json")))
        out() << QJsonDocument(traces).toJson(QJsonDocument::Indented);
    else if (requests.isEmpty())
        out() << file << ": no requests to simulate\n";
    return Ok;
}

int checkCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Run every request that has an \"expect\" block and report each difference."));
    p.addPositionalArgument(QStringLiteral("FILE..."), QStringLiteral("One or more .secflow files."));
    p.addOption(passphraseOption());
    int code = Ok;
    if (!parse(p, args, &code))
        return code;
    const QStringList files = p.positionalArguments().mid(1);
    if (files.isEmpty())
        return usageError(QStringLiteral("check needs at least one FILE"));
    int failures = 0, checked = 0;
    for (const QString &file : files) {
        const auto t = load(file, p);
        if (!t) {
            ++failures;
            continue;
        }
        const Simulator sim(*t);
        for (const Request &r : t->requests) {
            if (!r.hasExpect)
                continue;
            ++checked;
            const QStringList diffs = ExpectationChecker::differences(sim.run(r), r.expect);
            for (const QString &d : diffs)
                err() << file << ": request " << r.id << ": " << d << "\n";
            failures += diffs.isEmpty() ? 0 : 1;
        }
    }
    err().flush();
    out() << checked - qMin(checked, failures) << " passed, " << failures << " failed\n";
    return failures == 0 ? Ok : Failed;
}

int lintCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Review the design of FILE and list its weaknesses."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A .secflow file."));
    p.addOption({QStringLiteral("json"), QStringLiteral("Print the findings as a JSON array.")});
    p.addOption(passphraseOption());
    int code = Ok;
    if (!parse(p, args, &code))
        return code;
    if (p.positionalArguments().size() != 2)
        return usageError(QStringLiteral("lint takes exactly one FILE"));
    const auto t = load(p.positionalArguments().at(1), p);
    if (!t)
        return Failed;
    const Simulator sim(*t);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const Finding &f : sim.findings())
            a.append(f.toJson());
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const Finding &f : sim.findings())
        out() << f.rule << " " << f.severity << " " << (f.node.isEmpty() ? f.link : f.node) << ": " << f.message << "\n";
    if (sim.findings().isEmpty())
        out() << "no findings\n";
    return Ok;
}

int passticketCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Print the RACF PassTicket for a user, application, key and time."));
    p.addOption({QStringLiteral("user"), QStringLiteral("User ID (1-8 characters)."), QStringLiteral("U")});
    p.addOption({QStringLiteral("appl"), QStringLiteral("Application name (1-8 characters)."), QStringLiteral("A")});
    p.addOption({QStringLiteral("key"), QStringLiteral("16 hex digits (classic) or 64 (enhanced)."), QStringLiteral("HEX")});
    p.addOption({QStringLiteral("time"), QStringLiteral("Seconds since 1970-01-01 UTC."), QStringLiteral("SECONDS")});
    p.addOption({QStringLiteral("enhanced"), QStringLiteral("Enhanced PassTicket type: upper or mixed."), QStringLiteral("TYPE")});
    int code = Ok;
    if (!parse(p, args, &code))
        return code;
    for (const char *required : {"user", "appl", "key", "time"}) {
        if (!p.isSet(QLatin1String(required)))
            return usageError(QStringLiteral("passticket needs --%1").arg(QLatin1String(required)));
    }
    bool ok = false;
    const qint64 time = p.value(QStringLiteral("time")).toLongLong(&ok);
    if (!ok || time < 0)
        return usageError(QStringLiteral("--time must be a number of seconds, got \"%1\"").arg(p.value(QStringLiteral("time"))));
    QString problem;
    const auto key = PassTicket::parseKey(p.value(QStringLiteral("key")), &problem);
    if (!key)
        return usageError(QStringLiteral("--key: %1").arg(problem));
    const QString enhanced = p.value(QStringLiteral("enhanced"));
    if (p.isSet(QStringLiteral("enhanced")) && enhanced != QLatin1String("upper") && enhanced != QLatin1String("mixed"))
        return usageError(QStringLiteral("--enhanced must be upper or mixed"));
    if (p.isSet(QStringLiteral("enhanced")) != (key->size() == 32))
        return usageError(QStringLiteral("an enhanced PassTicket needs a 64-digit key and --enhanced; a classic one a 16-digit key"));
    const QString user = p.value(QStringLiteral("user"));
    const QString appl = p.value(QStringLiteral("appl"));
    if (user.isEmpty() || user.size() > 8 || appl.isEmpty() || appl.size() > 8)
        return usageError(QStringLiteral("--user and --appl must be 1-8 characters"));
    out() << PassTicket::generate(user, appl, *key, time, PassTicket::typeForKey(*key, enhanced == QLatin1String("mixed"))) << "\n";
    return Ok;
}

} // namespace

std::optional<TopologyData> CommandLine::load(const QString &file, const QString &passphraseFile)
{
    SecflowReader reader;
    QString passphrase = qEnvironmentVariable("SECFLOW_PASSPHRASE");
    if (!passphraseFile.isEmpty()) {
        QFile f(passphraseFile);
        if (!f.open(QIODevice::ReadOnly)) {
            err() << f.fileName() << ": cannot read passphrase: " << f.errorString() << "\n";
            err().flush();
            return std::nullopt;
        }
        passphrase = QString::fromUtf8(f.readAll()).trimmed();
    }
    reader.setPassphrase(passphrase);
    auto t = reader.readFile(file);
    for (const LoadError &w : reader.warnings())
        err() << "warning: " << w.toString() << "\n";
    if (!t)
        err() << reader.errorString() << "\n";
    err().flush();
    return t;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out() << kUsage;
        return Ok;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "secflow " << QCoreApplication::applicationVersion() << "\n";
        return Ok;
    }
    if (command == QLatin1String("simulate"))
        return simulateCommand(arguments);
    if (command == QLatin1String("check"))
        return checkCommand(arguments);
    if (command == QLatin1String("lint"))
        return lintCommand(arguments);
    if (command == QLatin1String("passticket"))
        return passticketCommand(arguments);
    if (command.isEmpty())
        return usageError(QStringLiteral("no command given"));
    return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
}
