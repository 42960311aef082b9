// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

// Builds JSON pointers (RFC 6901) such as "/services/3/channels/0/value" for content issues.
// A pointer is made for every field read but spelt out only for an issue, so it keeps its steps
// (each shared with the pointers built from it) and writes the text only in toString().
class JsonPointer
{
public:
    JsonPointer() = default;
    explicit JsonPointer(const QString &text);

    JsonPointer operator/(const QString &key) const;
    JsonPointer operator/(qsizetype index) const;
    QString toString() const;

private:
    struct Step
    {
        std::shared_ptr<const Step> parent;
        QString key;           // a key, or the text given to JsonPointer(text)
        qsizetype index = -1;  // an array index, when not negative
        bool verbatim = false; // JsonPointer(text): already a pointer, written as it is
    };

    explicit JsonPointer(std::shared_ptr<const Step> last);

    std::shared_ptr<const Step> m_last; // null: "", the whole document
};
