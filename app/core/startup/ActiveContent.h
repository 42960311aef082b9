// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/loading/ContentIssue.h"
#include "core/packs/LocalPackState.h"
#include "core/startup/Configuration.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// The content a run of Signpost shows, how it came to be chosen (for staff, never the public),
// and the one rule that chooses it, for the kiosk, event mode, the staff desktop and the
// read-only commands alike, so what staff list is what a kiosk on this machine shows:
//   1. `--content FILE` (`--content builtin`: the built-in content);
//   2. else the installed content pack, verified again at every choice;
//   3. else the configuration's content_path;
//   4. else the built-in content.
// Then the installed local pack is laid over it (rules 2-4 only), or the one --with-local names
// (whatever rule chose the national content).
// Content that fails (a file that does not validate, a pack set aside) gives the whole built-in
// content instead, with fellBack set and the reason in `issues`; never part of a broken file.
// A crash loop (CrashLoopGuard) skips whatever file rules 1-3 name for the built-in content.
struct ActiveContent
{
    Q_DECLARE_TR_FUNCTIONS(ActiveContent)

public:
    Content content;
    QString source; // the file used, or ContentLoader::builtInPath()
    bool builtIn = true;
    bool fromPack = false;      // a signed pack from the content store
    bool fellBack = false;      // configured content failed and the built-in content is used
    QList<ContentIssue> issues; // the configured content's problems (or the built-in's warnings)
    // Without --content, the installed local overlay pack is laid over the content chosen by
    // rules 2-4 (LocalPackLoader), or dropped on its own, and this says which and why.
    LocalPackState local;

    // What a start asks for: the command line's --content, and what the crash-loop guard found.
    struct Request
    {
        QString commandLinePath; // --content: a file, "builtin", or empty (the configuration)
        int crashLoopStarts = 0; // unclean starts when the guard sees a crash loop, else 0
        // --with-local DIR: this local pack, as its publisher holds it before signing, instead
        // of the installed one (the read-only commands: exports and the review pack).
        QString localPackPath{};
    };

    // The rule above, in full. The read-only commands ask without a crash count.
    static ActiveContent choose(const Request &request, const Configuration &config,
                                const QDate &today);
    // The file choose() would try first, without reading it; empty for the built-in content.
    static QString intendedSource(const QString &commandLinePath, const Configuration &config);
    // "--content builtin" asks for the built-in content whatever is configured.
    static bool namesBuiltIn(const QString &commandLinePath);

    // Rules 2 to 4: what this machine is configured to show (no --content).
    static ActiveContent configured(const Configuration &config, const QDate &today);
    // `path` when it validates, else the built-in content with the file's problems.
    static ActiveContent fromFile(const QString &path, const QDate &today);
    // The built-in content, with its own warnings (review dates) in `issues`.
    static ActiveContent builtInContent(const QDate &today);
    // The built-in content in place of `skipped`, for staff with `reason`.
    static ActiveContent builtInInstead(const QString &skipped, const QString &reason,
                                        const QDate &today);
    // The built-in content after `uncleanStarts` crashes in a row, in place of `skipped`.
    static ActiveContent afterCrashLoop(const QString &skipped, int uncleanStarts,
                                        const QDate &today);

    // At a kiosk reset: true when another pack has been installed since this was chosen, the
    // pack it came from has been removed, or that pack's expiry date has passed.
    bool needsReload(const Configuration &config, const QDate &today) const;

    // One sentence naming the content and where it came from, for the console:
    // "Using the installed content pack /var/lib/…/content.json (content 'uk-south' version 14)."
    // With a local pack, a second sentence names it, or says why it was dropped.
    QString describe() const;

private:
    QString describeNational() const;
};
