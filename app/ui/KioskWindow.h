#pragma once

#include <QWidget>

// The public window: the emergency strip and the "Leave this screen" button above the screens.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    explicit KioskWindow(QWidget *parent = nullptr);
};
