// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How numbers are written for a voice so a listener can dial them: every digit on its own, in
// the groups the screen shows, a pause between groups ("0808 1000 900" becomes
// "0 8 0 8, 1 0 0 0, 9 0 0"). A voice left to itself reads "eight hundred and eight".
class SpokenNumber
{
public:
    // A number as shown (a channel's value): its digits one by one, groups kept.
    static QString digits(const QString &shown);
    // `text` with every number of three digits or more (a group of such, "18001 101", too) read
    // digit by digit; times ("9pm", "21:00") and short counts ("24 hours") are left as written.
    static QString inText(const QString &text);
};
