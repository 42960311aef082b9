// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/RepeatedIniKeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace RepeatedIniKeys {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Configuration", text);
}

} // namespace

// QSettings keeps the last of two lines with the same key and says nothing, so a pasted
// staff_pin_hash line above the shipped empty one would leave staff unlock impossible. Names
// keys and line numbers only: never a value, which may be the PIN hash.
QStringList warnings(const QString &path)
{
    QStringList found;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return found;
    struct Line
    {
        int number = 0;
        bool empty = true;
    };
    QHash<QString, Line> seen;
    QString section;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine(64 * 1024)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) ||
            line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            section = line.mid(1).section(QLatin1Char(']'), 0, 0).trimmed();
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0)
            continue;
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        const Line here{number, value.isEmpty() || value.startsWith(QLatin1Char(';'))};
        const QString qualified = section + QLatin1Char('/') + key;
        if (const auto before = seen.constFind(qualified); before != seen.cend()) {
            if (here.empty && !before->empty)
                found << tr("%1: %2 is given on line %3 and again, empty, on line %4; the "
                            "last one wins, so %2 is not set. Keep one %2 line.")
                             .arg(path, key)
                             .arg(before->number)
                             .arg(here.number);
            else
                found << tr("%1: %2 is given twice, on lines %3 and %4; the "
                            "last one wins. Keep one %2 line.")
                             .arg(path, key)
                             .arg(before->number)
                             .arg(here.number);
        }
        seen.insert(qualified, here);
    }
    return found;
}

} // namespace RepeatedIniKeys
