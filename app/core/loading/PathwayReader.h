// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/loading/JsonFieldReader.h"

#include <QCoreApplication>

// Reads "pathways": {"start": "welcome", "nodes": [question and outcome nodes]} into Content,
// checking each node on its own (the graph is PathwayChecker's job).
class PathwayReader
{
    Q_DECLARE_TR_FUNCTIONS(PathwayReader)

public:
    explicit PathwayReader(JsonFieldReader &reader);

    void read(const JsonObject &root, Content &content);
    // One question or outcome node (a local pack's "Help near here" outcomes are read alone).
    PathwayNode readNode(const JsonValue &value, const JsonPointer &at);

private:
    void readQuestion(const JsonFields &fields, PathwayNode &node);
    void readOutcome(const JsonFields &fields, PathwayNode &node);
    AgeBand readAgeBand(const JsonFields &answer);

    JsonFieldReader &m_reader;
};
