#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

// Metadata of one option of a node kind or of a link: enough to validate a
// value, to explain it and (later) to generate its editor.
struct OptionSpec
{
    enum class Type {
        Enum,        // one of `allowed`
        Bool,
        Int,         // between minimum and maximum
        Text,        // free text up to maxLength
        SafName,     // RACF user ID or group: 1-8 characters, upper-cased
        Secret,      // password or key, may be an encrypted envelope
        CertRef,     // id of an entry of "certificates"
        CertList,    // ids of CA certificates (a truststore)
        NameList,    // list of SAF names (groups, users, TPIPEs)
        TextList,    // list of free text
        Exit,        // null or {"denyUsers": [...]}
        RemoteConn,  // {"appl": "", "userid": ""}
        Credentials, // list of {"name", "password"}
    };

    QString key;
    QString label;
    Type type = Type::Text;
    QJsonValue defaultValue;
    QStringList allowed;
    QString help;
    QStringList rules;
    int minimum = 0;
    int maximum = 0;
    int maxLength = 256;
    bool numericText = false;  // Enum/Text whose JSON form may also be a number ("7.0", 15)

    static OptionSpec make(const char *key, const char *label, Type type, QJsonValue def,
                           const char *help, QStringList rules = {}, QStringList allowed = {})
    {
        OptionSpec s;
        s.key = QString::fromLatin1(key);
        s.label = QString::fromLatin1(label);
        s.type = type;
        s.defaultValue = std::move(def);
        s.help = QString::fromUtf8(help);
        s.rules = std::move(rules);
        s.allowed = std::move(allowed);
        return s;
    }
};
