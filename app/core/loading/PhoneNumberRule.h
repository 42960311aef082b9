// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// Is a number written exactly as it is dialled? UK numbers use digits and single spaces only
// (0808 1000 900, 116 123, 999, 18001 101), never +44; international numbers use +CC form.
class PhoneNumberRule
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumberRule)

public:
    // What is wrong with `value` as a UK-dialable number, or nullopt when it is right.
    static std::optional<QString> ukDialableProblem(const QString &value);
    // What is wrong with `value` as an international number (+44 1372 847 161), or nullopt.
    static std::optional<QString> internationalProblem(const QString &value);
};
