// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <functional>

// Where "now" comes from: the system clock when running, a fixed or stepped time in tests.
class Clock
{
public:
    using Source = std::function<QDateTime()>;

    Clock(); // the system clock
    explicit Clock(Source source);
    static Clock system();
    static Clock fixed(const QDateTime &at);

    QDateTime now() const;

private:
    Source m_source;
};
