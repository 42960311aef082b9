#pragma once

#include <QPushButton>

// "Leave this screen": the quick exit, top right and the same on every public screen.
class LeaveButton : public QPushButton
{
    Q_OBJECT
public:
    explicit LeaveButton(QWidget *parent = nullptr);
};
