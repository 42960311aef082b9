#pragma once

#include <QFrame>

class LeaveButton;
class QLabel;
class QuickExitCue;

// The fixed band at the top of every public screen: the name (where staff start their unlock
// gesture), the quick-exit progress cue and "Leave this screen" at the top right.
class KioskHeader : public QFrame
{
    Q_OBJECT
public:
    explicit KioskHeader(QWidget *parent = nullptr);

    QLabel *brand() const { return m_brand; }
    QuickExitCue *cue() const { return m_cue; }
    LeaveButton *leaveButton() const { return m_leave; }
    void applyScale(double scale);

private:
    QLabel *m_brand;
    QuickExitCue *m_cue;
    LeaveButton *m_leave;
};
