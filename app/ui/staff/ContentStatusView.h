// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/startup/ActiveContent.h"

#include <QDate>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;

// Which content Signpost is running with and whether staff can rely on it: source, id, version,
// publisher, review dates, what needs confirming and every validation warning, with a banner
// when the review date has passed or Signpost fell back to the built-in content.
class ContentStatusView : public QWidget
{
    Q_OBJECT
public:
    explicit ContentStatusView(QWidget *parent = nullptr);

    void showStatus(const ActiveContent &active, const QDate &today);
    // The plain sentences the banner shows; empty when all is well.
    static QStringList warnings(const ActiveContent &active, const QDate &today);
    static bool isReviewOverdue(const ContentMetadata &metadata, const QDate &today);

    QLabel *banner() const { return m_banner; }
    // The language the review pack puts beside the English; empty for English alone.
    QString reviewPackLanguage() const;

signals:
    // "Export review pack…": the languages to print beside the English.
    void reviewPackRequested(const QStringList &languages);

public:
    QListWidget *issueList() const { return m_issues; }

private:
    void addRow(const QString &name, const QString &value, const QString &objectName);

    QLabel *m_banner;
    QFormLayout *m_form;
    QListWidget *m_confirming;
    QListWidget *m_issues;
    QComboBox *m_reviewLanguage;
};
