// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

// How Signpost is being used: the modes the README's "Running Signpost" section describes.
enum class Mode
{
    Kiosk, // public, full screen and locked down
    Staff, // desktop reference tool for staff
    Event, // public, full screen, not locked (staff are beside it)
};

std::optional<Mode> modeFromString(const QString &name);
QString modeName(Mode mode);

// What one run of the program was asked to do, parsed before any QApplication exists.
struct LaunchOptions
{
    enum class Action
    {
        RunGui,
        ShowHelp,
        ShowVersion,
        Validate,
        ListServices,
        PrintPathways,
        Screenshot,
        HashStaffPin,  // --set-staff-pin (or --hash-staff-pin): PIN in, configuration line out
        ExportHandout, // --export-handout OUT.pdf: take-away cards, no window
        VerifyPack,    // --verify-pack DIR: is this signed content pack valid, and why not
        InstallPack,   // --install-pack DIR: verify, then install into the content store
        ReviewPack,    // --review-pack OUT.pdf: the pack content owners sign off, no window
        ReviewSheet,   // --review-sheet OUT.csv --lang CODE: the sentences as a spreadsheet
        ApplyReview,   // --apply-review IN.csv --output OUT.json: a returned sheet written back
        ExportOruk,    // --export-oruk OUT.json: the services as Open Referral UK (HSDS 3.0)
        ImportOruk,    // --import-oruk IN.json --local-pack-draft OUT.json
        Status,        // --status [--json]: what IT asks about this kiosk
        SpeechSamples, // --speech-samples DIR: what each public screen says, as text and sound
    };

    Action action = Action::RunGui;
    std::optional<Mode> mode; // unset: the configuration decides, else public in a window
    bool windowed = false;
    QString contentPath;   // --content: run with this content instead of the built-in set
    QString configPath;    // --config: system configuration file to read instead of the default
    QString validatePath;  // --validate PATH
    QString localPackPath; // --with-local DIR: a local overlay pack to check on top of it
    bool json = false;     // --json for --list-services
    QString language;      // --lang CODE
    QString screenshotDir;
    QString speechSamplesDir; // --speech-samples DIR
    QSize screenshotSize{1920, 1080};
    QString handoutPath;    // --export-handout OUT.pdf
    QStringList serviceIds; // --service ID, repeatable: the cards to export (none = every one)
    bool quitAfterFirstPaint = false; // exit 0 once the first frame is painted (benchmarks)
    bool largeText = false;           // --large-text: public screens start in large text
    bool highContrast = false;        // --high-contrast: public screens start in high contrast
    QString packPath;                 // --verify-pack DIR or --install-pack DIR
    QString trustedKeyPath;  // --trusted-key FILE: check against this key, not the configured ones
    QStringList languages;   // every --lang given (the review pack's languages beside English)
    QString reviewPackPath;  // --review-pack OUT.pdf
    QString reviewSheetPath; // --review-sheet OUT.csv
    QString applyReviewPath; // --apply-review IN.csv
    QString outputPath;      // --output OUT.json: where --apply-review writes the content
    QString orukPath;        // --export-oruk OUT.json or --import-oruk IN.json
    QString draftPath;       // --local-pack-draft OUT.json

    bool needsGui() const { return action == Action::RunGui || action == Action::Screenshot; }
};

// Parses Signpost's command line; errors are sentences a person can act on.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    struct Result
    {
        LaunchOptions options;
        QString error; // empty when the command line was understood
    };

    static Result parse(const QStringList &arguments);
    static QString helpText();
    static QString versionText();
};
