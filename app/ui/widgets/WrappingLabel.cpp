// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/WrappingLabel.h"

WrappingLabel::WrappingLabel(QWidget *parent)
    : QLabel(parent)
{}

bool WrappingLabel::Inputs::operator==(const Inputs &other) const
{
    return maximumWidth == other.maximumWidth && margin == other.margin && indent == other.indent &&
           frameWidth == other.frameWidth && alignment == other.alignment &&
           wordWrap == other.wordWrap && format == other.format && focus == other.focus &&
           interaction == other.interaction && contents == other.contents &&
           minimum == other.minimum && text == other.text && font == other.font;
}

bool WrappingLabel::measuredByQLabel() const
{
    // Mnemonics draw differently with a buddy. A label with a text document (rich text, focus or
    // selection) is cached too: QLabel gives its document back its old width after each
    // measurement, so an answer not asked again changes nothing it paints.
    return buddy() != nullptr;
}

WrappingLabel::Inputs WrappingLabel::inputs() const
{
    return {text(),       font(),        contentsMargins(),     minimumSize(), maximumWidth(),
            margin(),     indent(),      frameWidth(),          alignment(),   wordWrap(),
            textFormat(), focusPolicy(), textInteractionFlags()};
}

WrappingLabel::Measures &WrappingLabel::measures() const
{
    const Inputs now = inputs();
    for (int i = 0; i < 2; ++i) {
        if (m_measures[i].valid && m_measures[i].inputs == now) {
            m_lastUsed = i;
            return m_measures[i];
        }
    }
    m_lastUsed = 1 - m_lastUsed; // the one used less recently makes way
    Measures &fresh = m_measures[m_lastUsed];
    fresh = Measures();
    fresh.inputs = now;
    fresh.valid = true;
    return fresh;
}

void WrappingLabel::knowHints(Measures &measures) const
{
    if (measures.hintsKnown)
        return;
    // QLabel works both out together; its own cache answers the second.
    measures.sizeHint = QLabel::sizeHint();
    measures.minimumSizeHint = QLabel::minimumSizeHint();
    measures.hintsKnown = true;
}

QSize WrappingLabel::sizeHint() const
{
    if (measuredByQLabel())
        return QLabel::sizeHint();
    ensurePolished(); // the style sheet's font and margins first, as QLabel does
    Measures &known = measures();
    knowHints(known);
    return known.sizeHint;
}

QSize WrappingLabel::minimumSizeHint() const
{
    if (measuredByQLabel())
        return QLabel::minimumSizeHint();
    ensurePolished();
    Measures &known = measures();
    knowHints(known);
    return known.minimumSizeHint;
}

int WrappingLabel::heightForWidth(int width) const
{
    if (measuredByQLabel())
        return QLabel::heightForWidth(width);
    Measures &known = measures();
    for (int i = 0; i < known.known; ++i) {
        if (known.width[i] == width)
            return known.height[i];
    }
    // QLabel's minimum size hint has the height of the words laid out at an unlimited width (no
    // line broken but at line breaks of their own); a narrower width that gives the same height
    // broke no line either (a broken line adds one), and neither does any wider one.
    if (known.hintsKnown && known.unbrokenFrom >= 0 && width >= known.unbrokenFrom)
        return known.minimumSizeHint.height();
    const int height = QLabel::heightForWidth(width);
    if (known.hintsKnown && height == known.minimumSizeHint.height() &&
        (known.unbrokenFrom < 0 || width < known.unbrokenFrom))
        known.unbrokenFrom = width;
    int slot = known.known;
    if (known.known < Measures::widths) {
        ++known.known;
    } else {
        slot = known.oldest;
        known.oldest = (known.oldest + 1) % Measures::widths;
    }
    known.width[slot] = width;
    known.height[slot] = height;
    return height;
}
