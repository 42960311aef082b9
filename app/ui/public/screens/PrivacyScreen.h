// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/public/screens/PublicScreen.h"

#include <QLabel>

class CenteredColumn;
class NavigationBar;
class QScrollArea;

// How this screen protects your privacy: what Signpost does, and what the visitor should know.
class PrivacyScreen : public PublicScreen
{
    Q_OBJECT
public:
    explicit PrivacyScreen(QWidget *parent = nullptr);

    void present(const VisitModel &visit, const QString &language) override; // at the top
    void forwardTo(VisitModel *visit) override;
    void clear() override; // back to the top
    QScrollArea *scrollArea() const { return m_scroll; }
    NavigationBar *navigation() const { return m_navigation; }
    QLabel *heading() const override { return m_heading; }
    void applyScale(double scale) override;
    void retranslate() override;
    QList<QWidget *> focusOrder() const override;

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
