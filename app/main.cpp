#include "commandline.h"
#include "exportcommand.h"
#include "guiapplication.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>

namespace {
bool isCommand(const QString &arg)
{
    static const QStringList commands = {"simulate", "check", "lint", "passticket", "help",
                                         "--help", "-h", "--version", "-v"};
    return commands.contains(arg);
}
} // namespace

int main(int argc, char *argv[])
{
    // Commands need no display; a file (or nothing) opens the designer, and
    // a word that is neither is a usage error rather than a window.
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool designer = first.isEmpty() || first.startsWith(QLatin1Char('-')) || QFileInfo::exists(first);
    if (first == QLatin1String("export")) {
        // Drawing needs a GUI application but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("secflow"));
        QCoreApplication::setApplicationVersion(QStringLiteral(SECFLOW_VERSION));
        return ExportCommand::run(QCoreApplication::arguments());
    }
    if (isCommand(first) || !designer) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("secflow"));
        QCoreApplication::setApplicationVersion(QStringLiteral(SECFLOW_VERSION));
        return CommandLine::run(QCoreApplication::arguments());
    }
    return GuiApplication::run(argc, argv);
}
