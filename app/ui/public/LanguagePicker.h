// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/public/ScrimOverlay.h"

class QGridLayout;
class QLabel;
class QPushButton;

// The list behind the language button: each language the kiosk offers, named in itself
// ("Cymraeg", "Polski", "العربية"), laid over the screen below the header so "Leave this
// screen" stays where it is. Choosing one switches everything on screen at once.
class LanguagePicker : public ScrimOverlay
{
    Q_OBJECT
public:
    explicit LanguagePicker(QWidget *parent = nullptr);

    // The languages to offer, in order, and the one on screen now.
    void setLanguages(const QStringList &codes, const QString &current);
    QList<QPushButton *> languageButtons() const { return m_buttons; }
    QPushButton *closeButton() const { return m_close; }
    void applyScale(double scale) override;
    void retranslate(); // after a language switch
    QList<QWidget *> focusOrder() const;

signals:
    void languageChosen(const QString &code);
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QLabel *m_heading;
    QGridLayout *m_grid;
    QList<QPushButton *> m_buttons;
    QPushButton *m_close;
};
