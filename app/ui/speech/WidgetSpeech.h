// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/speech/Utterance.h"

#include <QDateTime>

class QWidget;
class VisitModel;

// What a voice says for one control, when Tab or an arrow moves to it or a finger touches it:
// an answer with its place ("Myself, 1 of 5"), a helpline card as the outcome reads it (number
// digit by digit), a language in its own voice, otherwise the control's accessible name and
// description (the words a screen reader would use).
class WidgetSpeech
{
public:
    static Utterances of(const QWidget *widget, const VisitModel &visit, const QDateTime &now);
    // The control a touch on `touched` means: itself or the nearest enclosing button, card,
    // label or named widget; null when there is nothing to say.
    static QWidget *target(QWidget *touched);
    // A touch on it does something (a button, the attract screen); a card or label only speaks.
    static bool isActivatable(const QWidget *widget);
};
