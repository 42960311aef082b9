// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Text that reads right in Arabic and Urdu as well as English: numbers, web addresses and Latin
// names keep their own order inside right-to-left sentences (Unicode isolates), and a line that
// starts with a Latin name still lines up on the right in a right-to-left layout.
namespace BidiText {

// LRI … PDI: "0808 1000 900", "stopitnow.org.uk", "999 BSL" read left to right anywhere.
QString leftToRight(const QString &text);
// FSI … PDI: a name or phrase that takes its direction from its own first letter.
QString isolated(const QString &text);
// In a right-to-left layout, a paragraph that is right to left even when it starts with a
// number or a Latin name (a right-to-left mark first); unchanged in a left-to-right layout.
QString paragraph(const QString &text, Qt::LayoutDirection direction);
// The text without any of these marks: accessible names and tests.
QString withoutMarks(const QString &text);

} // namespace BidiText
