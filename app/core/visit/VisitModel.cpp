// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/visit/VisitModel.h"

VisitModel::VisitModel(const Content &content, QObject *parent)
    : QObject(parent)
    , m_content(content)
    , m_current(content.startNode)
    , m_language(defaultLanguage())
    , m_startLanguage(defaultLanguage())
{}

QString VisitModel::defaultLanguage()
{
    return QStringLiteral("en");
}

VisitModel::Screen VisitModel::screen() const
{
    if (m_attract)
        return Screen::Attract;
    if (m_privacyOpen)
        return Screen::Privacy;
    if (m_current == m_content.startNode)
        return Screen::Welcome;
    const PathwayNode *node = currentNode();
    return node && node->isOutcome() ? Screen::Outcome : Screen::Question;
}

const PathwayNode *VisitModel::currentNode() const
{
    return m_attract ? nullptr : m_content.node(m_current);
}

bool VisitModel::canGoBack() const
{
    return !m_attract && !m_wayBack.isEmpty();
}

void VisitModel::setStartLanguage(const QString &language)
{
    m_startLanguage = language.isEmpty() ? defaultLanguage() : language;
}

void VisitModel::setLargeText(bool on)
{
    if (m_display.largeText == on)
        return;
    m_display.largeText = on;
    announce();
}

void VisitModel::setHighContrast(bool on)
{
    if (m_display.highContrast == on)
        return;
    m_display.highContrast = on;
    announce();
}

void VisitModel::setStartDisplay(const DisplayPreferences &display)
{
    m_startDisplay = display;
}

void VisitModel::replaceContent(const Content &content)
{
    const bool attract = m_attract;
    m_content = content;
    forget();
    m_attract = attract;
    announce();
}

void VisitModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    announce();
}

bool VisitModel::choose(int index)
{
    if (m_attract || m_privacyOpen)
        return false;
    const PathwayNode *node = currentNode();
    if (!node || node->isOutcome() || index < 0 || index >= node->answers.size())
        return false;
    const QString next = node->answers.at(index).next;
    if (!m_content.node(next))
        return false;
    m_wayBack.append(m_current);
    m_current = next;
    announce();
    return true;
}

void VisitModel::goBack()
{
    if (m_privacyOpen) {
        closePrivacy();
        return;
    }
    if (!canGoBack())
        return;
    m_current = m_wayBack.takeLast();
    announce();
}

void VisitModel::startAgain()
{
    m_wayBack.clear();
    m_current = m_content.startNode;
    m_privacyOpen = false;
    m_attract = false;
    announce();
}

void VisitModel::showPrivacy()
{
    if (m_attract || m_privacyOpen)
        return;
    m_privacyOpen = true;
    announce();
}

void VisitModel::closePrivacy()
{
    if (!m_privacyOpen)
        return;
    m_privacyOpen = false;
    announce();
}

void VisitModel::leaveAttract()
{
    if (!m_attract)
        return;
    m_attract = false;
    announce();
}

void VisitModel::reset()
{
    forget();
    announce();
}

void VisitModel::resetToAttract()
{
    forget();
    m_attract = true;
    announce();
}

void VisitModel::forget()
{
    m_wayBack.clear();
    m_current = m_content.startNode;
    m_language = m_startLanguage;
    m_display = m_startDisplay;
    m_privacyOpen = false;
    m_attract = false;
}

void VisitModel::announce()
{
    emit screenChanged(screen());
}
