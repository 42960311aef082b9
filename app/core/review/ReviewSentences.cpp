// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/review/ReviewSentences.h"

#include "core/languages/LanguageCatalogue.h"
#include "core/review/PathwayGraph.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReviewSentences", text);
}

// Where a visitor meets each of Signpost's own words, by the translation context (the class
// that says them), in the order of a visit; a context not listed goes last, so none is lost.
struct AppScreen
{
    const char *contexts[7];
    const char *screen;
};

const AppScreen appScreens[] = {
    {{"AttractScreen"}, QT_TRANSLATE_NOOP("ReviewSentences", "Attract screen (between visits)")},
    {{"KioskHeader", "LanguagePicker", "EmergencyStrip", "NavigationBar", "LeaveButton",
      "QuickExitCue", "KioskWindow"},
     QT_TRANSLATE_NOOP("ReviewSentences", "On every screen")},
    {{"WelcomeScreen"}, QT_TRANSLATE_NOOP("ReviewSentences", "Welcome screen")},
    {{"OutcomeScreen", "ChannelCard", "ChannelAvailability", "HoursClaim", "OutcomeAvailability"},
     QT_TRANSLATE_NOOP("ReviewSentences", "Every outcome screen: Signpost's own words")},
    {{"PrivacyScreen"}, QT_TRANSLATE_NOOP("ReviewSentences", "Privacy screen")},
    {{"IdleNotice"}, QT_TRANSLATE_NOOP("ReviewSentences", "\"Are you still there?\"")},
};

QString appScreenOf(const QString &context)
{
    for (const AppScreen &screen : appScreens) {
        for (const char *name : screen.contexts) {
            if (name && context == QLatin1String(name))
                return tr(screen.screen);
        }
    }
    return tr("Other words of Signpost's own");
}

QString messageKey(const CompiledTranslations::Message &message)
{
    return message.context + QChar(0) + message.source + QChar(0) + message.comment;
}

// Stable across builds (unlike the catalogue's order): the context and a short hash of the
// English and its disambiguation.
QString appId(const CompiledTranslations::Message &message)
{
    const QByteArray hash =
        QCryptographicHash::hash((message.source + QChar(0) + message.comment).toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(10);
    return QStringLiteral("app/%1/%2").arg(message.context, QString::fromLatin1(hash));
}

class Collector
{
public:
    Collector(const QStringList &languages, const ReviewSentences::Catalogues &catalogues)
        : m_languages(languages)
        , m_catalogues(catalogues)
    {}

    void text(const QString &id, const QString &screen, const LocalizedText &text)
    {
        if (text.isEmpty() || m_seen.contains(id))
            return;
        m_seen.insert(id);
        ReviewSentence sentence{id, screen, text.text(QStringLiteral("en")), {}, {}};
        for (const QString &language : m_languages)
            sentence.translations.insert(language, text.hasLocale(language) ? text.text(language)
                                                                            : QString());
        m_sentences << sentence;
    }

    void literal(const QString &id, const QString &screen, const QString &value)
    {
        if (value.isEmpty() || m_seen.contains(id))
            return;
        m_seen.insert(id);
        m_sentences << ReviewSentence{id, screen, value, {}, ReviewSentence::Origin::Literal};
    }

    void service(const Content &content, const QString &serviceId)
    {
        const Service *service = content.service(serviceId);
        if (!service)
            return;
        // A local pack's service is signed off by its own publisher: its screen says so.
        const QString screen = (service->local ? tr("Service on outcome screens: %1 [local pack]")
                                               : tr("Service on outcome screens: %1"))
                                   .arg(service->name.text(QStringLiteral("en")));
        const QString base = QStringLiteral("service/%1/").arg(service->id);
        text(base + QLatin1String("name"), screen, service->name);
        text(base + QLatin1String("description"), screen, service->description);
        text(base + QLatin1String("whatHappens"), screen, service->whatHappens);
        text(base + QLatin1String("confidentialityNote"), screen, service->confidentialityNote);
        for (const Channel &channel : service->channels)
            this->channel(*service, channel, screen);
    }

    void channel(const Service &service, const Channel &channel, const QString &screen)
    {
        const QString base = QStringLiteral("service/%1/channel/%2/").arg(service.id, channel.id);
        text(base + QLatin1String("label"), screen, channel.label);
        literal(base + QLatin1String("value"), screen, channel.value);
        text(base + QLatin1String("howTo"), screen, channel.howTo);
        text(base + QLatin1String("cost"), screen, channel.cost);
    }

    void appWords(const QString &screen)
    {
        const QList<CompiledTranslations::Message> english =
            m_catalogues.isEmpty() ? QList<CompiledTranslations::Message>() : m_catalogues.first();
        for (const CompiledTranslations::Message &message : english) {
            if (appScreenOf(message.context) != screen)
                continue;
            const QString id = appId(message);
            if (m_seen.contains(id))
                continue;
            m_seen.insert(id);
            ReviewSentence sentence{id, screen, message.source, {}, ReviewSentence::Origin::App};
            for (const QString &language : m_languages)
                sentence.translations.insert(language, translation(language, message));
            m_sentences << sentence;
        }
    }

    QList<ReviewSentence> sentences() const { return m_sentences; }

private:
    QString translation(const QString &language, const CompiledTranslations::Message &message)
    {
        if (!m_indexes.contains(language)) {
            QHash<QString, QString> index;
            for (const CompiledTranslations::Message &each : m_catalogues.value(language))
                index.insert(messageKey(each), each.translations.join(QLatin1Char('\n')));
            m_indexes.insert(language, index);
        }
        return m_indexes.value(language).value(messageKey(message));
    }

    QStringList m_languages;
    ReviewSentences::Catalogues m_catalogues;
    QHash<QString, QHash<QString, QString>> m_indexes;
    QSet<QString> m_seen;
    QList<ReviewSentence> m_sentences;
};

} // namespace

QList<ReviewSentence> ReviewSentences::collect(const Content &content, const QStringList &languages,
                                               const Catalogues &catalogues)
{
    QStringList wanted = languages;
    wanted.removeAll(QStringLiteral("en"));
    Collector collect(wanted, catalogues);

    const QString attract = tr(appScreens[0].screen);
    for (qsizetype i = 0; i < content.campaignMessages.size(); ++i)
        collect.text(QStringLiteral("campaign/%1").arg(i), attract, content.campaignMessages[i]);
    collect.appWords(attract);

    const QString everyScreen = tr(appScreens[1].screen);
    collect.appWords(everyScreen);
    for (const ChannelRef &ref : content.emergency) {
        const Service *service = content.service(ref.service);
        const Channel *channel = content.channel(ref);
        if (service && channel)
            collect.channel(*service, *channel, tr("On every screen: the emergency strip"));
    }

    const QString welcome = tr(appScreens[2].screen);
    collect.appWords(welcome);
    QStringList servicesInOrder;
    for (const QString &id : PathwayGraph::visitOrder(content)) {
        const PathwayNode *node = content.node(id);
        const QString base = QStringLiteral("node/%1/").arg(id);
        if (!node->isOutcome()) {
            const QString screen =
                id == content.startNode
                    ? welcome
                    : tr("Question '%1': %2").arg(id, node->text.text(QStringLiteral("en")));
            collect.text(base + QLatin1String("text"), screen, node->text);
            for (qsizetype i = 0; i < node->answers.size(); ++i)
                collect.text(base + QStringLiteral("answer/%1").arg(i), screen,
                             node->answers[i].text);
            continue;
        }
        const Service *primary = content.service(node->primary.service);
        const QString screen = (primary && primary->local ? tr("Outcome '%1': %2 [local pack]")
                                                          : tr("Outcome '%1': %2"))
                                   .arg(id, node->text.text(QStringLiteral("en")));
        collect.text(base + QLatin1String("text"), screen, node->text);
        collect.text(base + QLatin1String("message"), screen, node->message);
        for (const ChannelRef &ref : QList<ChannelRef>{node->primary} + node->alternatives) {
            if (!servicesInOrder.contains(ref.service))
                servicesInOrder << ref.service;
        }
    }
    collect.appWords(tr(appScreens[3].screen));
    for (const Service &service : content.services) {
        if (!servicesInOrder.contains(service.id))
            servicesInOrder << service.id; // a nation's own line, offered only there
    }
    for (const QString &id : std::as_const(servicesInOrder))
        collect.service(content, id);
    collect.appWords(tr(appScreens[4].screen));
    collect.appWords(tr(appScreens[5].screen));
    collect.appWords(tr("Other words of Signpost's own"));
    return collect.sentences();
}

ReviewSentences::Catalogues ReviewSentences::builtInCatalogues()
{
    Catalogues catalogues;
    for (const QString &language : LanguageCatalogue::translatedLanguages()) {
        if (language == QLatin1String("en"))
            continue;
        const auto messages = CompiledTranslations::messagesOfFile(
            QStringLiteral(":/i18n/signpost_%1.qm").arg(language));
        if (!messages.isEmpty())
            catalogues.insert(language, messages);
    }
    return catalogues;
}

QStringList ReviewSentences::screens(const QList<ReviewSentence> &sentences)
{
    QStringList screens;
    for (const ReviewSentence &sentence : sentences) {
        if (screens.isEmpty() || screens.constLast() != sentence.screen) {
            if (!screens.contains(sentence.screen))
                screens << sentence.screen;
        }
    }
    return screens;
}
