// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Builds JSON pointers (RFC 6901) such as "/services/3/channels/0/value" for content issues.
class JsonPointer
{
public:
    JsonPointer() = default;
    explicit JsonPointer(const QString &text);

    JsonPointer operator/(const QString &key) const;
    JsonPointer operator/(qsizetype index) const;
    const QString &toString() const { return m_text; }

private:
    QString m_text; // "" is the whole document
};
