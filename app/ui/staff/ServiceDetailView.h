// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/hours/Clock.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QVBoxLayout;

// Everything staff need to tell someone about one service: every way in with its hours as a
// weekly table and whether it answers now, what the service does with what you tell it,
// languages, where the facts came from and when, and any fact that still needs confirming.
class ServiceDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit ServiceDetailView(QWidget *parent = nullptr);

    void setClock(const Clock &clock);
    // `content` must outlive the view or the next clear().
    void showService(const Content &content, const QString &serviceId, const QString &language);
    void clear();
    QString serviceId() const { return m_serviceId; }
    QTableWidget *hoursTable() const { return m_hoursTable; } // null when no hours stated

public slots:
    void refreshAvailability(); // "now" moved on: rebuild the open-now lines

signals:
    void numberCopied(const QString &number);

private:
    void rebuild();
    QWidget *channelRow(const Service &service, const Channel &channel);
    QTableWidget *makeHoursTable(const Service &service);
    QLabel *addSection(const QString &heading, const QString &text);

    Clock m_clock;
    const Content *m_content = nullptr;
    QString m_serviceId;
    QString m_language;
    QLabel *m_placeholder;
    QVBoxLayout *m_pageLayout;
    QWidget *m_body;
    QVBoxLayout *m_bodyLayout;
    QTableWidget *m_hoursTable = nullptr;
};
