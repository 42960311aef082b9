// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/screens/ScreenParts.h"

#include "ui/widgets/BidiText.h"
#include "ui/widgets/LazyScrollArea.h"
#include "ui/widgets/WrappingLabel.h"

#include <QScroller>
#include <QStyle>
#include <QVBoxLayout>

namespace ScreenParts {

QLabel *label(const QString &role, QWidget *parent, const QString &text)
{
    auto *result = new WrappingLabel(parent); // measured once per font and width
    result->setTextFormat(Qt::PlainText);
    result->setWordWrap(true);
    result->setIndent(0); // style sheet padding would otherwise indent the text
    result->setTextInteractionFlags(Qt::NoTextInteraction);
    result->setProperty("role", role);
    setText(result, text);
    return result;
}

QPushButton *secondaryButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setProperty("role", QStringLiteral("secondary"));
    button->setAccessibleName(text);
    button->setAutoDefault(false);
    return button;
}

void setButtonText(QPushButton *button, const QString &text)
{
    button->setText(text);
    button->setAccessibleName(BidiText::withoutMarks(text));
}

void setText(QLabel *label, const QString &text)
{
    const bool hadWords = !label->text().isEmpty();
    label->setText(BidiText::paragraph(text, label->layoutDirection()));
    // A label with a text document (rich text, or one that takes focus) updates it only when it
    // is next laid out; a hidden one would keep the old words, and a restyle lays those out with
    // the new language's fonts (Gurmukhi under a Latin font list makes Qt print a warning).
    // Asking any other label would style it now, before its maker has set the properties the
    // style sheet looks at, and measure it in a font it may not keep. A label's first words
    // replace none: laying them out now, before the style sheet has given the label its font,
    // would only cost the start a font nothing is drawn in.
    if (hadWords && (label->textFormat() != Qt::PlainText || label->focusPolicy() != Qt::NoFocus))
        label->sizeHint();
}

QScrollArea *scrollArea(QWidget *parent)
{
    auto *area = new LazyScrollArea(parent); // a hidden screen's page is measured when shown
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setFrameShape(QFrame::NoFrame);
    // Not a stop for Tab (it would be one without a visible focus); the arrows scroll it.
    area->setFocusPolicy(Qt::NoFocus);
    QScroller::grabGesture(area->viewport(), QScroller::LeftMouseButtonGesture);
    return area;
}

QScrollArea *scrollArea(QWidget *body, QWidget *parent)
{
    QScrollArea *area = scrollArea(parent);
    area->setWidget(body);
    return area;
}

void layOutPage(QWidget *screen, QScrollArea *scroll, QWidget *footer)
{
    auto *layout = new QVBoxLayout(screen);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(scroll, 1);
    layout->addWidget(footer);
}

void setStyleProperty(QWidget *widget, const char *name, const QString &value)
{
    if (widget->property(name).toString() == value)
        return;
    widget->setProperty(name, value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace ScreenParts
