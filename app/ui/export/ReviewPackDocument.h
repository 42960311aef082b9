// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/loading/ContentLoader.h"
#include "core/review/ReviewSentence.h"
#include "core/startup/ActiveContent.h"

#include <QList>
#include <QString>
#include <QStringList>

// The review pack's text pages as rich text (Qt's HTML subset): every visitor-facing sentence by
// screen with a blank "approved / change to" column, every service with its facts and sources,
// the open questions for the services, and every validator warning.
namespace ReviewPackDocument {

QString sentencesHtml(const QList<ReviewSentence> &sentences, const QStringList &languages);
QString servicesHtml(const Content &content);
QString openQuestionsHtml(const Content &content);
QString warningsHtml(const ActiveContent &active);
// With a local overlay pack laid over the content: what it adds and on which outcomes, for its
// own publisher to sign off; empty without one.
QString localPackHtml(const ActiveContent &active);
// All of them, each starting on a new page.
QString html(const ActiveContent &active, const QList<ReviewSentence> &sentences,
             const QStringList &languages);

} // namespace ReviewPackDocument
