// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/VisitorTexts.h"

#include "core/languages/LanguageCatalogue.h"

QStringList VisitorTexts::of(const Content &content, const QString &language,
                             const QStringList &translations)
{
    QStringList texts{LanguageCatalogue::nativeName(language)};
    texts << translations;
    const auto add = [&texts, &language](const LocalizedText &text) {
        texts << text.text(language);
    };
    for (const Service &service : content.services) {
        add(service.name);
        add(service.description);
        add(service.confidentialityNote);
        add(service.whatHappens);
        texts << service.organisation;
        for (const Channel &channel : service.channels) {
            texts << channel.value;
            add(channel.label);
            add(channel.howTo);
            add(channel.cost);
        }
    }
    for (const PathwayNode &node : content.nodes) {
        add(node.text);
        add(node.message);
        for (const Answer &answer : node.answers)
            add(answer.text);
    }
    for (const LocalizedText &message : content.campaignMessages)
        add(message);
    return texts;
}
