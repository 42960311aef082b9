// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

// A word-wrapped label that measures its words once per font and width. QLabel lays
// its text out again (shaping every word) at each size question, and nested layouts ask the same
// question many times while a screen is built and restyled: about a third of an outcome's CPU.
// Answers are QLabel's own, kept while nothing they depend on changes (a label with a buddy is
// measured by QLabel every time).
class WrappingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappingLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

private:
    // Everything QLabel's measurement depends on.
    struct Inputs
    {
        QString text;
        QFont font;
        QMargins contents;
        QSize minimum;
        int maximumWidth = 0;
        int margin = 0;
        int indent = 0;
        int frameWidth = 0;
        Qt::Alignment alignment;
        bool wordWrap = false;
        Qt::TextFormat format = Qt::PlainText;
        Qt::FocusPolicy focus = Qt::NoFocus; // with the two below: whether QLabel uses a document
        Qt::TextInteractionFlags interaction;

        bool operator==(const Inputs &other) const;
    };
    // What was measured for one set of inputs: the size hints and a few heights for widths.
    struct Measures
    {
        static constexpr int widths = 6;
        Inputs inputs;
        bool valid = false;
        bool hintsKnown = false;
        QSize sizeHint;
        QSize minimumSizeHint;
        int width[widths] = {};
        int height[widths] = {};
        int known = 0;  // entries of width/height in use
        int oldest = 0; // the entry replaced next when all are in use
        // The narrowest width measured at which the words took one line each (no line broken):
        // at any wider one they are laid out the same, so their height is known.
        int unbrokenFrom = -1;
    };

    bool measuredByQLabel() const;
    Inputs inputs() const;
    Measures &measures() const; // for the inputs now
    void knowHints(Measures &measures) const;

    // Two sets: a restyle (the outcome's denser type) and back finds its measures again.
    mutable Measures m_measures[2];
    mutable int m_lastUsed = 0;
};
