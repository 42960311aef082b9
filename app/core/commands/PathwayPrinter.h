// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QCoreApplication>
#include <QTextStream>

// The pathway tree as indented text, every question, answer and outcome with its numbers, so a
// content reviewer can read the whole walk without a screen (--print-pathways).
class PathwayPrinter
{
    Q_DECLARE_TR_FUNCTIONS(PathwayPrinter)

public:
    PathwayPrinter(const Content &content, const QString &language, QTextStream &out);

    void print();

private:
    void printNode(const QString &id, int choices, int indent);
    void printChannel(const QString &role, const ChannelRef &ref, int indent);
    void line(int indent, const QString &text);

    const Content &m_content;
    QString m_language;
    QTextStream &m_out;
};
