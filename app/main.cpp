#include "commandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("secflow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SECFLOW_VERSION));
    return CommandLine::run(QCoreApplication::arguments());
}
