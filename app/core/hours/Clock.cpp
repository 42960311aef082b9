// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hours/Clock.h"

Clock::Clock()
    : m_source([] { return QDateTime::currentDateTime(); })
{}

Clock::Clock(Source source)
    : m_source(std::move(source))
{}

Clock Clock::system()
{
    return Clock();
}

Clock Clock::fixed(const QDateTime &at)
{
    return Clock([at] { return at; });
}

QDateTime Clock::now() const
{
    return m_source ? m_source() : QDateTime::currentDateTime();
}
