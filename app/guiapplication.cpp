#include "guiapplication.h"

#include "diagramview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x23, 0x27, 0x2d), base(0x1b, 0x1f, 0x24), text(0xe6, 0xe9, 0xed);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xfd));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x93, 0x9d));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6c, 0x75, 0x7d));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6c, 0x75, 0x7d));
    return p;
}

} // namespace

int GuiApplication::run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SecFlow"));
    QApplication::setOrganizationName(QStringLiteral("SecFlow"));
    QApplication::setApplicationVersion(QStringLiteral(SECFLOW_VERSION));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SecFlow designer"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A .secflow file to open."));
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("Render the main window to OUT.png and exit."), QStringLiteral("OUT.png")});
    parser.addOption({QStringLiteral("dark"), QStringLiteral("Use the dark palette.")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Window size for --screenshot, e.g. 1280x800."), QStringLiteral("WxH"), QStringLiteral("1280x800")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("dark")))
        QApplication::setPalette(darkPalette());

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && !window.openFile(files.first()) && parser.isSet(QStringLiteral("screenshot")))
        return 1;
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        window.resize(size.value(0).toInt(), size.value(1).toInt());
        window.show();
        QApplication::processEvents();
        window.view()->fitToContents();
        QApplication::processEvents();
        const QString out = parser.value(QStringLiteral("screenshot"));
        if (!window.grab().save(out)) {
            QTextStream(stderr) << "secflow: cannot write " << out << "\n";
            return 1;
        }
        return 0;
    }
    window.show();
    return app.exec();
}
