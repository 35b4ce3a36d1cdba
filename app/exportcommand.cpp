#include "exportcommand.h"

#include "canvascolors.h"
#include "commandline.h"
#include "diagramexporter.h"
#include "diagramscene.h"
#include "document.h"
#include "dotexporter.h"
#include "simulator.h"
#include "stepcaption.h"
#include "theme.h"
#include "traceoverlay.h"
#include "tracetimeline.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSaveFile>
#include <QTextStream>

namespace {

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

const char *kUsage = "Usage: secflow export FILE --format png|svg|pdf|dot --output OUT [--request ID --step N] [--dark]\n";

int fail(int code, const QString &message)
{
    QTextStream err(stderr);
    err << (code == Usage ? QStringLiteral("secflow: ") : QString()) << message << "\n";
    if (code == Usage)
        err << "\n" << kUsage;
    return code;
}

bool writeDot(const TopologyData &topology, const TraceTimeline *timeline, int step, const QString &out, QString *error)
{
    DotExporter dot(topology);
    dot.setTrace(timeline, step);
    const QByteArray text = dot.toDot(error);
    if (text.isEmpty())
        return false;
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(out, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Draw the diagram of FILE, optionally with a request's trace at one step."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A .secflow file."));
    p.addOption({QStringLiteral("format"), QStringLiteral("png, svg, pdf or dot."), QStringLiteral("FORMAT")});
    p.addOption({QStringLiteral("output"), QStringLiteral("The file to write."), QStringLiteral("OUT")});
    p.addOption({QStringLiteral("request"), QStringLiteral("Show this request's trace."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("step"), QStringLiteral("The step of the trace to show, counted from 1 as in the playback bar (default: the last)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("dark"), QStringLiteral("Draw with the dark palette.")});
    p.addOption({QStringLiteral("passphrase-file"), QStringLiteral("Read the passphrase for encrypted secrets from FILE."), QStringLiteral("FILE")});
    if (!p.parse(arguments))
        return fail(Usage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    if (p.positionalArguments().size() != 2)
        return fail(Usage, QStringLiteral("export takes exactly one FILE"));
    if (!p.isSet(QStringLiteral("format")) || !p.isSet(QStringLiteral("output")))
        return fail(Usage, QStringLiteral("export needs --format and --output"));
    const QString format = p.value(QStringLiteral("format")).toLower();
    const auto picture = DiagramExporter::formatFromName(format);
    if (!picture && format != QLatin1String("dot"))
        return fail(Usage, QStringLiteral("--format must be png, svg, pdf or dot, got \"%1\"").arg(format));
    if (p.isSet(QStringLiteral("step")) && !p.isSet(QStringLiteral("request")))
        return fail(Usage, QStringLiteral("--step needs --request"));
    int step = -1;  // the last step
    if (p.isSet(QStringLiteral("step"))) {
        bool ok = false;
        step = p.value(QStringLiteral("step")).toInt(&ok);
        if (!ok || step < 1)
            return fail(Usage, QStringLiteral("--step must be a number from 1, got \"%1\"").arg(p.value(QStringLiteral("step"))));
        --step;  // the timeline counts from 0
    }

    const QString file = p.positionalArguments().at(1);
    auto topology = CommandLine::load(file, p.value(QStringLiteral("passphrase-file")));
    if (!topology)
        return Failed;

    TraceTimeline timeline;
    if (p.isSet(QStringLiteral("request"))) {
        const QString id = p.value(QStringLiteral("request"));
        const Request *request = topology->request(id);
        if (!request)
            return fail(Failed, QStringLiteral("%1: no request \"%2\"").arg(file, id));
        timeline = TraceTimeline(Simulator(*topology).run(*request));
        if (step >= timeline.stepCount())
            return fail(Failed, QStringLiteral("%1: request %2 has %3 steps; --step %4 is beyond them")
                                    .arg(file, id).arg(timeline.stepCount()).arg(step + 1));
        if (step < 0)
            step = timeline.stepCount() - 1;
    }

    QString error;
    const QString out = p.value(QStringLiteral("output"));
    if (!picture) {
        if (!writeDot(*topology, timeline.isEmpty() ? nullptr : &timeline, step, out, &error))
            return fail(Failed, error);
        return Ok;
    }

    Theme::apply(p.isSet(QStringLiteral("dark")) ? Theme::Mode::Dark : Theme::Mode::Light);
    Document document;
    document.loadData(std::move(*topology), file);
    DiagramScene scene(&document);
    scene.setColors(CanvasColors::from(QApplication::palette()));
    TraceOverlay overlay(&scene);
    DiagramExporter exporter(&scene);
    if (!timeline.isEmpty()) {
        overlay.setTimeline(timeline);
        overlay.showStep(step);
        const Request *request = document.topology()->data().request(p.value(QStringLiteral("request")));
        const QString name = request->label.isEmpty() ? request->id : request->label;
        exporter.setCaption(name + QStringLiteral(" — ") + StepCaption::caption(timeline, step, document.topology()->data()));
    } else {
        exporter.setCaption(document.topology()->data().name);
    }
    if (!exporter.write(out, *picture, &error))
        return fail(Failed, error);
    return Ok;
}
