#include "commandline.h"
#include "guiapplication.h"

#include <QCoreApplication>

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
    // Commands need no display; everything else opens the designer.
    if (argc > 1 && isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("secflow"));
        QCoreApplication::setApplicationVersion(QStringLiteral(SECFLOW_VERSION));
        return CommandLine::run(QCoreApplication::arguments());
    }
    return GuiApplication::run(argc, argv);
}
