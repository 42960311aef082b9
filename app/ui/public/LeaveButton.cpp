// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/LeaveButton.h"

#include "ui/public/screens/ScreenParts.h"

LeaveButton::LeaveButton(QWidget *parent)
    : QPushButton(parent)
{
    setObjectName(QStringLiteral("leaveButton"));
    setAutoDefault(false);
    retranslate();
}

void LeaveButton::retranslate()
{
    ScreenParts::setButtonText(this, tr("Leave this screen"));
    setAccessibleDescription(tr("Clears this screen at once. You can also press Shift 3 times."));
}
