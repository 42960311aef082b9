#pragma once

#include <QWidget>

class CenteredColumn;
class NavigationBar;
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
    void applyScale(double scale);

signals:
    void backRequested();

private:
    QScrollArea *m_scroll;
    CenteredColumn *m_body;
    NavigationBar *m_navigation;
};
