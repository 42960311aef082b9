// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QFrame>
#include <QStringList>

struct ActiveContent;
class QLabel;
class QPushButton;

// The staff menu shown inside the kiosk window after the PIN: what content is running (id,
// version, source, review dates, a plain warning when a configured file fell back to the built-in
// set) and the staff actions. It only reports what staff asked for; the window acts on it.
class StaffMenu : public QFrame
{
    Q_OBJECT
public:
    explicit StaffMenu(QWidget *parent = nullptr);

    // `today` decides whether the review is overdue; tests pass a fixed date.
    void setContentStatus(const ActiveContent &active, const QDate &today);
    // "Switch to staff mode" stays hidden until a staff window exists to switch to.
    void setStaffModeAvailable(bool available);
    // "Print take-away cards" is for event mode only: a locked-down kiosk opens no print dialog.
    void setPrintAvailable(bool available);
    // Languages switched on that the installed fonts cannot draw, one sentence each (the glyph
    // guard); none hides the notice.
    void setLanguageWarnings(const QStringList &warnings);
    // The kiosk's status for IT (KioskStatusFormat::text), and a QR code holding the same text,
    // so a visiting member of staff can report it from their phone; the kiosk sends nothing.
    void setKioskStatus(const QString &text);

signals:
    void reloadRequested();
    void staffModeRequested();
    void printCardsRequested();
    void quitRequested(); // the window must call KioskLockdown::allowClose() before it quits
    void closed();        // the menu hid itself; back to the public screens

private:
    QLabel *addRow(class QFormLayout *form, const QString &label, const QString &objectName);

    QLabel *m_contentId = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_reviewedOn = nullptr;
    QLabel *m_reviewDue = nullptr;
    QLabel *m_needsConfirming = nullptr;
    QLabel *m_localPack = nullptr;
    QLabel *m_fallbackWarning = nullptr;
    QLabel *m_localWarning = nullptr;
    QLabel *m_languageWarnings = nullptr;
    QLabel *m_kioskStatus = nullptr;
    class QHBoxLayout *m_statusRow = nullptr;
    class QrCodeWidget *m_statusQr = nullptr;
    QPushButton *m_staffModeButton = nullptr;
    QPushButton *m_printButton = nullptr;
};
