// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/loading/ContentLoader.h"
#include "core/startup/Configuration.h"

#include <QDate>
#include <QString>

// Which content a run of Signpost uses: the one rule for the kiosk, event mode, the staff
// desktop and the read-only commands (--list-services, --print-pathways, --export-handout), so
// what staff list is what a kiosk on this machine shows. --content PATH beats everything
// (--content builtin: the built-in content); else the installed pack, verified again; else
// content_path; else the built-in content. Without --content, the installed local overlay
// pack is then laid over it (or dropped on its own, and ActiveContent::local says why).
namespace ContentSelection {

// "--content builtin" asks for the built-in content whatever is configured.
bool namesBuiltIn(const QString &commandLinePath);

ActiveContent choose(const QString &commandLinePath, const Configuration &config,
                     const QDate &today);

// The file choose() would try first, without reading it; empty for the built-in content.
QString source(const QString &commandLinePath, const Configuration &config);

// One sentence naming the content and where it came from, for the console:
// "Using the installed content pack /var/lib/…/content.json (content 'uk-south' version 14)."
QString describe(const ActiveContent &active);

} // namespace ContentSelection
