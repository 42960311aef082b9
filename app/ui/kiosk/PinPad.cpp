// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/PinPad.h"

#include <QFrame>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <chrono>

namespace {

constexpr int buttonSide = 80; // well above the 44 px WCAG 2.5.5 minimum, for gloved fingers

PinAttemptPolicy::Instant steadyNow()
{
    return std::chrono::duration_cast<PinAttemptPolicy::Instant>(
        std::chrono::steady_clock::now().time_since_epoch());
}

QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setMinimumSize(buttonSide, buttonSide);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    QFont font = button->font();
    font.setPixelSize(28);
    button->setFont(font);
    return button;
}

} // namespace

PinPad::PinPad(const StaffPin &pin, PinAttemptPolicy *policy, QWidget *parent)
    : QWidget(parent)
    , m_pin(pin)
    , m_policy(policy)
    , m_clock(steadyNow)
{
    setObjectName(QStringLiteral("pinPad"));
    setAccessibleName(tr("Staff PIN pad"));
    setFocusPolicy(Qt::StrongFocus);

    auto *title = new QLabel(tr("Enter the staff PIN"), this);
    title->setObjectName(QStringLiteral("pinTitle"));
    title->setAlignment(Qt::AlignCenter);
    QFont titleFont = title->font();
    titleFont.setPixelSize(24);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_dots = new QLabel(this);
    m_dots->setObjectName(QStringLiteral("pinDots"));
    m_dots->setAlignment(Qt::AlignCenter);
    m_dots->setMinimumHeight(48);
    QFont dotsFont = m_dots->font();
    dotsFont.setPixelSize(32);
    m_dots->setFont(dotsFont);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pinStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    QFont statusFont = m_status->font();
    statusFont.setPixelSize(20);
    m_status->setFont(statusFont);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    for (int digit = 0; digit <= 9; ++digit) {
        const QString text = QString::number(digit);
        QPushButton *button = makeButton(text, QStringLiteral("digit%1").arg(digit), this);
        connect(button, &QPushButton::clicked, this,
                [this, digit] { typeDigit(static_cast<char>('0' + digit)); });
        m_digitButtons << button;
        if (digit == 0)
            grid->addWidget(button, 3, 1);
        else
            grid->addWidget(button, (digit - 1) / 3, (digit - 1) % 3);
    }
    m_clearButton = makeButton(tr("Clear"), QStringLiteral("clearButton"), this);
    m_okButton = makeButton(tr("OK"), QStringLiteral("okButton"), this);
    m_cancelButton = makeButton(tr("Cancel"), QStringLiteral("cancelButton"), this);
    grid->addWidget(m_clearButton, 3, 0);
    grid->addWidget(m_okButton, 3, 2);
    grid->addWidget(m_cancelButton, 4, 0, 1, 3);
    connect(m_clearButton, &QPushButton::clicked, this, &PinPad::clear);
    connect(m_okButton, &QPushButton::clicked, this, &PinPad::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &PinPad::cancel);

    // The pad is a panel of its own in the middle of whatever it covers (the kiosk window).
    setAttribute(Qt::WA_StyledBackground);
    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("pinPanel"));
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(32, 32, 32, 32);
    panelLayout->addWidget(title);
    panelLayout->addWidget(m_dots);
    panelLayout->addWidget(m_status);
    panelLayout->addLayout(grid, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(panel, 0, Qt::AlignCenter);

    // While locked, the countdown is recomputed from the clock, never counted down by the timer.
    m_lockTimer.setInterval(250);
    connect(&m_lockTimer, &QTimer::timeout, this, &PinPad::refresh);
    refresh();
}

PinPad::~PinPad()
{
    wipeDigits();
}

void PinPad::setClock(SteadyClock clock)
{
    m_clock = std::move(clock);
    refresh();
}

void PinPad::clear()
{
    wipeDigits();
    m_message.clear();
    refresh();
}

void PinPad::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        if (m_digitButtons.constFirst()->isEnabled())
            typeDigit(static_cast<char>('0' + (key - Qt::Key_0)));
    } else if (key == Qt::Key_Backspace) {
        removeLastDigit();
    } else if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (m_okButton->isEnabled())
            submit();
    } else if (key == Qt::Key_Escape) {
        cancel();
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PinPad::hideEvent(QHideEvent *event)
{
    clear(); // a pad put away never keeps half a PIN
    QWidget::hideEvent(event);
}

void PinPad::typeDigit(char digit)
{
    if (m_length >= StaffPin::maximumDigits || m_policy->isLocked(m_clock()))
        return;
    m_digits[static_cast<size_t>(m_length++)] = digit;
    m_message.clear();
    refresh();
}

void PinPad::removeLastDigit()
{
    if (m_length == 0)
        return;
    --m_length;
    StaffPin::wipe(&m_digits[static_cast<size_t>(m_length)], 1);
    refresh();
}

void PinPad::submit()
{
    const PinAttemptPolicy::Instant now = m_clock();
    if (m_policy->isLocked(now) || m_length < StaffPin::minimumDigits)
        return;
    const bool right = m_pin.verify(QByteArrayView(m_digits.data(), m_length));
    wipeDigits();
    if (right) {
        m_policy->recordSuccess();
        m_message.clear();
        refresh();
        emit accepted();
        return;
    }
    m_policy->recordFailure(now);
    const int left = m_policy->triesLeft();
    m_message = m_policy->isLocked(now)
                    ? QString()
                    : tr("That PIN is not right. Tries left before the pad locks: %1.").arg(left);
    refresh();
}

void PinPad::cancel()
{
    clear();
    emit cancelled();
}

void PinPad::refresh()
{
    const PinAttemptPolicy::Instant now = m_clock();
    const bool configured = m_pin.isConfigured();
    const bool locked = m_policy->isLocked(now);
    for (QPushButton *button : std::as_const(m_digitButtons))
        button->setEnabled(configured && !locked && m_length < StaffPin::maximumDigits);
    m_clearButton->setEnabled(m_length > 0);
    m_okButton->setEnabled(configured && !locked && m_length >= StaffPin::minimumDigits);

    m_dots->setText(QString(m_length, QChar(0x25CF)));
    m_dots->setAccessibleName(tr("%n digits typed", nullptr, m_length));

    if (!configured) {
        m_status->setText(tr("No staff PIN is set on this computer, so it cannot be unlocked "
                             "here. An administrator sets one in the Signpost configuration."));
    } else if (locked) {
        const auto seconds = static_cast<int>(m_policy->remainingLock(now).count());
        m_status->setText(tr("Locked — try again in %n seconds.", nullptr, seconds));
    } else {
        m_status->setText(m_message);
    }
    if (locked && !m_lockTimer.isActive())
        m_lockTimer.start();
    else if (!locked && m_lockTimer.isActive())
        m_lockTimer.stop();
}

void PinPad::wipeDigits()
{
    StaffPin::wipe(m_digits.data(), static_cast<qsizetype>(m_digits.size()));
    m_length = 0;
}
