// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/visit/DisplayPreferences.h"

#include <QObject>
#include <QStringList>

// One visitor's walk through the pathways: where they are and the way back. It lives only in
// memory and reset() forgets all of it; nothing here is ever written or logged.
class VisitModel : public QObject
{
    Q_OBJECT
public:
    enum class Screen
    {
        Attract,  // calm campaign messages after an idle reset
        Welcome,  // the start node: "Who are you worried about?"
        Question, // any other question node
        Outcome,  // an outcome node: the helpline
        Privacy,  // how this screen protects your privacy
    };
    Q_ENUM(Screen)

    explicit VisitModel(const Content &content, QObject *parent = nullptr);

    const Content &content() const { return m_content; }
    Screen screen() const;
    // The node on screen (the start node on the welcome and privacy screens); null on attract
    // or when the content has no such node.
    const PathwayNode *currentNode() const;
    QString currentNodeId() const { return m_current; }
    QStringList wayBack() const { return m_wayBack; } // nodes before the current one, oldest first
    bool canGoBack() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    static QString defaultLanguage();
    // The language every visit starts in (the configuration's default_language); a reset goes
    // back to it. Changes nothing on screen until the next reset.
    void setStartLanguage(const QString &language);
    QString startLanguage() const { return m_startLanguage; }
    // Larger text and high contrast, chosen on the welcome screen for this visit only.
    DisplayPreferences display() const { return m_display; }
    void setLargeText(bool on);
    void setHighContrast(bool on);
    // What every visit starts with (--large-text, --high-contrast); a reset goes back to it.
    // Changes nothing on screen until the next reset.
    void setStartDisplay(const DisplayPreferences &display);
    DisplayPreferences startDisplay() const { return m_startDisplay; }
    // New content (staff reloaded it, or a newly installed pack): the visit is forgotten and starts
    // again on the new content's start node, staying on the attract screen if it was there.
    void replaceContent(const Content &content);

    // Follows answer `index` of the current question; false (and nothing changes) otherwise.
    bool choose(int index);
    void goBack();
    void startAgain(); // the welcome screen, with the way back forgotten
    void showPrivacy();
    void closePrivacy();
    void leaveAttract();   // a touch on the attract screen: the welcome screen
    void reset();          // forget everything: the welcome screen, start language and display
    void resetToAttract(); // forget everything: the attract screen (after an idle reset)

signals:
    // The screen, the node on it, the language or the display preferences changed.
    void screenChanged(VisitModel::Screen screen);

private:
    void forget();
    void announce();

    Content m_content;
    QString m_current;
    QStringList m_wayBack;
    QString m_language;
    QString m_startLanguage;
    DisplayPreferences m_display;
    DisplayPreferences m_startDisplay;
    bool m_privacyOpen = false;
    bool m_attract = false;
};
