// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QLoggingCategory;

// What Qt and Signpost may print in a public mode. Before the first paint, start-up problems
// (warnings and worse) reach the console and the journal for IT; debug and info never do,
// whatever QT_LOGGING_RULES says, because some of them describe on-screen text. After the first
// paint nothing is printed at all: a line in the journal at 14:03 ("OpenType support missing
// ... script 13", an accessibility or input method warning) would say what a visitor did then.
class PublicMessageGate
{
public:
    enum class Stage
    {
        StartingUp,
        OnScreen, // the first frame has been painted
    };

    // The rule itself, for tests.
    static bool lets(QtMsgType type, Stage stage);

    // Installs the message handler and the logging category filter. Call before QApplication
    // exists, so that nothing Qt says while starting escapes the rule.
    static void install();
    // From now on nothing is printed.
    static void closeAfterFirstPaint();
    static Stage stage();

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);
    static void filterCategory(QLoggingCategory *category);
};
