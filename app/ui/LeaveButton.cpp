#include "LeaveButton.h"

LeaveButton::LeaveButton(QWidget *parent)
    : QPushButton(tr("Leave this screen"), parent)
{
    setObjectName(QStringLiteral("leaveButton"));
    setAccessibleName(text());
    setAccessibleDescription(tr("Clears this screen at once. You can also press Shift 3 times."));
    setAutoDefault(false);
}
