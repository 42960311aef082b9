// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QHash>
#include <QIcon>

class LeaveButton;
class QLabel;
class QPushButton;
class QuickExitCue;

// The fixed band at the top of every public screen: the name (where staff start their unlock
// gesture), the language button, "Read aloud" (shown when speech is set up: SpeechController),
// the quick-exit progress cue and "Leave this screen" at the end (top right; top left in a
// right-to-left language).
class KioskHeader : public QFrame
{
    Q_OBJECT
public:
    explicit KioskHeader(QWidget *parent = nullptr);

    QLabel *brand() const { return m_brand; }
    QPushButton *languageButton() const { return m_language; }
    // Checkable: on while the screens are read aloud. Hidden until speech is set up.
    QPushButton *readAloudButton() const { return m_readAloud; }
    QuickExitCue *cue() const { return m_cue; }
    LeaveButton *leaveButton() const { return m_leave; }
    void applyScale(double scale);
    // The globe on the language button, drawn in the theme's ink so it shows in high contrast.
    void setIconColour(const QColor &ink);
    // After a language switch; `currentLanguageName` is the language now on screen, in itself.
    void retranslate(const QString &currentLanguageName);
    QList<QWidget *> focusOrder() const; // reading order

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateIcon();
    void updateReadAloudText();
    void fitReadAloud();
    void setReadAloudCompact(bool compact, const QString &text);

    QLabel *m_brand;
    QPushButton *m_language;
    QPushButton *m_readAloud;
    QuickExitCue *m_cue;
    LeaveButton *m_leave;
    QColor m_iconColour;
    double m_scale = 1.0;
    // Each globe drawn once (a few: one per size and ink) and the same QIcon set again, because
    // a new QIcon at every restyle left a new copy of its pixmap in QPixmapCache each time.
    QHash<QString, QIcon> m_globes;
    QString m_globeShown;
};
