#include "guiapplication.h"

#include "autosaver.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "mainwindow.h"
#include "preferences.h"
#include "recoverydialog.h"
#include "theme.h"
#include "traceplayer.h"
#include "tracegeometry.h"
#include "traceoverlay.h"
#include "tracesession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QMessageBox>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>

namespace {

// A request's trace at one step, as `secflow export --request ID --step N` draws it (N counts from 1);
// with --midway, the token halfway along its way into step N instead.
bool showTraceStep(MainWindow &window, const QCommandLineParser &parser)
{
    const QString request = parser.value(QStringLiteral("request"));
    TraceSession *session = window.traceSession();
    session->showRequest(request);
    if (session->requestId() != request) {
        QTextStream(stderr) << "secflow: no request " << request << "\n";
        return false;
    }
    const int step = parser.value(QStringLiteral("step")).toInt() - 1;
    const bool midway = parser.isSet(QStringLiteral("midway"));
    if (midway && (step < 1 || step >= session->timeline().stepCount())) {
        QTextStream(stderr) << "secflow: --midway needs a --step from 2 to " << session->timeline().stepCount() << "\n";
        return false;
    }
    session->player()->setStep(midway ? step - 1 : step);
    QApplication::processEvents();
    if (midway) {
        // Halfway along the link itself, not along the whole way from card to card.
        const TimelineStep &to = session->timeline().step(step);
        const QString from = session->timeline().trace().hops.at(qMax(0, to.hop - 1)).node;
        const auto travel = TraceGeometry::travel(window.scene(), from, to.link, to.node);
        window.traceOverlay()->showMotion(step - 1, step, TraceGeometry::linkMiddle(travel));
    }
    return true;
}

int screenshot(MainWindow &window, const QCommandLineParser &parser)
{
    const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    window.show();
    QApplication::processEvents();
    const QString request = parser.value(QStringLiteral("request"));
    if (!request.isEmpty() && !showTraceStep(window, parser))
        return 1;
    // For documentation: one dock brought to the front of its tab group.
    if (parser.isSet(QStringLiteral("dock"))) {
        QDockWidget *dock = window.dock(parser.value(QStringLiteral("dock")));
        if (!dock) {
            QTextStream(stderr) << "secflow: no dock " << parser.value(QStringLiteral("dock")) << "\n";
            return 1;
        }
        dock->show();
        dock->raise();
        QApplication::processEvents();
    }
    window.view()->fitToContents();
    // For documentation: a selected item (shown in the property editor) and a zoom to read it at.
    const QString select = parser.value(QStringLiteral("select"));
    if (!select.isEmpty())
        window.scene()->selectOnly(select);
    if (parser.isSet(QStringLiteral("zoom")))
        window.view()->setZoom(parser.value(QStringLiteral("zoom")).toDouble() / 100.0);
    if (!select.isEmpty()) {
        window.view()->centerOnItem(select);
    } else if (!request.isEmpty() && parser.isSet(QStringLiteral("zoom")) && !window.traceSession()->timeline().isEmpty()) {
        // Zoomed in on a trace: the token (at the node the request has reached, or on its way) is in view.
        window.view()->centerOn(window.traceOverlay()->tokenPos());
    }
    QApplication::processEvents();
    const QString out = parser.value(QStringLiteral("screenshot"));
    if (!window.grab().save(out)) {
        QTextStream(stderr) << "secflow: cannot write " << out << "\n";
        return 1;
    }
    return 0;
}

} // namespace

void GuiApplication::offerRecovery(MainWindow *window)
{
    const QList<Autosaver::Entry> orphans = Autosaver::orphans();
    if (orphans.isEmpty())
        return;
    RecoveryDialog dialog(orphans, window);
    dialog.exec();
    if (dialog.choice() == RecoveryDialog::Discard) {
        for (const Autosaver::Entry &e : orphans)
            Autosaver::remove(e);
        return;
    }
    if (dialog.choice() != RecoveryDialog::Recover)
        return;
    for (const Autosaver::Entry &e : dialog.chosen()) {
        const bool reuse = window->document()->fileName().isEmpty() && !window->document()->isModified()
                           && window->document()->topology()->data().nodes.isEmpty();
        MainWindow *target = reuse ? window : new MainWindow;
        if (!reuse)
            target->setAttribute(Qt::WA_DeleteOnClose);
        QString error;
        if (!target->recover(e, &error)) {
            QMessageBox::warning(window, QObject::tr("Recover Unsaved Work"),
                                 QObject::tr("%1 cannot be recovered; the recovery file stays at %2.\n\n%3")
                                     .arg(e.title, e.recoveryFile, error));
            if (!reuse)
                target->deleteLater();
            continue;
        }
        target->show();
    }
}

int GuiApplication::run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SecFlow"));
    QApplication::setOrganizationName(QStringLiteral("SecFlow"));
    QApplication::setApplicationVersion(QStringLiteral(SECFLOW_VERSION));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    Theme::captureSystemPalette();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SecFlow designer"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A .secflow file to open."));
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("Render the main window to OUT.png and exit."), QStringLiteral("OUT.png")});
    parser.addOption({QStringLiteral("dark"), QStringLiteral("Use the dark palette.")});
    parser.addOption({QStringLiteral("light"), QStringLiteral("Use the light palette.")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Window size for --screenshot, e.g. 1280x800."), QStringLiteral("WxH"), QStringLiteral("1280x800")});
    parser.addOption({QStringLiteral("zoom"), QStringLiteral("Zoom for --screenshot, in percent (default: fit)."), QStringLiteral("PERCENT")});
    parser.addOption({QStringLiteral("request"), QStringLiteral("Show this request's trace for --screenshot."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("step"), QStringLiteral("The step of --request to show, from 1 (default: 1)."), QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("midway"), QStringLiteral("With --step N: the token halfway along its way into step N.")});
    parser.addOption({QStringLiteral("dock"), QStringLiteral("Raise this dock for --screenshot, e.g. inspectorDock."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("select"), QStringLiteral("Select and centre on this node or link for --screenshot."), QStringLiteral("ID")});
    parser.process(app);
    const bool shot = parser.isSet(QStringLiteral("screenshot"));
    // A screenshot does not depend on the user's theme: light unless --dark.
    if (parser.isSet(QStringLiteral("dark")))
        Theme::apply(Theme::Mode::Dark);
    else if (parser.isSet(QStringLiteral("light")) || shot)
        Theme::apply(Theme::Mode::Light);
    else
        Theme::apply(Preferences::load().theme);

    MainWindow window;
    if (shot)
        window.resetLayout();  // nor on the user's dock layout
    const QStringList files = parser.positionalArguments();
    if (shot) {
        // No dialog can be answered here: a file that does not load is reported and ends the run.
        QString error;
        if (!files.isEmpty() && !window.document()->load(files.first(), &error)) {
            QTextStream(stderr) << error << "\n";
            return 1;
        }
        return screenshot(window, parser);
    }
    if (!files.isEmpty())
        window.openFile(files.first());
    window.show();
    QTimer::singleShot(0, &window, [&window] { offerRecovery(&window); });
    return app.exec();
}
