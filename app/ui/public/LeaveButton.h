// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

// "Leave this screen": the quick exit, at the top and the same on every public screen (top
// right, or top left in a right-to-left language).
class LeaveButton : public QPushButton
{
    Q_OBJECT
public:
    explicit LeaveButton(QWidget *parent = nullptr);

    void retranslate(); // after a language switch
};
