// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class CenteredColumn;
class NavigationBar;
class QLabel;
class QScrollArea;

// How this screen protects your privacy: what Signpost does, and what the visitor should know.
class PrivacyScreen : public QWidget
{
    Q_OBJECT
public:
    explicit PrivacyScreen(QWidget *parent = nullptr);

    void clear(); // back to the top
    QScrollArea *scrollArea() const { return m_scroll; }
    NavigationBar *navigation() const { return m_navigation; }
    QLabel *heading() const { return m_heading; }
    void applyScale(double scale);
    void retranslate();                  // after a language switch
    QList<QWidget *> focusOrder() const; // reading order

signals:
    void backRequested();

private:
    QScrollArea *m_scroll;
    CenteredColumn *m_body;
    NavigationBar *m_navigation;
    QLabel *m_heading;
    QLabel *m_doesHeading;
    QList<QLabel *> m_does;
    QLabel *m_knowHeading;
    QList<QLabel *> m_know;
};
