// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/speech/WidgetSpeech.h"

#include "core/hours/ChannelAvailability.h"
#include "core/speech/ChannelSpeech.h"
#include "core/speech/ScreenSpeech.h"
#include "core/speech/SpokenNumber.h"
#include "core/visit/VisitModel.h"
#include "ui/public/screens/AnswerButton.h"
#include "ui/public/screens/AttractScreen.h"
#include "ui/public/screens/ChannelCard.h"
#include "ui/widgets/BidiText.h"

#include <QAbstractButton>
#include <QLabel>

namespace {

bool speaks(const QWidget *widget)
{
    if (qobject_cast<const QAbstractButton *>(widget) ||
        qobject_cast<const ChannelCard *>(widget) || qobject_cast<const AttractScreen *>(widget))
        return true;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return !label->text().isEmpty();
    return false;
}

} // namespace

QWidget *WidgetSpeech::target(QWidget *touched)
{
    // A card is read whole, even when the finger lands on its number or its QR code.
    for (QWidget *w = touched; w; w = w->parentWidget()) {
        if (qobject_cast<ChannelCard *>(w) || qobject_cast<QAbstractButton *>(w))
            return w;
        if (w->isWindow())
            break;
    }
    for (QWidget *w = touched; w; w = w->parentWidget()) {
        if (speaks(w))
            return w;
        if (w->isWindow())
            break;
    }
    return nullptr;
}

bool WidgetSpeech::isActivatable(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const AttractScreen *>(widget);
}

Utterances WidgetSpeech::of(const QWidget *widget, const VisitModel &visit, const QDateTime &now)
{
    if (!widget)
        return {};
    const QString language = visit.language();
    if (const auto *answer = qobject_cast<const AnswerButton *>(widget)) {
        const PathwayNode *node = visit.currentNode();
        const int index = answer->property("answerIndex").toInt();
        if (node) {
            const Utterances choices = ScreenSpeech::choices(*node, language);
            if (index >= 0 && index < choices.size())
                return {choices.at(index)};
        }
    }
    if (const auto *card = qobject_cast<const ChannelCard *>(widget)) {
        return ChannelSpeech::of(ChannelAvailability::at(visit.content(), card->ref(), now),
                                 card->prominence() == ChannelCard::Prominence::Primary
                                     ? ChannelSpeech::Prominence::Primary
                                     : ChannelSpeech::Prominence::Alternative,
                                 language);
    }
    const QString code = widget->property("languageCode").toString();
    if (!code.isEmpty())
        return {Utterance{widget->accessibleName(), code}}; // "Cymraeg" in the Welsh voice
    Utterances result;
    QString name = BidiText::withoutMarks(widget->accessibleName());
    if (name.isEmpty()) {
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            name = BidiText::withoutMarks(label->text());
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            name = BidiText::withoutMarks(button->text());
    }
    for (const QString &words : {name, BidiText::withoutMarks(widget->accessibleDescription())}) {
        if (!words.trimmed().isEmpty())
            result << Utterance{SpokenNumber::inText(words), language};
    }
    return result;
}
