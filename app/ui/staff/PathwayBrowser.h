// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/hours/Clock.h"

#include <QWidget>

class OutcomeScreen;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QuestionScreen;

// The content's pathways as a tree from the start question, for staff and reviewers: selecting
// a node shows the very public screen a visitor would see there, in a preview pane.
class PathwayBrowser : public QWidget
{
    Q_OBJECT
public:
    // `content` must outlive the browser.
    explicit PathwayBrowser(const Content &content, QWidget *parent = nullptr);

    void setClock(const Clock &clock);
    void setLanguage(const QString &language);
    QTreeWidget *tree() const { return m_tree; }
    QString selectedNodeId() const;
    QuestionScreen *questionPreview() const { return m_question; }
    OutcomeScreen *outcomePreview() const { return m_outcome; }
    QPushButton *cardButton() const { return m_cardButton; }

signals:
    // Staff asked for a take-away card for the selected outcome's main service.
    void cardRequested(const QString &serviceId);

private:
    void rebuildTree();
    void addChildren(QTreeWidgetItem *item, const PathwayNode &node, QStringList path);
    void showSelected();
    void followAnswer(int index);
    QString nodeSummary(const PathwayNode &node) const;

    const Content &m_content;
    Clock m_clock;
    QString m_language = QStringLiteral("en");
    QTreeWidget *m_tree;
    QLabel *m_nodeInfo;
    QStackedWidget *m_previews;
    QLabel *m_nothingSelected;
    QuestionScreen *m_question;
    OutcomeScreen *m_outcome;
    QPushButton *m_cardButton;
};
