// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/status/KioskStatusFormat.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace KioskStatusFormat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KioskStatusFormat", text);
}

QString yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

// A label value in the exposition format: backslash, double quote and line feed escaped.
QString labelValue(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('"'), QLatin1String("\\\""));
    out.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

class Exposition
{
public:
    void family(const char *name, const char *help)
    {
        m_text += QStringLiteral("# HELP %1 %2\n# TYPE %1 gauge\n")
                      .arg(QLatin1String(name), QLatin1String(help));
    }
    void sample(const char *name, const QList<QPair<const char *, QString>> &labels,
                const QString &value)
    {
        QStringList pairs;
        for (const auto &[label, text] : labels)
            pairs << QLatin1String(label) + QLatin1Char('=') + labelValue(text);
        m_text += QLatin1String(name);
        if (!pairs.isEmpty())
            m_text += QLatin1Char('{') + pairs.join(QLatin1Char(',')) + QLatin1Char('}');
        m_text += QLatin1Char(' ') + value + QLatin1Char('\n');
    }
    void sample(const char *name, qint64 value) { sample(name, {}, QString::number(value)); }
    QByteArray bytes() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

QString dateOrNone(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : tr("not stated");
}

QString speechLine(const KioskStatus::Speech &speech)
{
    if (speech.mode == QLatin1String("off"))
        return tr("Speech: off");
    if (!speech.languagesWithoutVoice)
        return tr("Speech: %1 (voices not checked)").arg(speech.mode);
    if (speech.languagesWithoutVoice->isEmpty())
        return tr("Speech: %1, a voice for every language switched on").arg(speech.mode);
    return tr("Speech: %1, no voice for %2")
        .arg(speech.mode, speech.languagesWithoutVoice->join(QLatin1Char(',')));
}

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QString text(const KioskStatus &status)
{
    QStringList lines;
    lines << tr("Signpost %1").arg(status.version);
    lines << tr("Content: %1 version %2 (%3)")
                 .arg(status.contentId)
                 .arg(status.contentVersion)
                 .arg(status.contentSource == KioskStatus::ContentSource::BuiltIn
                          ? tr("built-in")
                          : status.contentPath);
    lines << tr("Review due: %1%2")
                 .arg(dateOrNone(status.reviewDue),
                      status.reviewOverdue ? tr(" (overdue)") : QString());
    if (status.packs.isEmpty())
        lines << tr("Packs: none installed");
    for (const KioskStatus::Pack &pack : status.packs) {
        const QString expiry = pack.daysToExpiry ? tr("expires %1, in %2 days")
                                                       .arg(pack.expires->toString(Qt::ISODate))
                                                       .arg(*pack.daysToExpiry)
                                                 : tr("no expiry date");
        const QString use = pack.dropped ? tr("dropped: %1").arg(pack.droppedReason)
                            : pack.inUse ? tr("in use")
                                         : tr("not in use");
        const QString kind = pack.id.isEmpty() ? pack.kind : tr("%1 '%2'").arg(pack.kind, pack.id);
        lines << tr("Pack (%1): key %2, version %3, %4, %5")
                     .arg(kind, pack.keyId.isEmpty() ? tr("unknown") : pack.keyId)
                     .arg(pack.version)
                     .arg(expiry, use);
    }
    lines << (status.crashLoop.guardActive
                  ? tr("Crash loop: %1 (%2 unclean starts in the last 10 minutes at start)")
                        .arg(yesNo(status.crashLoop.inCrashLoop))
                        .arg(status.crashLoop.recentUncleanStarts)
                  : tr("Crash loop: not watched (no runtime directory, or not full screen)"));
    lines << (status.fallbackActive ? tr("Fallback: yes, %1").arg(status.fallbackReason)
                                    : tr("Fallback: no"));
    lines << tr("Languages: %1 (visits start in %2)")
                 .arg(status.enabledLanguages.join(QLatin1Char(',')), status.defaultLanguage);
    lines << speechLine(status.speech);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject json(const KioskStatus &status)
{
    QJsonArray packs;
    for (const KioskStatus::Pack &pack : status.packs) {
        packs.append(QJsonObject{
            {QStringLiteral("kind"), pack.kind},
            {QStringLiteral("keyId"), pack.keyId},
            {QStringLiteral("version"), pack.version},
            {QStringLiteral("path"), pack.path},
            {QStringLiteral("expires"),
             pack.expires ? QJsonValue(pack.expires->toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("daysToExpiry"),
             pack.daysToExpiry ? QJsonValue(*pack.daysToExpiry) : QJsonValue()},
            {QStringLiteral("inUse"), pack.inUse},
            {QStringLiteral("id"), optionalText(pack.id)},
            {QStringLiteral("dropped"), pack.dropped},
            {QStringLiteral("droppedReason"), optionalText(pack.droppedReason)}});
    }
    return {
        {QStringLiteral("version"), status.version},
        {QStringLiteral("mode"), status.mode.isEmpty() ? QJsonValue() : QJsonValue(status.mode)},
        {QStringLiteral("content"),
         QJsonObject{
             {QStringLiteral("source"), KioskStatus::contentSourceName(status.contentSource)},
             {QStringLiteral("path"),
              status.contentPath.isEmpty() ? QJsonValue() : QJsonValue(status.contentPath)},
             {QStringLiteral("id"), status.contentId},
             {QStringLiteral("version"), status.contentVersion},
             {QStringLiteral("reviewDue"), status.reviewDue.isValid()
                                               ? QJsonValue(status.reviewDue.toString(Qt::ISODate))
                                               : QJsonValue()},
             {QStringLiteral("reviewOverdue"), status.reviewOverdue}}},
        {QStringLiteral("packs"), packs},
        {QStringLiteral("crashLoop"),
         QJsonObject{{QStringLiteral("watched"), status.crashLoop.guardActive},
                     {QStringLiteral("recentUncleanStarts"), status.crashLoop.recentUncleanStarts},
                     {QStringLiteral("active"), status.crashLoop.inCrashLoop}}},
        {QStringLiteral("fallback"),
         QJsonObject{{QStringLiteral("active"), status.fallbackActive},
                     {QStringLiteral("reason"),
                      status.fallbackActive ? QJsonValue(status.fallbackReason) : QJsonValue()}}},
        {QStringLiteral("languages"),
         QJsonObject{
             {QStringLiteral("enabled"), QJsonArray::fromStringList(status.enabledLanguages)},
             {QStringLiteral("default"), status.defaultLanguage}}},
        {QStringLiteral("speech"),
         QJsonObject{
             {QStringLiteral("mode"), status.speech.mode},
             {QStringLiteral("voicesChecked"), status.speech.languagesWithoutVoice.has_value()},
             {QStringLiteral("languagesWithoutVoice"),
              status.speech.languagesWithoutVoice
                  ? QJsonValue(QJsonArray::fromStringList(*status.speech.languagesWithoutVoice))
                  : QJsonValue()}}},
        {QStringLiteral("started"), status.started.toString(Qt::ISODate)},
    };
}

QStringList timeDependentMetrics()
{
    return {QStringLiteral("signpost_start_time_seconds")};
}

QByteArray prometheus(const KioskStatus &status)
{
    Exposition out;
    out.family("signpost_info", "The Signpost version running (always 1).");
    out.sample("signpost_info", {{"version", status.version}, {"mode", status.mode}},
               QStringLiteral("1"));
    out.family("signpost_content_info",
               "The content shown (always 1): builtin, pack or file, its id and file.");
    out.sample("signpost_content_info",
               {{"source", KioskStatus::contentSourceName(status.contentSource)},
                {"id", status.contentId},
                {"path", status.contentPath}},
               QStringLiteral("1"));
    out.family("signpost_content_version", "The metadata.version of the content shown.");
    out.sample("signpost_content_version", status.contentVersion);
    out.family("signpost_content_review_overdue",
               "1 when the content's review date (metadata.reviewDue) has passed.");
    out.sample("signpost_content_review_overdue", status.reviewOverdue ? 1 : 0);
    if (!status.packs.isEmpty()) {
        out.family("signpost_pack_version",
                   "An installed signed pack's content version, by kind and key id.");
        for (const KioskStatus::Pack &pack : status.packs)
            out.sample("signpost_pack_version",
                       {{"kind", pack.kind},
                        {"key_id", pack.keyId},
                        {"in_use", pack.inUse ? QStringLiteral("true") : QStringLiteral("false")}},
                       QString::number(pack.version));
        out.family(
            "signpost_pack_expiry_days",
            "Days until a pack's expires= date (negative once expired); absent without one.");
        for (const KioskStatus::Pack &pack : status.packs) {
            if (pack.daysToExpiry)
                out.sample("signpost_pack_expiry_days",
                           {{"kind", pack.kind}, {"key_id", pack.keyId}},
                           QString::number(*pack.daysToExpiry));
        }
        const bool anyInUse =
            std::any_of(status.packs.cbegin(), status.packs.cend(),
                        [](const KioskStatus::Pack &pack) { return !pack.id.isEmpty(); });
        if (anyInUse)
            out.family("signpost_pack_info",
                       "An installed pack's metadata.id while it is in use (always 1).");
        for (const KioskStatus::Pack &pack : status.packs) {
            if (!pack.id.isEmpty())
                out.sample("signpost_pack_info",
                           {{"kind", pack.kind}, {"key_id", pack.keyId}, {"id", pack.id}},
                           QStringLiteral("1"));
        }
        out.family("signpost_pack_dropped",
                   "1 when an installed local pack was set aside on its own (the national "
                   "content runs without it); the reason is a label.");
        for (const KioskStatus::Pack &pack : status.packs)
            out.sample(
                "signpost_pack_dropped",
                {{"kind", pack.kind}, {"key_id", pack.keyId}, {"reason", pack.droppedReason}},
                QString::number(pack.dropped ? 1 : 0));
    }
    out.family(
        "signpost_crash_loop_watched",
        "1 when starts are counted for the crash-loop guard (full screen, runtime directory).");
    out.sample("signpost_crash_loop_watched", status.crashLoop.guardActive ? 1 : 0);
    out.family("signpost_crash_loop_unclean_starts",
               "Starts in the 10 minutes before this one that did not exit cleanly.");
    out.sample("signpost_crash_loop_unclean_starts", status.crashLoop.recentUncleanStarts);
    out.family("signpost_crash_loop",
               "1 when this start found a crash loop and runs on the built-in content.");
    out.sample("signpost_crash_loop", status.crashLoop.inCrashLoop ? 1 : 0);
    out.family("signpost_content_fallback",
               "1 when the built-in content is shown because the configured content could not be "
               "used; the reason is a label.");
    out.sample("signpost_content_fallback", {{"reason", status.fallbackReason}},
               QString::number(status.fallbackActive ? 1 : 0));
    out.family("signpost_language_enabled",
               "A language switched on for visitors (always 1); default=true for the one visits "
               "start in.");
    for (const QString &language : status.enabledLanguages)
        out.sample("signpost_language_enabled",
                   {{"language", language},
                    {"default", language == status.defaultLanguage ? QStringLiteral("true")
                                                                   : QStringLiteral("false")}},
                   QStringLiteral("1"));
    out.family("signpost_speech_info",
               "Read aloud as configured (always 1): mode off, on-request or always.");
    out.sample("signpost_speech_info", {{"mode", status.speech.mode}}, QStringLiteral("1"));
    if (status.speech.languagesWithoutVoice) {
        out.family("signpost_speech_voice",
                   "1 when eSpeak NG has a voice for a language switched on, 0 when it has none "
                   "(absent when speech is off).");
        for (const QString &language : status.enabledLanguages)
            out.sample(
                "signpost_speech_voice", {{"language", language}},
                QString::number(status.speech.languagesWithoutVoice->contains(language) ? 0 : 1));
    }
    out.family("signpost_start_time_seconds",
               "When this Signpost process started, in seconds since 1970 (UTC).");
    out.sample("signpost_start_time_seconds", status.started.toSecsSinceEpoch());
    return out.bytes();
}

} // namespace KioskStatusFormat
