// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/PinAttemptPolicy.h"
#include "core/staff/StaffPin.h"

#include <QTimer>
#include <QWidget>

#include <array>
#include <functional>

class QKeyEvent;
class QLabel;
class QPushButton;

// The staff PIN pad: ten large on-screen digit buttons (no keyboard or text field needed; digit
// keys work too), the typed digits shown only as dots, Clear, Cancel and OK. Checks the PIN against
// the configured hash and locks itself for as long as the attempt policy says.
class PinPad : public QWidget
{
    Q_OBJECT
public:
    using SteadyClock = std::function<PinAttemptPolicy::Instant()>;

    // `policy` outlives the pad and is shared by every pad the window creates, so closing and
    // reopening the pad does not reset the count of wrong tries.
    PinPad(const StaffPin &pin, PinAttemptPolicy *policy, QWidget *parent = nullptr);
    ~PinPad() override;

    void setClock(SteadyClock clock); // tests; a steady clock by default
    void clear();                     // forget the digits typed so far and any message
    int typedDigitCount() const { return m_length; }

signals:
    void accepted();  // the right PIN was typed
    void cancelled(); // the person pressed Cancel (or Esc)

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void typeDigit(char digit);
    void removeLastDigit();
    void submit();
    void cancel();
    void refresh();
    void wipeDigits();

    StaffPin m_pin;
    PinAttemptPolicy *m_policy;
    SteadyClock m_clock;
    // Digits live only here, never in a QString or QByteArray that could be copied or logged.
    std::array<char, StaffPin::maximumDigits> m_digits{};
    int m_length = 0;
    QString m_message;

    QLabel *m_dots = nullptr;
    QLabel *m_status = nullptr;
    QList<QPushButton *> m_digitButtons;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_okButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTimer m_lockTimer;
};
