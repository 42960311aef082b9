// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/loading/JsonFieldReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QVarLengthArray>

#include <utility>

// Turns a parsed content file (a JsonTree) into Content, recording every problem with its JSON
// pointer. The pathway graph itself (references, loops, depth) is PathwayChecker's job.
class ContentReader
{
    Q_DECLARE_TR_FUNCTIONS(ContentReader)

public:
    static constexpr int maxAge = 120;

    explicit ContentReader(JsonFieldReader &reader);

    // Every array element becomes a list entry, even a broken one, so list index i is always
    // JSON index i (PathwayChecker relies on this to name the right pointer).
    Content read(const JsonObject &root, const QDate &today);
    // One service with the same rules as the built-in content's (a local pack's services too);
    // a second service with the same id is an error.
    Service readService(const JsonValue &value, const JsonPointer &at);

private:
    ContentMetadata readMetadata(const JsonObject &root, const QDate &today);
    // Each channel id of one service with the channel that has it first: a few, so a list (a
    // hash for every service was a measurable part of a large file's load).
    using ChannelIds = QVarLengthArray<std::pair<QString, JsonPointer>, 4>;

    Channel readChannel(const JsonValue &value, const JsonPointer &at, ChannelIds &channelIds);
    void readNeedsConfirming(const JsonFields &fields, bool &flag, QString &note);
    // minAge and maxAge, both optional, whole years.
    AgeRange readAges(const JsonFields &fields);

    JsonFieldReader &m_reader;
    QHash<QString, JsonPointer> m_serviceIds; // each id to the service that has it first
};
