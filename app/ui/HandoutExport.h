#pragma once

#include <QDate>
#include <QStringList>

class QTextStream;

// --export-handout: writes take-away cards for the chosen services (all when none are named)
// to a PDF with no window, for staff who prepare cards in advance or from a script.
namespace HandoutExport {

// Exit codes: 0 written, 1 could not write, 2 an unknown service id (named in `err`).
int run(const QString &outputPath, const QStringList &serviceIds, const QString &contentPath,
        const QString &language, const QDate &today, QTextStream &out, QTextStream &err);

} // namespace HandoutExport
