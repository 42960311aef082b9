// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/CommandLine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QCoreApplication::translate("CommandLine", "Show this help and exit.")};
    QCommandLineOption version{
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("CommandLine", "Show the version and exit.")};
    QCommandLineOption mode{
        QStringLiteral("mode"),
        QCoreApplication::translate(
            "CommandLine",
            "Run as 'kiosk' (public, full screen, locked down), 'staff' (desktop reference) "
            "or 'event' (public, full screen, closable). Without it the configuration decides; "
            "with neither, the public screens open in a normal window."),
        QStringLiteral("MODE")};
    QCommandLineOption windowed{
        QStringLiteral("windowed"),
        QCoreApplication::translate(
            "CommandLine",
            "Show a public mode in a normal window, without lockdown (development).")};
    QCommandLineOption content{
        QStringLiteral("content"),
        QCoreApplication::translate(
            "CommandLine",
            "Use the content file PATH ('builtin': the built-in content) instead of the content "
            "a kiosk here shows (the installed pack, else content_path, else the built-in "
            "content)."),
        QStringLiteral("PATH")};
    QCommandLineOption config{
        QStringLiteral("config"),
        QCoreApplication::translate("CommandLine",
                                    "Read the system configuration from FILE instead of the "
                                    "default location."),
        QStringLiteral("FILE")};
    QCommandLineOption validate{
        QStringLiteral("validate"),
        QCoreApplication::translate(
            "CommandLine",
            "Check the content file PATH, print one line per problem and exit (0 when valid, "
            "1 when not)."),
        QStringLiteral("PATH")};
    QCommandLineOption withLocal{
        QStringLiteral("with-local"),
        QCoreApplication::translate(
            "CommandLine",
            "Lay the local overlay pack in DIR (its content.json, or the file DIR names) over "
            "the content, unsigned, as its publisher holds it: with --validate, check it; with "
            "--export-oruk, --review-pack, --list-services, --print-pathways or "
            "--export-handout, include its services, marked local."),
        QStringLiteral("DIR")};
    QCommandLineOption listServices{
        QStringLiteral("list-services"),
        QCoreApplication::translate("CommandLine",
                                    "Print every service with its channels and hours, and exit; "
                                    "the content used is named on standard error.")};
    QCommandLineOption json{
        QStringLiteral("json"),
        QCoreApplication::translate(
            "CommandLine", "With --list-services or --status: print JSON instead of text.")};
    QCommandLineOption printPathways{
        QStringLiteral("print-pathways"),
        QCoreApplication::translate(
            "CommandLine", "Print every pathway as an indented tree for reviewers, and exit.")};
    QCommandLineOption lang{
        QStringLiteral("lang"),
        QCoreApplication::translate(
            "CommandLine",
            "The language each visit starts in (instead of default_language), and the language "
            "of --print-pathways, --list-services, --export-handout and --screenshot: en, cy, "
            "pl, ro, ur, pa or ar."),
        QStringLiteral("CODE")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "CommandLine", "Render every public screen offscreen into PNG files in DIR, and exit."),
        QStringLiteral("DIR")};
    QCommandLineOption speechSamples{
        QStringLiteral("speech-samples"),
        QCoreApplication::translate(
            "CommandLine",
            "Write what each public screen reads aloud into DIR, SCREEN.txt (the words, in "
            "order) and SCREEN.wav (the sound), with no display or sound device, and exit."),
        QStringLiteral("DIR")};
    QCommandLineOption setStaffPin{
        QStringLiteral("set-staff-pin"),
        QCoreApplication::translate(
            "CommandLine",
            "Read a staff PIN (6 to 12 digits) from standard input and print the "
            "staff_pin_hash line for the configuration file; writes no file, and exit.")};
    QCommandLineOption hashStaffPin{
        QStringLiteral("hash-staff-pin"),
        QCoreApplication::translate("CommandLine",
                                    "The same as --set-staff-pin (the older name).")};
    QCommandLineOption quitAfterFirstPaint{
        QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate(
            "CommandLine",
            "Exit 0 right after the first frame is painted (benchmarks, smoke tests).")};
    QCommandLineOption largeText{
        QStringLiteral("large-text"),
        QCoreApplication::translate("CommandLine",
                                    "Start the public screens (and --screenshot) in large text.")};
    QCommandLineOption highContrast{
        QStringLiteral("high-contrast"),
        QCoreApplication::translate(
            "CommandLine", "Start the public screens (and --screenshot) in high contrast.")};
    QCommandLineOption verifyPack{
        QStringLiteral("verify-pack"),
        QCoreApplication::translate(
            "CommandLine",
            "Check the signed content pack in DIR (content.json and content.json.minisig) "
            "against the trusted keys, say whether it is valid and why not, and exit (0 when "
            "valid, 1 when not)."),
        QStringLiteral("DIR")};
    QCommandLineOption installPack{
        QStringLiteral("install-pack"),
        QCoreApplication::translate(
            "CommandLine",
            "Verify the signed content pack in DIR, install it into the content store (keeping "
            "the previous pack) and exit; a running kiosk shows it after its next reset."),
        QStringLiteral("DIR")};
    QCommandLineOption trustedKey{
        QStringLiteral("trusted-key"),
        QCoreApplication::translate(
            "CommandLine",
            "With --verify-pack: check against the minisign public key FILE instead of the "
            "configured trusted keys (for content owners, before shipping a pack)."),
        QStringLiteral("FILE")};
    QCommandLineOption exportHandout{
        QStringLiteral("export-handout"),
        QCoreApplication::translate(
            "CommandLine",
            "Write take-away cards (four A6 cards to an A4 page) to the PDF file OUT, with no "
            "window, and exit. Every service unless --service is given."),
        QStringLiteral("OUT")};
    QCommandLineOption service{
        QStringLiteral("service"),
        QCoreApplication::translate(
            "CommandLine", "With --export-handout: a card for service ID (repeat for more)."),
        QStringLiteral("ID")};
    QCommandLineOption reviewPack{
        QStringLiteral("review-pack"),
        QCoreApplication::translate(
            "CommandLine",
            "Write the review pack content owners sign off (cover, pathway map, every sentence "
            "a visitor can see beside each --lang given, every service, open questions, "
            "validator warnings) to the PDF file OUT, with no window, and exit."),
        QStringLiteral("OUT")};
    QCommandLineOption reviewSheet{
        QStringLiteral("review-sheet"),
        QCoreApplication::translate(
            "CommandLine",
            "Write every sentence a visitor can see, in English and the --lang language, to the "
            "CSV file OUT for a translator to approve or change, and exit."),
        QStringLiteral("OUT")};
    QCommandLineOption applyReview{
        QStringLiteral("apply-review"),
        QCoreApplication::translate(
            "CommandLine",
            "Write the approved rows of the review sheet IN into a copy of the content (the one "
            "--content names, else what a kiosk here shows) at --output, and exit; a row whose "
            "English has changed refuses the whole sheet."),
        QStringLiteral("IN")};
    QCommandLineOption output{
        QStringLiteral("output"),
        QCoreApplication::translate("CommandLine",
                                    "With --apply-review: the new content file to write (never the "
                                    "content file itself)."),
        QStringLiteral("FILE")};
    QCommandLineOption exportOruk{
        QStringLiteral("export-oruk"),
        QCoreApplication::translate(
            "CommandLine",
            "Write the services (the content a kiosk here shows, or --content) to OUT as Open "
            "Referral UK (HSDS 3.0) JSON, and exit."),
        QStringLiteral("OUT")};
    QCommandLineOption importOruk{
        QStringLiteral("import-oruk"),
        QCoreApplication::translate(
            "CommandLine",
            "With --local-pack-draft: read Open Referral UK (HSDS 3.0) services from IN, write "
            "them as a local pack draft, every service flagged needsConfirming, and exit."),
        QStringLiteral("IN")};
    QCommandLineOption localPackDraft{
        QStringLiteral("local-pack-draft"),
        QCoreApplication::translate("CommandLine", "With --import-oruk: the draft file to write."),
        QStringLiteral("OUT")};
    QCommandLineOption status{
        QStringLiteral("status"),
        QCoreApplication::translate(
            "CommandLine",
            "Print this kiosk's state for IT (version, content, packs and their expiry, crash "
            "loop, fallback, languages, speech) with no display, and exit; --json for JSON.")};
    QCommandLineOption size{
        QStringLiteral("size"),
        QCoreApplication::translate("CommandLine",
                                    "With --screenshot: the screen size (default 1920x1080)."),
        QStringLiteral("WxH")};

    Parser()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "CommandLine", "Signpost shows the right free, confidential helpline for people "
                           "worried about child sexual abuse. It keeps no personal data."));
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions({help, version, mode, windowed, content, config, validate, listServices,
                           json, printPathways, lang, screenshot, size, hashStaffPin,
                           speechSamples});
        parser.addOptions({exportHandout, service});
        parser.addOptions({setStaffPin, quitAfterFirstPaint, largeText, highContrast, verifyPack,
                           installPack, trustedKey, withLocal});
        parser.addOptions({reviewPack, reviewSheet, applyReview, output});
        parser.addOptions({exportOruk, importOruk, localPackDraft, status});
    }
};

} // namespace

std::optional<Mode> modeFromString(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("kiosk"))
        return Mode::Kiosk;
    if (key == QLatin1String("staff"))
        return Mode::Staff;
    if (key == QLatin1String("event"))
        return Mode::Event;
    return std::nullopt;
}

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::Kiosk:
        return QStringLiteral("kiosk");
    case Mode::Staff:
        return QStringLiteral("staff");
    case Mode::Event:
        return QStringLiteral("event");
    }
    return {};
}

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    Parser p;
    Result result;
    LaunchOptions &o = result.options;
    if (!p.parser.parse(arguments)) {
        result.error = p.parser.errorText();
        return result;
    }
    if (!p.parser.positionalArguments().isEmpty()) {
        result.error = tr("Unexpected argument '%1'. See --help.")
                           .arg(p.parser.positionalArguments().constFirst());
        return result;
    }
    if (p.parser.isSet(p.mode)) {
        o.mode = modeFromString(p.parser.value(p.mode));
        if (!o.mode) {
            result.error =
                tr("Unknown mode '%1': use kiosk, staff or event.").arg(p.parser.value(p.mode));
            return result;
        }
    }
    o.windowed = p.parser.isSet(p.windowed);
    o.contentPath = p.parser.value(p.content);
    o.configPath = p.parser.value(p.config);
    o.json = p.parser.isSet(p.json);
    o.language = p.parser.value(p.lang);
    o.languages = p.parser.values(p.lang);
    o.outputPath = p.parser.value(p.output);
    o.serviceIds = p.parser.values(p.service);
    o.quitAfterFirstPaint = p.parser.isSet(p.quitAfterFirstPaint);
    o.largeText = p.parser.isSet(p.largeText);
    o.highContrast = p.parser.isSet(p.highContrast);
    o.trustedKeyPath = p.parser.value(p.trustedKey);
    if (p.parser.isSet(p.trustedKey) && !p.parser.isSet(p.verifyPack)) {
        // Installing must only ever trust the keys the system configuration names.
        result.error = tr("--trusted-key only applies to --verify-pack; --install-pack trusts "
                          "only the keys in the system configuration.");
        return result;
    }
    o.localPackPath = p.parser.value(p.withLocal);
    const bool takesLocalPack = p.parser.isSet(p.validate) || p.parser.isSet(p.exportOruk) ||
                                p.parser.isSet(p.reviewPack) || p.parser.isSet(p.listServices) ||
                                p.parser.isSet(p.printPathways) || p.parser.isSet(p.exportHandout);
    if (p.parser.isSet(p.withLocal) && !takesLocalPack) {
        result.error = tr("--with-local only applies to --validate, --export-oruk, --review-pack, "
                          "--list-services, --print-pathways and --export-handout.");
        return result;
    }
    if (!o.serviceIds.isEmpty() && !p.parser.isSet(p.exportHandout)) {
        result.error = tr("--service only chooses cards for --export-handout.");
        return result;
    }
    if (p.parser.isSet(p.output) && !p.parser.isSet(p.applyReview)) {
        result.error = tr("--output only names the file --apply-review writes.");
        return result;
    }
    if (p.parser.isSet(p.importOruk) != p.parser.isSet(p.localPackDraft)) {
        result.error = tr("--import-oruk IN.json and --local-pack-draft OUT.json go together.");
        return result;
    }
    if (p.parser.isSet(p.size)) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})\\z"));
        const auto match = sizePattern.match(p.parser.value(p.size));
        if (!match.hasMatch()) {
            result.error = tr("Size '%1' is not of the form WIDTHxHEIGHT, for example 1080x1920.")
                               .arg(p.parser.value(p.size));
            return result;
        }
        o.screenshotSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }

    // The first action asked for wins, in the order a person would expect.
    if (p.parser.isSet(p.help))
        o.action = LaunchOptions::Action::ShowHelp;
    else if (p.parser.isSet(p.version))
        o.action = LaunchOptions::Action::ShowVersion;
    else if (p.parser.isSet(p.setStaffPin) || p.parser.isSet(p.hashStaffPin))
        o.action = LaunchOptions::Action::HashStaffPin;
    else if (p.parser.isSet(p.verifyPack)) {
        o.action = LaunchOptions::Action::VerifyPack;
        o.packPath = p.parser.value(p.verifyPack);
    } else if (p.parser.isSet(p.installPack)) {
        o.action = LaunchOptions::Action::InstallPack;
        o.packPath = p.parser.value(p.installPack);
    } else if (p.parser.isSet(p.exportHandout)) {
        o.action = LaunchOptions::Action::ExportHandout;
        o.handoutPath = p.parser.value(p.exportHandout);
    } else if (p.parser.isSet(p.reviewPack)) {
        o.action = LaunchOptions::Action::ReviewPack;
        o.reviewPackPath = p.parser.value(p.reviewPack);
    } else if (p.parser.isSet(p.reviewSheet)) {
        o.action = LaunchOptions::Action::ReviewSheet;
        o.reviewSheetPath = p.parser.value(p.reviewSheet);
    } else if (p.parser.isSet(p.applyReview)) {
        o.action = LaunchOptions::Action::ApplyReview;
        o.applyReviewPath = p.parser.value(p.applyReview);
    } else if (p.parser.isSet(p.exportOruk)) {
        o.action = LaunchOptions::Action::ExportOruk;
        o.orukPath = p.parser.value(p.exportOruk);
    } else if (p.parser.isSet(p.importOruk)) {
        o.action = LaunchOptions::Action::ImportOruk;
        o.orukPath = p.parser.value(p.importOruk);
        o.draftPath = p.parser.value(p.localPackDraft);
    } else if (p.parser.isSet(p.status)) {
        o.action = LaunchOptions::Action::Status;
    } else if (p.parser.isSet(p.validate)) {
        o.action = LaunchOptions::Action::Validate;
        o.validatePath = p.parser.value(p.validate);
    } else if (p.parser.isSet(p.listServices))
        o.action = LaunchOptions::Action::ListServices;
    else if (p.parser.isSet(p.printPathways))
        o.action = LaunchOptions::Action::PrintPathways;
    else if (p.parser.isSet(p.screenshot)) {
        o.action = LaunchOptions::Action::Screenshot;
        o.screenshotDir = p.parser.value(p.screenshot);
    } else if (p.parser.isSet(p.speechSamples)) {
        o.action = LaunchOptions::Action::SpeechSamples;
        o.speechSamplesDir = p.parser.value(p.speechSamples);
    }
    return result;
}

QString CommandLine::helpText()
{
    Parser p;
    QString text = p.parser.helpText();
    // Qt names the program after argv[0] (or not at all before a QCoreApplication exists);
    // the help should name the command a person types.
    const qsizetype endOfUsage = text.indexOf(QLatin1Char('\n'));
    text.replace(0, endOfUsage, tr("Usage: signpost [options]"));
    return text;
}

QString CommandLine::versionText()
{
    return QStringLiteral("Signpost %1\n").arg(QStringLiteral(SIGNPOST_VERSION));
}
