// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// QSettings keeps the last of two lines with the same key and says nothing; this says so.
namespace RepeatedIniKeys {

// One sentence per key given again in the same section of the INI file at `path`, naming the
// key and both line numbers (never a value, which may be the PIN hash).
QStringList warnings(const QString &path);

} // namespace RepeatedIniKeys
