#pragma once

#include "server/context.h"

#include <QStringList>

#include <optional>

namespace mlr::server {

// The command line of mlstudio-local (see main.cpp for the usage text).
struct Options
{
    ServerConfig config;
    quint16 mlPort = 0;
    quint16 armPort = 0;
    quint16 loginPort = 0;
    quint16 azuremlPort = 0;
    QString faults;
    bool seedDemo = false;
    // --create-from-template TEMPLATE --schema-from CSV --label COLUMN --name NAME [--learner L]
    QString createTemplate;
    QString schemaFrom;
    QString label;
    QString name;
    QString learner;
    QStringList integerColumns; // --integer-columns A,B
};

// nullopt with *error (one line) on a usage error. Exits for --help / --version.
std::optional<Options> parseOptions(const QStringList &arguments, QString *error);

} // namespace mlr::server
