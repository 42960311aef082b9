// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QCoreApplication>

#include <optional>

// Checks a channel's value for its type: a dialable number, an https address, an email address.
class ChannelValueRule
{
    Q_DECLARE_TR_FUNCTIONS(ChannelValueRule)

public:
    static std::optional<QString> problem(ChannelType type, bool international,
                                          const QString &value);
};
