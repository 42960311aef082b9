// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QString>

// Small factories the public screens share, so every label and button is made the same way:
// content text is always plain text (never a link), and roles drive the style sheet.
namespace ScreenParts {

// A word-wrapped plain-text label with a style role ("heading", "muted", "small", ...).
QLabel *label(const QString &role, QWidget *parent, const QString &text = {});
// A secondary button (Back, Start again) with its object name for tests and the style sheet.
QPushButton *secondaryButton(const QString &text, const QString &objectName, QWidget *parent);
// A button's words and its accessible name together (they are changed together on a language
// switch, so a screen reader never reads the old language).
void setButtonText(QPushButton *button, const QString &text);
// A label's words, lined up for the label's layout direction (see BidiText::paragraph).
void setText(QLabel *label, const QString &text);
// A vertical scroll area around `body` with kinetic drag-to-scroll for touch, used when a screen
// can be taller than the window (portrait text, long outcomes, larger text later).
// Every public screen scrolls through this one.
QScrollArea *scrollArea(QWidget *body, QWidget *parent);
// The same without its body yet, for a screen that makes it first and sets the body later.
QScrollArea *scrollArea(QWidget *parent);
// Lays `screen` out as a page: `scroll` edge to edge, above `footer` (Back, Start again), which
// keeps its height while the page scrolls.
void layOutPage(QWidget *screen, QScrollArea *scroll, QWidget *footer);
// Sets a dynamic style property and re-polishes so the style sheet notices.
void setStyleProperty(QWidget *widget, const char *name, const QString &value);

} // namespace ScreenParts
